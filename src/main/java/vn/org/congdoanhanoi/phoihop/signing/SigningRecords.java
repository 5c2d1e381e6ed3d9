package vn.org.congdoanhanoi.phoihop.signing;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What a campaign leaves in our tables besides the engine's: registrations, results and booked ceremonies. A
 * cancelled campaign may be launched again under the same letter (number and year); it starts from a clean slate.
 * The same number of another year is another letter, whose rows stay.
 */
@Repository
@RequiredArgsConstructor
public class SigningRecords {

  private final JdbcClient jdbc;

  public void clearEarlierAttempts(CampaignId campaign) {
    for (String table : new String[] {"signing_cluster_member", "signing_cluster_registration", "signing_unit_result"}) {
      jdbc.sql("delete from " + table + " where document_number = ? and campaign_year = ?")
          .params(campaign.documentNumber(), campaign.year()).update();
    }
    jdbc.sql("update signing_ceremony set status = 'CANCELLED' where document_number = ? and campaign_year = ? "
            + "and status = 'SCHEDULED'")
        .params(campaign.documentNumber(), campaign.year()).update();
  }
}
