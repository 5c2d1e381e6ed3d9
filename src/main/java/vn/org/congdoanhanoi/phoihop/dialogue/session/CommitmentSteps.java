package vn.org.congdoanhanoi.phoihop.dialogue.session;

import java.time.LocalDate;
import java.time.LocalTime;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.org.congdoanhanoi.phoihop.dialogue.PlanId;
import vn.org.congdoanhanoi.phoihop.dialogue.session.Commitment.Confirmation;
import vn.org.congdoanhanoi.phoihop.dialogue.session.Commitment.Progress;
import vn.org.congdoanhanoi.phoihop.dialogue.session.Commitment.Vars;
import vn.org.congdoanhanoi.phoihop.dialogue.session.ConferenceRecord.Conclusion;
import vn.org.congdoanhanoi.phoihop.kernel.access.Groups;
import vn.org.congdoanhanoi.phoihop.kernel.time.WorkingDayCalendar;
import vn.org.congdoanhanoi.phoihop.organization.Department;
import vn.org.congdoanhanoi.phoihop.organization.OrganizationDirectory;

/**
 * The service tasks of {@code dialogue-commitment}: each keeps the commitment's row in {@code dialogue_conclusion}
 * in step with the process, so the read model shows where every commitment stands without asking the engine.
 */
@Configuration
@RequiredArgsConstructor
class CommitmentSteps {

  /** When an in-progress commitment's task comes back: the start of the working day the department expects. */
  static final LocalTime REPORT_AGAIN = LocalTime.of(8, 0);

  private final ConferenceRecords records;
  private final OrganizationDirectory organization;

  /** {@code ServiceTask_OpenCommitment}: what the department must do, by when, and who it is. */
  @Bean
  JavaDelegate openCommitmentDelegate() {
    return execution -> {
      Conclusion commitment = commitment(execution);
      String department = commitment.departmentCode();
      Vars.DEPARTMENT_CODE.set(execution, department);
      Vars.DEPARTMENT_NAME.set(execution, organization.department(department).map(Department::name)
          .orElse(department));
      Vars.DEPARTMENT_GROUP.set(execution, Groups.department(department));
      Vars.CONCLUSION_TEXT.set(execution, commitment.text());
      Vars.DEADLINE.set(execution, commitment.deadline());
    };
  }

  /** {@code ServiceTask_RecordReport}: done (day, result) or in progress (the day its task comes back). */
  @Bean
  JavaDelegate recordCommitmentReportDelegate() {
    return execution -> {
      Progress progress = Vars.PROGRESS.required(execution);
      if (progress == Progress.DONE) {
        records.reported(Commitment.id(execution), progress, Vars.DONE_ON.required(execution),
            Vars.RESULT.required(execution), null);
      } else {
        LocalDate expected = Vars.EXPECTED_ON.required(execution);
        records.reported(Commitment.id(execution), progress, null, null, expected);
        Vars.REPORT_AGAIN_AT.set(execution, expected.atTime(REPORT_AGAIN).atZone(WorkingDayCalendar.ZONE)
            .toOffsetDateTime());
      }
    };
  }

  /** {@code ServiceTask_RecordConfirmation}: the federation's decision on a done report. */
  @Bean
  JavaDelegate recordCommitmentConfirmationDelegate() {
    return execution -> {
      if (Vars.CONFIRMATION.required(execution) == Confirmation.CONFIRMED) {
        records.decided(Commitment.id(execution), CommitmentState.DONE, null);
      } else {
        records.decided(Commitment.id(execution), CommitmentState.SENT_BACK, Vars.SEND_BACK_REASON.required(execution));
      }
    };
  }

  /** {@code ServiceTask_RecordExcuse}: the federation excused the department in its follow-up. */
  @Bean
  JavaDelegate recordCommitmentExcuseDelegate() {
    return execution -> records.decided(Commitment.id(execution), CommitmentState.EXCUSED,
        Vars.EXCUSE_REASON.orNull(execution));
  }

  private Conclusion commitment(DelegateExecution execution) {
    PlanId plan = Commitment.plan(execution);
    long id = Commitment.id(execution);
    return records.commitment(plan, id).orElseThrow(() -> new IllegalStateException(
        "No commitment " + id + " in the record of " + plan.describe()));
  }
}
