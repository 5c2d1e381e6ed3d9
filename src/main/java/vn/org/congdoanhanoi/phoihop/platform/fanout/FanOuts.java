package vn.org.congdoanhanoi.phoihop.platform.fanout;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import vn.org.congdoanhanoi.phoihop.kernel.variables.ProcessVariable;
import vn.org.congdoanhanoi.phoihop.kernel.variables.ProcessVariables;

/**
 * Fan-outs: one parent process instance starting many children (a campaign's units) without a multi-instance call
 * activity, whose execution tree and start transaction grow with the number of children.
 *
 * <ol>
 *   <li>A delegate of the parent calls {@link #plan}: one row per child is recorded in the parent's transaction,
 *   with the jobs that will start them. Nothing is started yet, so the parent's step costs a bulk insert.</li>
 *   <li>The job executor starts the children in batches ({@code phoihop.fanout.batch-size}), each batch one
 *   transaction, several chains side by side ({@code parallel-batches}). A child's row is marked started in the
 *   transaction that starts it: a crash or a retry never starts a child twice.</li>
 *   <li>Every instance of a process declared {@link CountedChildProcess} that a fan-out started counts its end in
 *   the fan-out's row (whatever way it ends: end event, terminate, cancellation). The end that completes the count
 *   schedules a job that correlates the plan's completion message to the parent, exactly once; the parent waits for
 *   it (a receive task or message catch event) right after the planning step. A fan-out of no child completes at
 *   once.</li>
 *   <li>A parent cancelled while children run takes them with it; those never started are not started.</li>
 * </ol>
 * Each child gets two variables: {@link #PARENT}, the parent's instance id (searchable in Cockpit), and
 * {@link #CHILD}, its row. Progress (planned / started / ended) is {@link #progress}, and
 * {@code GET /api/fan-outs?processInstanceId=…} for whoever sees every unit.
 */
@Service
@EnableConfigurationProperties(FanOutSettings.class)
public class FanOuts {

  /** On each child: the instance id of the parent that fanned it out. */
  public static final ProcessVariable<String> PARENT = ProcessVariables.text("fanOutParent");
  /** On each child: its row in {@code fanout_child}, by which its end is counted. */
  static final ProcessVariable<String> CHILD = ProcessVariables.text("fanOutChild");

  private final FanOutRepository repository;
  private final FanOutSettings settings;
  private final ObjectProvider<CountedChildProcess> declarations;

  FanOuts(FanOutRepository repository, FanOutSettings settings, ObjectProvider<CountedChildProcess> declarations) {
    this.repository = repository;
    this.settings = settings;
    this.declarations = declarations;
  }

  /**
   * Records the plan for the parent's process instance, in the transaction of the calling delegate (if it rolls
   * back, no child will start). The parent must then wait for {@link FanOutPlan#completionMessage()}.
   *
   * @throws IllegalArgumentException for a child process nobody declared {@link CountedChildProcess}, or a variable
   *     that is not JSON-safe
   */
  public void plan(DelegateExecution parent, FanOutPlan plan) {
    plan(parent, plan, settings.batchSize(), settings.parallelBatches());
  }

  /** {@link #plan(DelegateExecution, FanOutPlan)} with a batch size and a number of chains of its own. */
  void plan(DelegateExecution parent, FanOutPlan plan, int batchSize, int parallelBatches) {
    Set<String> counted = countedProcessKeys();
    plan.children().stream().map(FanOutChild::processKey).filter(key -> !counted.contains(key)).findFirst()
        .ifPresent(key -> {
          throw new IllegalArgumentException("Process " + key + " is fanned out but not declared a "
              + CountedChildProcess.class.getSimpleName() + ": its ends would never be counted");
        });
    ExecutionEntity execution = (ExecutionEntity) parent;
    int chains = Math.max(1, Math.min(parallelBatches, (plan.children().size() + batchSize - 1) / batchSize));
    long id = repository.insert(execution.getProcessInstanceId(), plan, FanOutValues.encode(plan.sharedVariables()),
        batchSize, chains);
    if (plan.children().isEmpty()) {
      if (repository.completeIfAllEnded(id)) {
        FanOutJobs.complete(execution, id);
      }
      return;
    }
    for (int chain = 0; chain < chains; chain++) {
      FanOutJobs.startBatch(execution, new FanOutJobs.Target(id, chain));
    }
  }

  /** Every fan-out of the parent instance, in the order they were planned. */
  public List<FanOutProgress> progress(String parentInstanceId) {
    return repository.progress(parentInstanceId);
  }

  /** The instances of the given process the parent's fan-outs started (running or ended), in planned order. */
  public List<String> childInstanceIds(String parentInstanceId, String processKey) {
    return repository.childInstanceIds(parentInstanceId, processKey);
  }

  /** The parent whose fan-out started the instance, if one did. */
  public Optional<String> parentInstanceId(String childInstanceId) {
    return repository.parentInstanceId(childInstanceId);
  }

  /**
   * Resolved when asked, not when the engine is built: the declarations are the families' beans (and the engine's
   * plugins are built before them). Spring keeps the beans by type, so this is a lookup, not a scan.
   */
  Set<String> countedProcessKeys() {
    return declarations.stream().map(CountedChildProcess::processKey).collect(Collectors.toUnmodifiableSet());
  }
}
