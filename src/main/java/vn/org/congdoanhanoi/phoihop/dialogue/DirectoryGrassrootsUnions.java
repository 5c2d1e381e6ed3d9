package vn.org.congdoanhanoi.phoihop.dialogue;

import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.kernel.access.Groups;
import vn.org.congdoanhanoi.phoihop.organization.GrassrootsUnion;
import vn.org.congdoanhanoi.phoihop.organization.OrganizationDirectory;

/** The grassroots unions as the organisation file and the districts' spreadsheet imports give them. */
@Component
@RequiredArgsConstructor
class DirectoryGrassrootsUnions implements GrassrootsUnions {

  private final OrganizationDirectory organization;

  @Override
  public List<Union> of(String districtCode) {
    return organization.grassrootsUnions(districtCode).stream().map(DirectoryGrassrootsUnions::union).toList();
  }

  @Override
  public Optional<Union> union(String code) {
    return organization.grassrootsUnit(code).map(DirectoryGrassrootsUnions::union);
  }

  @Override
  public String group(String unionCode) {
    return Groups.grassrootsUnion(unionCode);
  }

  private static Union union(GrassrootsUnion union) {
    return new Union(union.code(), union.name(), union.districtCode());
  }
}
