package vn.org.congdoanhanoi.phoihop.signing;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.org.congdoanhanoi.phoihop.signing.SigningChoices.MemberState;

/**
 * Who takes part in each cluster's joint ceremony. Units decide concurrently, in their own transactions; each
 * decision locks the cluster's registration row first, so exactly one of them sees "everyone has decided" and
 * tells the cluster ceremony.
 */
@Repository
public class ClusterRegistrations {

  private final JdbcClient jdbc;

  ClusterRegistrations(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void open(String documentNumber, String clusterCode, List<String> memberUnitCodes) {
    jdbc.sql("insert into signing_cluster_registration (document_number, cluster_code, state) values (?, ?, 'OPEN')")
        .params(documentNumber, clusterCode).update();
    for (String unit : memberUnitCodes) {
      jdbc.sql("insert into signing_cluster_member (document_number, cluster_code, unit_code, state) values (?, ?, ?, ?)")
          .params(documentNumber, clusterCode, unit, MemberState.UNDECIDED.name()).update();
    }
  }

  /** The outcome of a decision: whether the unit is in, and whether it was the last one to decide. */
  public record Decision(boolean joined, boolean everyoneDecided) {}

  /**
   * Records a member's decision. Joining is refused (joined = false) once the registration is closed. Returns
   * whether this decision completed the registration, i.e. the cluster ceremony should now be told.
   */
  public Decision decide(String documentNumber, String clusterCode, String unitCode, MemberState state) {
    String registration = lock(documentNumber, clusterCode);
    if (registration == null) {
      return new Decision(false, false);
    }
    boolean open = "OPEN".equals(registration);
    MemberState previous = jdbc.sql("select state from signing_cluster_member where document_number = ? "
            + "and unit_code = ?")
        .params(documentNumber, unitCode).query(String.class).optional().map(MemberState::valueOf).orElse(null);
    if (previous == null) {
      return new Decision(false, false);
    }
    MemberState recorded = state == MemberState.JOINED && !open ? MemberState.LOCALITY : state;
    jdbc.sql("update signing_cluster_member set state = ? where document_number = ? and unit_code = ?")
        .params(recorded.name(), documentNumber, unitCode).update();
    long undecided = jdbc.sql("select count(*) from signing_cluster_member where document_number = ? "
            + "and cluster_code = ? and state = 'UNDECIDED'")
        .params(documentNumber, clusterCode).query(Long.class).single();
    // Only the decision that took the last undecided member away completes the registration.
    boolean completes = open && previous == MemberState.UNDECIDED && undecided == 0;
    return new Decision(recorded == MemberState.JOINED, completes);
  }

  /** Closes the registration; returns the members that joined, in the order of the organisation file. */
  public List<String> close(String documentNumber, String clusterCode) {
    lock(documentNumber, clusterCode);
    jdbc.sql("update signing_cluster_registration set state = 'CLOSED' where document_number = ? and cluster_code = ?")
        .params(documentNumber, clusterCode).update();
    jdbc.sql("update signing_cluster_member set state = 'LOCALITY' where document_number = ? and cluster_code = ? "
            + "and state = 'UNDECIDED'")
        .params(documentNumber, clusterCode).update();
    return joined(documentNumber, clusterCode);
  }

  public List<String> joined(String documentNumber, String clusterCode) {
    return jdbc.sql("select unit_code from signing_cluster_member where document_number = ? and cluster_code = ? "
            + "and state = 'JOINED' order by unit_code")
        .params(documentNumber, clusterCode).query(String.class).list();
  }

  public Map<String, MemberState> members(String documentNumber, String clusterCode) {
    return jdbc.sql("select unit_code, state from signing_cluster_member where document_number = ? and cluster_code = ?")
        .params(documentNumber, clusterCode)
        .query((rs, i) -> Map.entry(rs.getString(1), MemberState.valueOf(rs.getString(2))))
        .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  private String lock(String documentNumber, String clusterCode) {
    return jdbc.sql("select state from signing_cluster_registration where document_number = ? and cluster_code = ? "
            + "for update")
        .params(documentNumber, clusterCode).query(String.class).optional().orElse(null);
  }
}
