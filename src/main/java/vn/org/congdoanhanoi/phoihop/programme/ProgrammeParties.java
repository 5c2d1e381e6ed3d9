package vn.org.congdoanhanoi.phoihop.programme;

import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.kernel.access.Groups;
import vn.org.congdoanhanoi.phoihop.kernel.access.Role;
import vn.org.congdoanhanoi.phoihop.kernel.access.UnitKind;
import vn.org.congdoanhanoi.phoihop.organization.OrganizationDirectory;
import vn.org.congdoanhanoi.phoihop.organization.Unit;

/**
 * Who a programme's party is and who acts for it in Tasklist (bean {@code programmeParties}, used by the models'
 * candidate groups). A party is a federation: the city's, a district's or another province's (kind PROVINCE). A party
 * whose federation has people in the organisation acts through its group; one without accounts (the partner
 * province, as shipped) is acted for by the city office, and what the office enters is recorded as entered on its
 * behalf. The city federation itself acts through its office.
 */
@Component("programmeParties")
@RequiredArgsConstructor
public class ProgrammeParties {

  private static final List<UnitKind> FEDERATIONS = List.of(UnitKind.CITY, UnitKind.DISTRICT, UnitKind.PROVINCE);

  private final OrganizationDirectory organization;

  /** Why the code cannot be a party (unknown, inactive, not a federation), or empty when it can. */
  public Optional<String> refusal(String code) {
    Optional<Unit> unit = organization.unit(code);
    if (unit.isEmpty()) {
      return Optional.of("Mã đơn vị '" + code + "' không có trong danh sách tổ chức; xem GET /api/organization "
          + "(LĐLĐ thành phố là 'thanhpho', LĐLĐ tỉnh Nghệ An là 'nghean').");
    }
    if (!unit.get().active()) {
      return Optional.of("Đơn vị '" + code + "' không còn hoạt động.");
    }
    if (!FEDERATIONS.contains(unit.get().kind())) {
      return Optional.of("Đơn vị '" + code + "' không phải một Liên đoàn Lao động (thành phố, quận, huyện, thị xã "
          + "hoặc tỉnh); Chương trình phối hợp ký giữa hai Liên đoàn Lao động.");
    }
    return Optional.empty();
  }

  /** The Camunda group whose members act for the party: its federation's, or the city office's. */
  public String actingGroup(String code) {
    return hasOwnAccounts(code) ? Groups.federation(code) : Groups.CITY_OFFICE;
  }

  /** Whether what is entered for the party is entered by the city office on the party's behalf. */
  public boolean actedForByCityOffice(String code) {
    return !hasOwnAccounts(code) && organization.unit(code).map(u -> u.kind() != UnitKind.CITY).orElse(true);
  }

  /** "Liên đoàn Lao động tỉnh Nghệ An"; the code when the unit is gone from the organisation. */
  public String name(String code) {
    return organization.federation(code);
  }

  private boolean hasOwnAccounts(String code) {
    return organization.unit(code).map(u -> u.kind() != UnitKind.CITY).orElse(false)
        && organization.current().people().stream()
            .anyMatch(p -> code.equals(p.unitCode()) && p.roles().contains(Role.FEDERATION));
  }
}
