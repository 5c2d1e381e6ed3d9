package vn.org.congdoanhanoi.phoihop.records.matter;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.org.congdoanhanoi.phoihop.kernel.time.EngineClock;

/**
 * Table {@code matter}: which process instance holds each matter. Its primary key is the matter's identity, so the
 * database, not a query before the insert, decides who launches a letter: of concurrent starts exactly one row is
 * inserted, the others wait for that transaction and then find the row taken. A cancelled holder gives its matter
 * up; taking it over is a compare-and-set on the holder, so of two relaunches one wins as well.
 */
@Repository
public class MatterRegistry {

  /** What became of a claim. */
  public enum Claim {
    /** The caller's instance holds the matter now. */
    CLAIMED,
    /** Another instance of the matter is running (or won the same race a moment ago). */
    RUNNING,
    /** The matter was carried out to its end; a letter launches one matter. */
    COMPLETED
  }

  private final JdbcClient jdbc;
  private final TransactionTemplate savepoint;
  private final EngineClock clock;

  MatterRegistry(JdbcClient jdbc, PlatformTransactionManager transactions, EngineClock clock) {
    this.clock = clock;
    this.jdbc = jdbc;
    // NESTED: a savepoint inside the engine's transaction. On PostgreSQL a failed insert otherwise aborts the
    // whole transaction, and the loser could not even look at who holds the matter.
    this.savepoint = new TransactionTemplate(transactions);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  /**
   * Claims the matter for a process instance being started, in the caller's (the engine's) transaction: if that
   * transaction rolls back, the claim goes with it.
   */
  public Claim claim(MatterKey key, String processDefinitionKey, String processInstanceId) {
    try {
      if (insert(key, processDefinitionKey, processInstanceId)) {
        return Claim.CLAIMED;
      }
      String holder = holder(key).orElse(null);
      Optional<Claim> held = holder == null ? Optional.of(Claim.RUNNING) : heldBy(holder);
      if (held.isPresent()) {
        return held.get();
      }
      // The holder was cancelled: take the matter over, unless another relaunch has just done so.
      int takenOver = jdbc.sql("""
              update matter set process_definition_key = ?, process_instance_id = ?, claimed_at = ?
              where issuer_code = ? and matter_year = ? and document_number = ? and process_instance_id = ?""")
          .params(processDefinitionKey, processInstanceId, now(), key.issuerCode(), key.year(),
              key.number(), holder)
          .update();
      return takenOver == 1 ? Claim.CLAIMED : Claim.RUNNING;
    } catch (PessimisticLockingFailureException busy) {
      // Another start holds the row uncommitted and the database gave up waiting (H2's lock timeout; PostgreSQL
      // waits for the other transaction): that start is in progress.
      return Claim.RUNNING;
    }
  }

  /** False when the row exists already; the failed insert is undone to its savepoint, the transaction goes on. */
  private boolean insert(MatterKey key, String processDefinitionKey, String processInstanceId) {
    try {
      savepoint.executeWithoutResult(status -> jdbc.sql("""
              insert into matter (issuer_code, matter_year, document_number, process_definition_key,
                  process_instance_id, claimed_at) values (?, ?, ?, ?, ?, ?)""")
          .params(key.issuerCode(), key.year(), key.number(), processDefinitionKey, processInstanceId, now())
          .update());
      return true;
    } catch (DuplicateKeyException alreadyHeld) {
      return false;
    }
  }

  /** The instance holding the matter, if it was ever launched. */
  public Optional<String> holder(MatterKey key) {
    return jdbc.sql("select process_instance_id from matter where issuer_code = ? and matter_year = ? "
            + "and document_number = ?")
        .params(key.issuerCode(), key.year(), key.number()).query(String.class).optional();
  }

  /**
   * This issuer's letter with this number in that year, or in the latest year it launched a matter when
   * {@code year} is null; empty when it never did.
   */
  public Optional<MatterKey> find(String issuerCode, String number, Integer year) {
    if (number == null || number.isBlank()) {
      return Optional.empty();
    }
    return years(issuerCode, number).stream().filter(y -> year == null || y.equals(year)).findFirst()
        .map(y -> new MatterKey(issuerCode, y, number));
  }

  /** Whether the matter was carried out to its end (and so may not be launched again). */
  public boolean completed(MatterKey key) {
    return holder(key).flatMap(this::heldBy).orElse(null) == Claim.COMPLETED;
  }

  /** The years in which this issuer's letter with this number launched a matter, the most recent first. */
  public List<Integer> years(String issuerCode, String number) {
    return jdbc.sql("select matter_year from matter where issuer_code = ? and document_number = ? "
            + "order by matter_year desc")
        .params(issuerCode, number.strip()).query(Integer.class).list();
  }

  /**
   * RUNNING or COMPLETED while the instance holds the matter; empty when it ended otherwise (cancelled, deleted) and
   * the matter is free. Read from the engine's tables directly: the answer must not depend on what the caller may
   * see, and it is asked inside the engine's own command as well as before it.
   */
  private Optional<Claim> heldBy(String processInstanceId) {
    long running = jdbc.sql("select count(*) from act_ru_execution where id_ = ? and proc_inst_id_ = id_")
        .param(processInstanceId).query(Long.class).single();
    if (running > 0) {
      return Optional.of(Claim.RUNNING);
    }
    String ended = jdbc.sql("select state_ from act_hi_procinst where id_ = ?").param(processInstanceId)
        .query(String.class).optional().orElse(null);
    return HistoricProcessInstance.STATE_COMPLETED.equals(ended) ? Optional.of(Claim.COMPLETED) : Optional.empty();
  }

  private Timestamp now() {
    return Timestamp.from(clock.instant());
  }
}
