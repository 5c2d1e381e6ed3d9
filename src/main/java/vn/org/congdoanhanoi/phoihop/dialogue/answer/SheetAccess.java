package vn.org.congdoanhanoi.phoihop.dialogue.answer;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.dialogue.PlanId;
import vn.org.congdoanhanoi.phoihop.kernel.access.CurrentUser;
import vn.org.congdoanhanoi.phoihop.kernel.access.Groups;
import vn.org.congdoanhanoi.phoihop.kernel.api.ForbiddenException;
import vn.org.congdoanhanoi.phoihop.organization.Department;
import vn.org.congdoanhanoi.phoihop.organization.OrganizationDirectory;

/**
 * Who may read and write a department's answer sheet: the department's people answer (and their district federation
 * or an administrator, to help); the reviewer (the chairman's office, else the district federation) reads too.
 */
@Component
@RequiredArgsConstructor
class SheetAccess {

  private final CurrentUser currentUser;
  private final OrganizationDirectory organization;

  /** The group that reviews the district's sheets: its chairman's office's people, else its federation. */
  String reviewGroup(String districtCode) {
    return organization.chairmansOffice(districtCode).map(office -> Groups.department(office.code()))
        .orElse(Groups.federation(districtCode));
  }

  void requireAnswerer(PlanId plan, String department) {
    if (!answerers(plan, department).stream().anyMatch(currentUser.groupIds()::contains)) {
      throw new ForbiddenException("Chỉ cán bộ của phòng, ban " + department + " (hoặc LĐLĐ " + plan.districtCode()
          + ") trả lời kiến nghị trong phiếu này.");
    }
  }

  void requireReader(PlanId plan, String department) {
    List<String> groups = currentUser.groupIds();
    if (!answerers(plan, department).stream().anyMatch(groups::contains)
        && !(ofDistrict(plan, department) && groups.contains(reviewGroup(plan.districtCode())))) {
      throw new ForbiddenException("Chỉ phòng, ban " + department + ", Văn phòng HĐND và UBND và LĐLĐ "
          + plan.districtCode() + " xem phiếu trả lời này.");
    }
  }

  /** Its own people only when the department is the plan's district's: a code of another district names none. */
  private List<String> answerers(PlanId plan, String department) {
    return ofDistrict(plan, department)
        ? List.of(Groups.department(department), Groups.federation(plan.districtCode()), Groups.ADMINISTRATORS)
        : List.of(Groups.federation(plan.districtCode()), Groups.ADMINISTRATORS);
  }

  private boolean ofDistrict(PlanId plan, String department) {
    return organization.department(department).map(Department::districtCode)
        .filter(plan.districtCode()::equals).isPresent();
  }
}
