package vn.org.congdoanhanoi.phoihop.dialogue.session;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.dialogue.PlanId;
import vn.org.congdoanhanoi.phoihop.dialogue.conference.DialogueConference;
import vn.org.congdoanhanoi.phoihop.dialogue.conference.DialogueConference.Vars;
import vn.org.congdoanhanoi.phoihop.kernel.time.EngineClock;
import vn.org.congdoanhanoi.phoihop.organization.Department;
import vn.org.congdoanhanoi.phoihop.organization.OrganizationDirectory;
import vn.org.congdoanhanoi.phoihop.validation.AttachmentPolicy;
import vn.org.congdoanhanoi.phoihop.validation.Submission;
import vn.org.congdoanhanoi.phoihop.validation.TaskSubmissionValidator;
import vn.org.congdoanhanoi.phoihop.validation.ValidatesTask;

/**
 * {@code Task_RecordConference}: the agenda items held (of the fixed agenda), attendance (present at least one,
 * workers' representatives not more than present), the minutes, the signed minutes as an allowed file, the
 * conclusions (a department of the district always with a deadline after the conference day and today, by the
 * engine's clock), the petitions answered orally (the plan's, not merged nor closed) and those a conclusion acts on.
 */
@Component
@RequiredArgsConstructor
@ValidatesTask(process = DialogueConference.KEY, task = DialogueConference.Elements.RECORD_CONFERENCE)
public class RecordConferenceValidator extends TaskSubmissionValidator {

  private final EngineClock clock;
  private final OrganizationDirectory organization;
  private final ConferenceRecords records;
  private final AttachmentPolicy attachments;

  @Override
  protected void check(Submission s, List<String> userGroups) {
    PlanId plan = new PlanId(Vars.UNIT_CODE.parse(s.raw(Vars.UNIT_CODE)),
        Vars.ISSUED_ON.parse(s.raw(Vars.ISSUED_ON)).getYear(), Vars.PLAN_NUMBER.parse(s.raw(Vars.PLAN_NUMBER)));
    LocalDate conferenceDay = Vars.CONFERENCE_DATE.parse(s.raw(Vars.CONFERENCE_DATE));
    RecordedConference record = RecordedConference.read(s, conferenceDay, clock.today(), ConferenceSession.MINUTES);
    attachments.optionalFile(s, ConferenceSession.Vars.SIGNED_MINUTES, "Biên bản Hội nghị đã ký");
    Set<String> departments = organization.departments(plan.districtCode()).stream().map(Department::code)
        .collect(Collectors.toSet());
    List<RecordedConference.Conclusion> conclusions = record.conclusions();
    for (int i = 0; i < conclusions.size(); i++) {
      String department = conclusions.get(i).departmentCode();
      if (department != null && !departments.contains(department)) {
        s.violation(ConferenceSession.Vars.CONCLUSIONS, "Kết luận " + (i + 1) + ": '" + Submission.quote(department)
            + "' không phải phòng, ban của UBND " + plan.districtCode() + "; các phòng, ban: "
            + departments.stream().sorted().toList() + ".");
      }
    }
    PetitionRules.check(s, plan, record, records.petitionStates(plan, record.petitionIds()));
  }
}
