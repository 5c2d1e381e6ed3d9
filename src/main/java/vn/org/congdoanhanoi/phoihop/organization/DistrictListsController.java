package vn.org.congdoanhanoi.phoihop.organization;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.org.congdoanhanoi.phoihop.kernel.access.CurrentUser;
import vn.org.congdoanhanoi.phoihop.kernel.access.Groups;
import vn.org.congdoanhanoi.phoihop.kernel.access.UnitKind;
import vn.org.congdoanhanoi.phoihop.kernel.api.ForbiddenException;
import vn.org.congdoanhanoi.phoihop.kernel.api.NotFoundException;
import vn.org.congdoanhanoi.phoihop.kernel.sheet.Sheet;
import vn.org.congdoanhanoi.phoihop.kernel.sheet.SheetColumn;
import vn.org.congdoanhanoi.phoihop.kernel.sheet.SheetLimits;
import vn.org.congdoanhanoi.phoihop.kernel.sheet.SheetReader;

/**
 * A district's grassroots unions and People's Committee departments: read by whoever sees the district, replaced
 * from a spreadsheet (XLSX or CSV, multipart field {@code file}) by the district's own federation (its standing
 * committee's group) and administrators. A replacement takes the whole list or nothing.
 */
@RestController
@RequestMapping("/api/organization/districts/{districtCode}")
@RequiredArgsConstructor
class DistrictListsController {

  private final OrganizationService organizationService;
  private final OrganizationDirectory directory;
  private final CurrentUser currentUser;

  @GetMapping("/grassroots-unions")
  List<GrassrootsUnion> grassrootsUnions(@PathVariable String districtCode) {
    requireSees(district(districtCode));
    return directory.grassrootsUnions(districtCode);
  }

  @PutMapping(path = "/grassroots-unions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  Map<String, Object> replaceGrassrootsUnions(@PathVariable String districtCode,
                                              @RequestPart("file") MultipartFile file) {
    Unit district = district(districtCode);
    requireFederationOf(district);
    Sheet sheet = read(file, DistrictSheets.GRASSROOTS_COLUMNS, DistrictSheets.GRASSROOTS_TITLE);
    Organization result = organizationService.replaceGrassrootsUnions(districtCode, sheet);
    long count = result.grassrootsUnions().stream().filter(u -> u.districtCode().equals(districtCode)).count();
    return Map.of("message", "Đã nhập " + count + " công đoàn cơ sở của " + district.federationName() + ".",
        "districtCode", districtCode, "grassrootsUnions", count);
  }

  @GetMapping("/departments")
  List<Department> departments(@PathVariable String districtCode) {
    requireSees(district(districtCode));
    return directory.departments(districtCode);
  }

  @PutMapping(path = "/departments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  Map<String, Object> replaceDepartments(@PathVariable String districtCode, @RequestPart("file") MultipartFile file) {
    Unit district = district(districtCode);
    if (district.kind() != UnitKind.DISTRICT) {
      throw new NotFoundException("Đơn vị '" + districtCode + "' không phải quận, huyện, thị xã nên không có phòng, "
          + "ban của UBND.");
    }
    requireFederationOf(district);
    Sheet sheet = read(file, DistrictSheets.DEPARTMENT_COLUMNS, DistrictSheets.DEPARTMENTS_TITLE);
    Organization result = organizationService.replaceDepartments(districtCode, sheet);
    long count = result.departments().stream().filter(d -> d.districtCode().equals(districtCode)).count();
    return Map.of("message", "Đã nhập " + count + " phòng, ban của UBND " + district.localityType().label() + " "
        + district.name() + ".", "districtCode", districtCode, "departments", count);
  }

  /** A unit with grassroots unions: any but the city federation itself. */
  private Unit district(String districtCode) {
    return directory.unit(districtCode).filter(u -> u.kind() != UnitKind.CITY)
        .orElseThrow(() -> new NotFoundException("Không có đơn vị quận, huyện, thị xã mã '" + districtCode + "'."));
  }

  private void requireSees(Unit district) {
    if (!currentUser.scope().sees(district.code())) {
      throw new ForbiddenException("Bạn chỉ xem được danh sách của đơn vị mình, không xem được đơn vị "
          + district.code() + ".");
    }
  }

  private void requireFederationOf(Unit district) {
    if (!currentUser.isAdministrator() && !currentUser.groupIds().contains(Groups.federation(district.code()))) {
      throw new ForbiddenException("Chỉ Ban Thường vụ " + district.federationName() + " và quản trị viên được nhập "
          + "danh sách của đơn vị này.");
    }
  }

  private static Sheet read(MultipartFile file, List<SheetColumn> columns, String title) {
    try {
      return SheetReader.read(file.getOriginalFilename(), file.getBytes(), columns, SheetLimits.DEFAULT, title);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
