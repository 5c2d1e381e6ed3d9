package vn.org.congdoanhanoi.phoihop.dialogue.closing;

import java.sql.Timestamp;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.org.congdoanhanoi.phoihop.dialogue.PlanId;
import vn.org.congdoanhanoi.phoihop.dialogue.consolidation.ChangeKind;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.PetitionState;
import vn.org.congdoanhanoi.phoihop.kernel.time.EngineClock;

/**
 * Closes a plan's petitions at the end of its conference: every one not merged (a merged one lives on in the petition
 * that answers it) becomes CLOSED with a line in its trail. Two statements whatever the number of petitions, so
 * 10,000 petitions are one short transaction, not 10,000 updates; a retry closes nothing twice.
 */
@Repository
@RequiredArgsConstructor
public class PetitionClosing {

  /** Who the trail names for what the process did by itself. */
  static final String BY_THE_PROCESS = "phoihop";

  private final JdbcClient jdbc;
  private final EngineClock clock;

  /** @return how many petitions were closed now */
  public int close(PlanId plan) {
    Timestamp now = Timestamp.from(clock.instant());
    String open = " from dialogue_petition where district_code = ? and plan_year = ? and plan_number = ?"
        + " and state not in (?, ?)";
    Object[] planParams = {plan.districtCode(), plan.year(), plan.planNumber(), PetitionState.MERGED.name(),
        PetitionState.CLOSED.name()};
    // The trail first, while the state still tells which petitions are being closed and what they were.
    jdbc.sql("insert into dialogue_petition_change (petition_id, changed_at, changed_by, kind, detail)"
            + " select id, ?, ?, ?, " + stateLabels() + open)
        .params(concat(new Object[] {now, BY_THE_PROCESS, ChangeKind.CLOSE.name()}, planParams)).update();
    return jdbc.sql("update dialogue_petition set state = ?, version = version + 1 where district_code = ?"
            + " and plan_year = ? and plan_number = ? and state not in (?, ?)")
        .params(concat(new Object[] {PetitionState.CLOSED.name()}, planParams)).update();
  }

  /** "Kết thúc kiến nghị (trạng thái trước đó: Đã trả lời)", the earlier state in words, in SQL. */
  private static String stateLabels() {
    StringBuilder detail = new StringBuilder("case state");
    for (PetitionState state : PetitionState.values()) {
      detail.append(" when '").append(state.name()).append("' then 'Kết thúc kiến nghị sau Hội nghị đối thoại"
          + " (trạng thái trước đó: ").append(state.label()).append(")'");
    }
    return detail.append(" end").toString();
  }

  private static Object[] concat(Object[] first, Object[] second) {
    Object[] all = new Object[first.length + second.length];
    System.arraycopy(first, 0, all, 0, first.length);
    System.arraycopy(second, 0, all, first.length, second.length);
    return all;
  }
}
