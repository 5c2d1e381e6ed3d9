package vn.org.congdoanhanoi.phoihop.programme;

import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.programme.PartyReports.PartyReport;
import vn.org.congdoanhanoi.phoihop.programme.ProgrammeReview.Vars;

/**
 * {@code ServiceTask_RecordPartyExcused}: the city office excused the party from this year's report in its
 * "Đôn đốc" task; the year goes on without it, and the yearly report says why.
 */
@Component
@RequiredArgsConstructor
class RecordPartyExcusedDelegate implements JavaDelegate {

  private final PartyReports reports;
  private final ProgrammeParties parties;

  @Override
  public void execute(DelegateExecution execution) {
    String party = Vars.PARTY_CODE.required(execution);
    PartyReport excused = new PartyReport(party, parties.name(party), Map.of(), null, false,
        Vars.EXCUSE_REASON.optional(execution).filter(r -> !r.isBlank()).orElse("không nêu lý do"));
    Vars.PARTY_REPORTS.set(execution, reports.with(Vars.PARTY_REPORTS.orNull(execution), excused));
  }
}
