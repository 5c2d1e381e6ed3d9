package vn.org.congdoanhanoi.phoihop.signing.ceremony;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.kernel.access.Role;
import vn.org.congdoanhanoi.phoihop.meeting.AgendaItem;
import vn.org.congdoanhanoi.phoihop.organization.OrganizationDirectory;
import vn.org.congdoanhanoi.phoihop.organization.Person;
import vn.org.congdoanhanoi.phoihop.organization.Unit;

/**
 * The agenda (six standard items of letter 222/LĐLĐ, about one hour) and the participant list of a ceremony,
 * with the names filled in from the organisation data.
 */
@Component
@RequiredArgsConstructor
public class CeremonyProgramme {

  static final String CHAIRMAN = "Chủ tịch Liên đoàn Lao động thành phố Hà Nội";

  private final OrganizationDirectory organization;

  /**
   * @param hostPartyCommittee the host Party committee whose standing committee speaks
   * @param joint whether one template is presented for several units (signing by cluster)
   */
  public static List<AgendaItem> agenda(LocalTime start, String term, String hostPartyCommittee, boolean joint) {
    String regulation = "Quy chế phối hợp công tác giữa Đảng đoàn, Thường trực Liên đoàn Lao động thành phố Hà Nội "
        + "với Ban Thường vụ Quận, Huyện, Thị ủy, giai đoạn " + term;
    List<AgendaItem> agenda = new ArrayList<>();
    LocalTime at = start;
    at = add(agenda, at, 5, "Tuyên bố lý do, giới thiệu đại biểu");
    at = add(agenda, at, 15, "Trình bày Dự thảo " + regulation + (joint ? " (trình bày 01 bản mẫu)" : ""));
    at = add(agenda, at, 10, "Phát biểu của Thường trực " + hostPartyCommittee + " (đơn vị đăng cai tổ chức)");
    at = add(agenda, at, 10, "Phát biểu của đồng chí " + CHAIRMAN);
    at = add(agenda, at, 15, "Ký kết " + regulation);
    add(agenda, at, 5, "Bế mạc Hội nghị");
    return agenda;
  }

  private static LocalTime add(List<AgendaItem> agenda, LocalTime at, int minutes, String title) {
    agenda.add(new AgendaItem(at, minutes, title));
    return at.plusMinutes(minutes);
  }

  /** Participants as letter 222/LĐLĐ lists them, for the given member units. */
  public List<String> participants(List<String> memberUnitCodes) {
    List<String> participants = new ArrayList<>();
    participants.add("Thường trực Liên đoàn Lao động thành phố Hà Nội: " + names(Role.CITY_STANDING));
    participants.add("Trưởng các Ban Liên đoàn Lao động thành phố Hà Nội: " + names(Role.CITY_DEPARTMENT));
    for (String code : memberUnitCodes) {
      Unit unit = organization.unit(code).orElseThrow();
      participants.add("Ban Thường vụ " + unit.partyCommitteeName() + "; lãnh đạo các Ban Đảng");
      participants.add("Ban Thường vụ " + unit.federationName());
    }
    participants.add("Phóng viên Báo Lao động Thủ đô, Ban Biên tập Trang Web Liên đoàn Lao động thành phố Hà Nội; "
        + "báo, đài địa phương");
    return participants;
  }

  private String names(Role role) {
    List<String> names = organization.peopleWithRole(role).stream().map(Person::fullName).toList();
    return names.isEmpty() ? "(theo danh sách của Văn phòng)" : String.join(", ", names);
  }
}
