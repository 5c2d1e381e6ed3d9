package vn.org.congdoanhanoi.phoihop.signing;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.org.congdoanhanoi.phoihop.kernel.time.EngineClock;

/** Each unit's final outcome in a campaign (table signing_unit_result): the campaign's consolidated result. */
@Repository
@RequiredArgsConstructor
public class SigningResults {

  private final JdbcClient jdbc;
  private final EngineClock clock;

  public record UnitResult(CampaignId campaign, String unitCode, Outcome outcome, LocalDate signedOn,
                           String ceremonyId, String signingScope, String signingMode, String signatories,
                           String reason, String reportSummary, String pressLinks, LocalDateTime recordedAt) {}

  public enum Outcome { SIGNED, NOT_SIGNED }

  public void record(UnitResult result) {
    CampaignId campaign = result.campaign();
    jdbc.sql("delete from signing_unit_result where document_number = ? and campaign_year = ? and unit_code = ?")
        .params(campaign.documentNumber(), campaign.year(), result.unitCode()).update();
    jdbc.sql("""
            insert into signing_unit_result (document_number, campaign_year, unit_code, outcome, signed_on, ceremony_id, signing_scope,
                signing_mode, signatories, reason, report_summary, press_links, recorded_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(campaign.documentNumber(), campaign.year(), result.unitCode(), result.outcome().name(), result.signedOn(),
            result.ceremonyId(), result.signingScope(), result.signingMode(), result.signatories(), result.reason(),
            result.reportSummary(), result.pressLinks(), clock.now())
        .update();
  }

  public List<UnitResult> forCampaign(CampaignId campaign) {
    return jdbc.sql("select * from signing_unit_result where document_number = ? and campaign_year = ? "
            + "order by unit_code")
        .params(campaign.documentNumber(), campaign.year())
        .query((rs, i) -> new UnitResult(campaign, rs.getString("unit_code"),
            Outcome.valueOf(rs.getString("outcome")), rs.getObject("signed_on", LocalDate.class),
            rs.getString("ceremony_id"), rs.getString("signing_scope"), rs.getString("signing_mode"),
            rs.getString("signatories"), rs.getString("reason"), rs.getString("report_summary"),
            rs.getString("press_links"), rs.getObject("recorded_at", LocalDateTime.class)))
        .list();
  }
}
