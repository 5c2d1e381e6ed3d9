package vn.org.congdoanhanoi.phoihop.dialogue.closing;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.dialogue.PlanId;
import vn.org.congdoanhanoi.phoihop.dialogue.conference.DialogueConference.Vars;
import vn.org.congdoanhanoi.phoihop.organization.OrganizationDirectory;
import vn.org.congdoanhanoi.phoihop.records.register.OutgoingDocument;

/**
 * {@code ServiceTask_IssueConferenceReport} (asynchronous): the district federation's numbered report to the city
 * federation and the district Party committee ({@link ConferenceReportIssuer}); the conference keeps its number and
 * register entry. The number is taken in this job's transaction, so a failed attempt leaves no gap.
 */
@Component
@RequiredArgsConstructor
public class IssueConferenceReportDelegate implements JavaDelegate {

  private final ConferenceReportIssuer issuer;
  private final OrganizationDirectory organization;

  @Override
  public void execute(DelegateExecution execution) {
    PlanId plan = ConferencePlans.plan(execution);
    ConferenceReportDocument.Conference conference = new ConferenceReportDocument.Conference(plan,
        organization.unit(plan.districtCode()).orElseThrow(), Vars.ISSUED_ON.required(execution),
        Vars.CONFERENCE_DATE.required(execution), Vars.CONFERENCE_TIME.required(execution),
        Vars.VENUE.required(execution), Vars.EXPECTED_ATTENDANCE.orNull(execution));
    OutgoingDocument report = issuer.issue(conference, execution.getProcessInstanceId());
    Afterwards.Vars.REPORT_NUMBER.set(execution, report.symbol());
    Afterwards.Vars.REPORT_DOCUMENT.set(execution, report.id());
  }
}
