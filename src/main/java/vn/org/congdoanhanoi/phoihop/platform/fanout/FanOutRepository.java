package vn.org.congdoanhanoi.phoihop.platform.fanout;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.org.congdoanhanoi.phoihop.kernel.time.EngineClock;

/**
 * Tables {@code fanout} and {@code fanout_child} (V27). Every method runs in the caller's transaction, which is the
 * engine's: a plan is recorded with the parent's step, a child's state moves with the child's start or end.
 */
@Repository
class FanOutRepository {

  /** Rows inserted per JDBC batch when a plan is recorded. */
  private static final int INSERT_BATCH = 500;

  private final JdbcClient jdbc;
  private final JdbcTemplate template;
  private final EngineClock clock;

  FanOutRepository(JdbcClient jdbc, JdbcTemplate template, EngineClock clock) {
    this.jdbc = jdbc;
    this.template = template;
    this.clock = clock;
  }

  /** A fan-out as the batches need it. */
  record Header(long id, String parentInstanceId, String name, String completionMessage, String sharedVariables,
                int batchSize, int chains, int planned) {}

  /** A child not yet started. */
  record Pending(long id, String processKey, String businessKey, String variables) {}

  long insert(String parentInstanceId, FanOutPlan plan, String sharedVariables, int batchSize, int chains) {
    jdbc.sql("""
            insert into fanout (parent_instance_id, name, completion_message, shared_variables, batch_size, chains,
                                planned, planned_at)
            values (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(parentInstanceId, plan.name(), plan.completionMessage(), sharedVariables, batchSize, chains,
            plan.children().size(), now())
        .update();
    long id = jdbc.sql("select id from fanout where parent_instance_id = ? and name = ?")
        .params(parentInstanceId, plan.name()).query(Long.class).single();
    List<Object[]> rows = new ArrayList<>();
    for (int seq = 0; seq < plan.children().size(); seq++) {
      FanOutChild child = plan.children().get(seq);
      rows.add(new Object[] {id, seq, child.processKey(), child.businessKey(),
          FanOutValues.encode(child.variables())});
      if (rows.size() == INSERT_BATCH) {
        insertChildren(rows);
        rows.clear();
      }
    }
    insertChildren(rows);
    return id;
  }

  private void insertChildren(List<Object[]> rows) {
    if (!rows.isEmpty()) {
      template.batchUpdate("""
          insert into fanout_child (fanout_id, seq, process_key, business_key, variables, state)
          values (?, ?, ?, ?, ?, 'PLANNED')""", rows);
    }
  }

  Optional<Header> header(long id) {
    return jdbc.sql("""
            select id, parent_instance_id, name, completion_message, shared_variables, batch_size, chains, planned
            from fanout where id = ?""")
        .param(id)
        .query((rs, n) -> new Header(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getInt(6), rs.getInt(7), rs.getInt(8)))
        .optional();
  }

  /** The next children of one chain, in planned order. */
  List<Pending> pending(long fanOutId, int chain, int chains, int limit) {
    return jdbc.sql("""
            select id, process_key, business_key, variables from fanout_child
            where fanout_id = ? and state = 'PLANNED' and mod(seq, ?) = ?
            order by seq limit ?""")
        .params(fanOutId, chains, chain, limit)
        .query((rs, n) -> new Pending(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
        .list();
  }

  /**
   * Takes a planned child for the current transaction: false when another run of a batch took it first (its
   * transaction holds the row until it commits, and then the state is no longer PLANNED).
   */
  boolean claim(long childId) {
    return jdbc.sql("update fanout_child set state = 'STARTED', started_at = ? where id = ? and state = 'PLANNED'")
        .params(now(), childId).update() == 1;
  }

  void startedAs(long childId, String childInstanceId) {
    jdbc.sql("update fanout_child set child_instance_id = ? where id = ?").params(childInstanceId, childId).update();
  }

  /**
   * Counts a child's end, once: the id of its fan-out when this call counted it, empty when the child was counted
   * already (or is unknown).
   */
  Optional<Long> countEnd(long childId) {
    int counted = jdbc.sql("update fanout_child set state = 'ENDED', ended_at = ? where id = ? and state = 'STARTED'")
        .params(now(), childId).update();
    if (counted == 0) {
      return Optional.empty();
    }
    long fanOutId = jdbc.sql("select fanout_id from fanout_child where id = ?").param(childId)
        .query(Long.class).single();
    // The update locks the fan-out's row until this transaction ends: concurrent ends are counted one after the
    // other, each reading the count the previous one committed.
    jdbc.sql("update fanout set ended = ended + 1 where id = ?").param(fanOutId).update();
    return Optional.of(fanOutId);
  }

  /**
   * Marks the fan-out complete if every child has ended and nobody marked it before: true for exactly one caller,
   * who then schedules the completion message in the same transaction.
   */
  boolean completeIfAllEnded(long fanOutId) {
    return jdbc.sql("update fanout set completed_at = ? where id = ? and ended = planned and completed_at is null")
        .params(now(), fanOutId).update() == 1;
  }

  /**
   * Started children are counted from their rows when asked, not kept in a counter on the fan-out's row: every batch
   * would update that one row and hold its lock while the engine flushes the batch's instances, so the chains'
   * flushes queued behind each other (3 s of lock waits per 3,000 units, measured).
   */
  List<FanOutProgress> progress(String parentInstanceId) {
    return jdbc.sql("""
            select f.parent_instance_id, f.name, f.planned,
                   (select count(*) from fanout_child c where c.fanout_id = f.id and c.state in ('STARTED', 'ENDED')),
                   f.ended, f.completed_at
            from fanout f where f.parent_instance_id = ? order by f.id""")
        .param(parentInstanceId)
        .query((rs, n) -> new FanOutProgress(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
            rs.getInt(5), rs.getTimestamp(6) != null))
        .list();
  }

  List<String> childInstanceIds(String parentInstanceId, String processKey) {
    return jdbc.sql("""
            select c.child_instance_id from fanout_child c join fanout f on f.id = c.fanout_id
            where f.parent_instance_id = ? and c.process_key = ? and c.child_instance_id is not null
            order by c.fanout_id, c.seq""")
        .params(parentInstanceId, processKey)
        .query(String.class).list();
  }

  Optional<String> parentInstanceId(String childInstanceId) {
    return jdbc.sql("""
            select f.parent_instance_id from fanout_child c join fanout f on f.id = c.fanout_id
            where c.child_instance_id = ?""")
        .param(childInstanceId)
        .query(String.class).optional();
  }

  /** Children still running of a parent that is being cancelled: they go with it. */
  List<String> runningChildren(String parentInstanceId) {
    return jdbc.sql("""
            select c.child_instance_id from fanout_child c join fanout f on f.id = c.fanout_id
            where f.parent_instance_id = ? and c.state = 'STARTED' and c.child_instance_id is not null""")
        .param(parentInstanceId)
        .query(String.class).list();
  }

  /**
   * A cancelled parent's fan-outs: children not yet started never will be, and no completion message is scheduled
   * (the children it still has are cancelled with it, and their ends must not message a parent that is gone).
   */
  void cancel(String parentInstanceId) {
    jdbc.sql("""
            update fanout_child set state = 'CANCELLED'
            where state = 'PLANNED' and fanout_id in (select id from fanout where parent_instance_id = ?)""")
        .param(parentInstanceId).update();
    jdbc.sql("update fanout set completed_at = ? where parent_instance_id = ? and completed_at is null")
        .params(now(), parentInstanceId).update();
  }

  boolean hasFanOuts(String parentInstanceId) {
    return jdbc.sql("select count(*) from fanout where parent_instance_id = ?").param(parentInstanceId)
        .query(Integer.class).single() > 0;
  }

  private Timestamp now() {
    return Timestamp.valueOf(clock.now());
  }
}
