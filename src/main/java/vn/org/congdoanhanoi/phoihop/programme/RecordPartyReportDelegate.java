package vn.org.congdoanhanoi.phoihop.programme;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.programme.PartyReports.PartyReport;
import vn.org.congdoanhanoi.phoihop.programme.ProgrammeReview.Vars;

/**
 * {@code ServiceTask_RecordPartyReport} (asynchronous: both parties may report at once, and a clash of the two
 * records is a retried job, never the user's error): the party's results by content area join the year's reports,
 * with who entered them and whether the city office entered them for the partner.
 */
@Component
@RequiredArgsConstructor
class RecordPartyReportDelegate implements JavaDelegate {

  private final PartyReports reports;
  private final ProgrammeParties parties;

  @Override
  public void execute(DelegateExecution execution) {
    String party = Vars.PARTY_CODE.required(execution);
    PartyReport report = new PartyReport(party, parties.name(party),
        PartyReports.byArea(Vars.AREA_RESULTS.required(execution), Vars.CONTENT_AREAS.required(execution)),
        Vars.REPORTED_BY.orNull(execution), parties.actedForByCityOffice(party), null);
    Vars.PARTY_REPORTS.set(execution, reports.with(Vars.PARTY_REPORTS.orNull(execution), report));
  }
}
