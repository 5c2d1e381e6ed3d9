package vn.org.congdoanhanoi.phoihop.dialogue.session;

import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.dialogue.PlanId;
import vn.org.congdoanhanoi.phoihop.dialogue.conference.DialogueConference.Vars;
import vn.org.congdoanhanoi.phoihop.kernel.access.Groups;
import vn.org.congdoanhanoi.phoihop.validation.Submission;

/**
 * {@code ServiceTask_RecordConference}: stores what the federation recorded ({@link ConferenceRecords#store}, once
 * per plan: a retried job finds the first record) and sets {@code commitmentIds}, one {@code dialogue-commitment}
 * per conclusion that names a department and a deadline.
 */
@Component
@RequiredArgsConstructor
public class RecordConferenceDelegate implements JavaDelegate {

  private final ConferenceRecords records;

  @Override
  public void execute(DelegateExecution execution) {
    PlanId plan = new PlanId(Vars.UNIT_CODE.required(execution), Vars.ISSUED_ON.required(execution).getYear(),
        Vars.PLAN_NUMBER.required(execution));
    LocalDate conferenceDay = Vars.CONFERENCE_DATE.required(execution);
    // The validator checked the record when the task completed; read against the conference day only, so a job
    // retried on a later day still stores what was accepted.
    RecordedConference record = RecordedConference.read(Submission.of(Submission.values(execution.getVariablesTyped())),
        conferenceDay, conferenceDay, Integer.MAX_VALUE);
    // The user completing the task, in the same command; the district federation when the engine retries.
    Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    String by = user == null ? Groups.federation(plan.districtCode()) : user.getUserId();
    List<Long> commitments = records.store(plan, execution.getProcessInstanceId(), conferenceDay,
        Vars.EXPECTED_ATTENDANCE.required(execution), record, by);
    Vars.COMMITMENT_IDS.set(execution, commitments.stream().map(String::valueOf).toList());
  }
}
