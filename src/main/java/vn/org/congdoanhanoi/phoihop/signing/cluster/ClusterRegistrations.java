package vn.org.congdoanhanoi.phoihop.signing.cluster;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.org.congdoanhanoi.phoihop.signing.CampaignId;
import vn.org.congdoanhanoi.phoihop.signing.SigningChoices.MemberState;

/**
 * Who takes part in each cluster's joint ceremony. Units decide concurrently, in their own transactions; each
 * decision locks the cluster's registration row first, so exactly one of them sees "everyone has decided" and
 * tells the cluster ceremony.
 */
@Repository
@RequiredArgsConstructor
public class ClusterRegistrations {

  /** Rows of one campaign: the same letter number of another year is another campaign. */
  private static final String OF_CAMPAIGN = "document_number = ? and campaign_year = ?";

  private final JdbcClient jdbc;

  public void open(CampaignId campaign, String clusterCode, List<String> memberUnitCodes) {
    jdbc.sql("insert into signing_cluster_registration (document_number, campaign_year, cluster_code, state) "
            + "values (?, ?, ?, 'OPEN')")
        .params(campaign.documentNumber(), campaign.year(), clusterCode).update();
    for (String unit : memberUnitCodes) {
      jdbc.sql("insert into signing_cluster_member (document_number, campaign_year, cluster_code, unit_code, state) "
              + "values (?, ?, ?, ?, ?)")
          .params(campaign.documentNumber(), campaign.year(), clusterCode, unit, MemberState.UNDECIDED.name()).update();
    }
  }

  /** The outcome of a decision: whether the unit is in, and whether it was the last one to decide. */
  public record Decision(boolean joined, boolean everyoneDecided) {}

  /**
   * Records a member's decision. Joining is refused (joined = false) once the registration is closed. Returns
   * whether this decision completed the registration, i.e. the cluster ceremony should now be told.
   */
  public Decision decide(CampaignId campaign, String clusterCode, String unitCode, MemberState state) {
    String registration = lock(campaign, clusterCode);
    if (registration == null) {
      return new Decision(false, false);
    }
    boolean open = "OPEN".equals(registration);
    MemberState previous = jdbc.sql("select state from signing_cluster_member where "
            + OF_CAMPAIGN + " "
            + "and unit_code = ?")
        .params(campaign.documentNumber(), campaign.year(), unitCode).query(String.class).optional()
        .map(MemberState::valueOf).orElse(null);
    if (previous == null) {
      return new Decision(false, false);
    }
    MemberState recorded = state == MemberState.JOINED && !open ? MemberState.LOCALITY : state;
    jdbc.sql("update signing_cluster_member set state = ? where "
            + OF_CAMPAIGN + " and unit_code = ?")
        .params(recorded.name(), campaign.documentNumber(), campaign.year(), unitCode).update();
    long undecided = jdbc.sql("select count(*) from signing_cluster_member where "
            + OF_CAMPAIGN + " "
            + "and cluster_code = ? and state = 'UNDECIDED'")
        .params(campaign.documentNumber(), campaign.year(), clusterCode).query(Long.class).single();
    // Only the decision that took the last undecided member away completes the registration.
    boolean completes = open && previous == MemberState.UNDECIDED && undecided == 0;
    return new Decision(recorded == MemberState.JOINED, completes);
  }

  /** Closes the registration; returns the members that joined, in the order of the organisation file. */
  public List<String> close(CampaignId campaign, String clusterCode) {
    lock(campaign, clusterCode);
    jdbc.sql("update signing_cluster_registration set state = 'CLOSED' where "
            + OF_CAMPAIGN + " and cluster_code = ?")
        .params(campaign.documentNumber(), campaign.year(), clusterCode).update();
    jdbc.sql("update signing_cluster_member set state = 'LOCALITY' where "
            + OF_CAMPAIGN + " and cluster_code = ? "
            + "and state = 'UNDECIDED'")
        .params(campaign.documentNumber(), campaign.year(), clusterCode).update();
    return joined(campaign, clusterCode);
  }

  public List<String> joined(CampaignId campaign, String clusterCode) {
    return jdbc.sql("select unit_code from signing_cluster_member where "
            + OF_CAMPAIGN + " and cluster_code = ? "
            + "and state = 'JOINED' order by unit_code")
        .params(campaign.documentNumber(), campaign.year(), clusterCode).query(String.class).list();
  }

  /** The members that joined the cluster ceremony booked as {@code ceremonyId}, of that ceremony's campaign. */
  public List<String> joinedAt(String ceremonyId) {
    return jdbc.sql("""
            select m.unit_code from signing_cluster_member m join signing_ceremony c
              on c.document_number = m.document_number and c.campaign_year = m.campaign_year
              and c.cluster_code = m.cluster_code
            where c.id = ? and m.state = 'JOINED' order by m.unit_code""")
        .param(ceremonyId).query(String.class).list();
  }

  public Map<String, MemberState> members(CampaignId campaign, String clusterCode) {
    return jdbc.sql("select unit_code, state from signing_cluster_member where "
            + OF_CAMPAIGN + " and cluster_code = ?")
        .params(campaign.documentNumber(), campaign.year(), clusterCode)
        .query((rs, i) -> Map.entry(rs.getString(1), MemberState.valueOf(rs.getString(2))))
        .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  private String lock(CampaignId campaign, String clusterCode) {
    return jdbc.sql("select state from signing_cluster_registration where "
            + OF_CAMPAIGN + " and cluster_code = ? "
            + "for update")
        .params(campaign.documentNumber(), campaign.year(), clusterCode).query(String.class).optional()
        .orElse(null);
  }
}
