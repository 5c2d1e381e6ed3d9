package vn.org.congdoanhanoi.phoihop.dialogue.petition;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import vn.org.congdoanhanoi.phoihop.dialogue.DialogueTextRules;
import vn.org.congdoanhanoi.phoihop.dialogue.GrassrootsUnions;
import vn.org.congdoanhanoi.phoihop.dialogue.PlanId;
import vn.org.congdoanhanoi.phoihop.dialogue.conference.DialogueConference;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.Conferences.Conference;
import vn.org.congdoanhanoi.phoihop.dialogue.union.UnionPetitions;
import vn.org.congdoanhanoi.phoihop.kernel.access.AccessPolicy;
import vn.org.congdoanhanoi.phoihop.kernel.access.Groups;
import vn.org.congdoanhanoi.phoihop.kernel.api.ForbiddenException;
import vn.org.congdoanhanoi.phoihop.validation.Submission;

/**
 * What every channel that hands in a petition by its fields (REST today; the import next) checks before
 * {@link Petitions#receive}: the plan exists and reaches the union, the topic is one of the five, the text fits; and
 * who may send for a union: its own people, its district federation, or the city federation.
 */
@Service
@RequiredArgsConstructor
public class PetitionIntake {

  /** Field names of a petition as REST and the import read it; the plan's fields are the start's variables. */
  public static final String UNION = UnionPetitions.Vars.GRASSROOTS_UNIT_CODE.name();
  public static final String TOPIC = "topic";
  public static final String TEXT = "text";

  private final Conferences conferences;
  private final Petitions petitions;
  private final GrassrootsUnions unions;

  /** A petition handed in as fields by a caller with these groups; 400 naming each bad field, 403, or 409. */
  public long receive(Map<String, ?> fields, PetitionChannel channel, String sourceReference, String userId,
                      Collection<String> callerGroups) {
    Submission s = Submission.of(fields);
    String number = s.requiredText(DialogueConference.Vars.PLAN_NUMBER, "số kế hoạch (planNumber, ví dụ \"477/KH-LĐLĐ\")",
        DialogueTextRules.RULES.maxLength(DialogueConference.Vars.PLAN_NUMBER));
    LocalDate issuedOn = s.requiredDate(DialogueConference.Vars.ISSUED_ON, "ngày ban hành kế hoạch (issuedOn)");
    String union = s.requiredText(UNION, "mã công đoàn cơ sở (grassrootsUnitCode)", 64);
    PetitionTopic topic = s.requiredChoice(TOPIC, "nhóm nội dung kiến nghị (topic)", PetitionTopic.class);
    String text = s.requiredText(TEXT, "nội dung kiến nghị (text)", DialogueTextRules.PETITION_TEXT);
    Conference conference = null;
    if (number != null && issuedOn != null && union != null) {
      conference = conferences.forUnion(number, issuedOn.getYear(), union).orElse(null);
      if (conference == null) {
        s.violation(UNION, unions.union(union).isEmpty()
            ? "Công đoàn cơ sở '" + Submission.quote(union) + "' không có trong dữ liệu tổ chức."
            : "Kế hoạch số " + number + " năm " + issuedOn.getYear() + " không gửi tới công đoàn cơ sở '"
                + Submission.quote(union) + "'; hãy kiểm tra số kế hoạch, ngày ban hành và mã công đoàn cơ sở.");
      }
    }
    s.throwIfInvalid("Không thể tiếp nhận kiến nghị");
    requireMaySendFor(conference.plan(), union, callerGroups);
    return petitions.receive(new IncomingPetition(conference.plan(), union, topic, text, channel, sourceReference,
        userId, null));
  }

  /** A union's own people, its district federation and the city federation send a union's petitions. */
  void requireMaySendFor(PlanId plan, String union, Collection<String> callerGroups) {
    if (AccessPolicy.cityWide(callerGroups) || callerGroups.contains(Groups.federation(plan.districtCode()))
        || callerGroups.contains(unions.group(union))) {
      return;
    }
    throw new ForbiddenException("Chỉ công đoàn cơ sở '" + union + "', LĐLĐ '" + plan.districtCode()
        + "' hoặc LĐLĐ Thành phố được gửi kiến nghị của công đoàn cơ sở này.");
  }
}
