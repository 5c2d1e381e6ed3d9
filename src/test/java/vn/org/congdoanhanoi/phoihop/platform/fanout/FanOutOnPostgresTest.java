package vn.org.congdoanhanoi.phoihop.platform.fanout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.org.congdoanhanoi.phoihop.PostgresIntegrationTest;
import vn.org.congdoanhanoi.phoihop.kernel.variables.ProcessVariable;
import vn.org.congdoanhanoi.phoihop.kernel.variables.ProcessVariables;

/**
 * The fan-out capability on PostgreSQL with processes of its own (deployed by the test, not part of the product):
 * a parent that plans {@code count} children of a child that waits for a message. The job executor is off in these
 * tests; each job is run by the test, so batches, crashes and races are played exactly.
 */
@PostgresIntegrationTest
class FanOutOnPostgresTest {

  static final String PARENT = "fanout-test-parent";
  static final String CHILD_PROCESS = "fanout-test-child";
  static final String UNDECLARED_CHILD = "fanout-test-undeclared";
  static final String COMPLETED = "Message_FanOutTestCompleted";
  static final String CHILD_RELEASED = "Message_FanOutTestChildReleased";

  static final ProcessVariable<Integer> COUNT = ProcessVariables.integer("count");
  static final ProcessVariable<Integer> BATCH = ProcessVariables.integer("batchSize");
  static final ProcessVariable<Integer> CHAINS = ProcessVariables.integer("chains");
  static final ProcessVariable<String> CHILD_KEY = ProcessVariables.text("childProcess");
  static final ProcessVariable<String> LABEL = ProcessVariables.text("label");
  static final ProcessVariable<Integer> INDEX = ProcessVariables.integer("index");
  static final ProcessVariable<List<String>> CODES = ProcessVariables.codes("codes");

  /** The engine instantiates the parent's delegate by class name; it reaches the capability through this field. */
  static FanOuts fanOutsForDelegate;

  @Autowired
  ProcessEngine engine;
  @Autowired
  FanOuts fanOuts;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  PlatformTransactionManager transactions;

  RuntimeService runtime;
  ManagementService management;

  /** Plans {@link #COUNT} children of {@link #CHILD_KEY}, with a shared label and JSON list and an index each. */
  public static class PlanChildren implements JavaDelegate {
    @Override
    public void execute(DelegateExecution execution) {
      List<FanOutChild> children = new ArrayList<>();
      String key = CHILD_KEY.required(execution);
      for (int i = 0; i < COUNT.required(execution); i++) {
        children.add(new FanOutChild(key, execution.getBusinessKey() + "/" + i, INDEX.putInto(new HashMap<>(), i)));
      }
      Map<String, Object> shared = LABEL.putInto(new HashMap<>(), "chung");
      CODES.putInto(shared, List.of("a", "b"));
      fanOutsForDelegate.plan(execution, new FanOutPlan("children", COMPLETED, shared, children),
          BATCH.required(execution), CHAINS.required(execution));
    }
  }

  @BeforeAll
  static void deploy(@Autowired ProcessEngine engine, @Autowired ConfigurableApplicationContext context) {
    ConfigurableListableBeanFactory beans = context.getBeanFactory();
    if (!beans.containsSingleton("fanOutTestChildDeclaration")) {
      beans.registerSingleton("fanOutTestChildDeclaration", new CountedChildProcess(CHILD_PROCESS));
    }
    // Not offered in Tasklist, like every process people do not start by hand (ProcessStartRightsTest shares the JVM).
    engine.getRepositoryService().createDeployment().name("fan-out test")
        .addModelInstance(PARENT + ".bpmn", Bpmn.createExecutableProcess(PARENT).camundaHistoryTimeToLive(1)
            .camundaStartableInTasklist(false)
            .startEvent().serviceTask("ServiceTask_Plan").camundaClass(PlanChildren.class.getName())
            .receiveTask("ReceiveTask_ChildrenEnded").message(COMPLETED)
            .endEvent("EndEvent_Done").done())
        .addModelInstance(CHILD_PROCESS + ".bpmn", Bpmn.createExecutableProcess(CHILD_PROCESS)
            .camundaHistoryTimeToLive(1).camundaStartableInTasklist(false)
            .startEvent().receiveTask("ReceiveTask_Released").message(CHILD_RELEASED).endEvent().done())
        .addModelInstance(UNDECLARED_CHILD + ".bpmn", Bpmn.createExecutableProcess(UNDECLARED_CHILD)
            .camundaHistoryTimeToLive(1).camundaStartableInTasklist(false)
            .startEvent().receiveTask("ReceiveTask_Released").message(CHILD_RELEASED).endEvent().done())
        .deploy();
  }

  @BeforeEach
  void setUp() {
    fanOutsForDelegate = fanOuts;
    runtime = engine.getRuntimeService();
    management = engine.getManagementService();
  }

  @Test
  void theParentsStepPlansTheChildrenAndStartsNoneOfThemInItsOwnTransaction() {
    ProcessInstance parent = startParent("p1", 10, 3, 2);

    assertThat(children(parent)).isEmpty();
    assertThat(progress(parent)).isEqualTo(new FanOutProgress(parent.getId(), "children", 10, 0, 0, false));
    assertThat(batchJobs(parent)).as("one job per chain").hasSize(2);
    assertThat(runtime.getActivityInstance(parent.getId()).getChildActivityInstances())
        .extracting(a -> a.getActivityId()).containsExactly("ReceiveTask_ChildrenEnded");
  }

  @Test
  void childrenStartInBatchesEachItsOwnTransactionWithTheirTypedVariables() {
    ProcessInstance parent = startParent("p2", 10, 2, 2);

    management.executeJob(batchJobs(parent).get(0).getId());
    assertThat(children(parent)).as("one batch").hasSize(2);
    assertThat(progress(parent).started()).isEqualTo(2);
    assertThat(batchJobs(parent)).as("the chain goes on; the other chain has not run").hasSize(2);

    runBatches(parent);
    List<ProcessInstance> children = children(parent);
    assertThat(children).hasSize(10);
    assertThat(children).extracting(ProcessInstance::getBusinessKey)
        .containsExactlyInAnyOrderElementsOf(businessKeys("p2", 10));
    ProcessInstance third = child("p2/3");
    Map<String, Object> variables = runtime.getVariables(third.getId());
    assertThat(INDEX.required(variables)).isEqualTo(3);
    assertThat(runtime.getVariable(third.getId(), INDEX.name())).isInstanceOf(Integer.class);
    assertThat(LABEL.required(variables)).isEqualTo("chung");
    assertThat(CODES.required(variables)).containsExactly("a", "b");
    assertThat(FanOuts.PARENT.required(variables)).isEqualTo(parent.getId());
    assertThat(fanOuts.childInstanceIds(parent.getId(), CHILD_PROCESS)).hasSize(10);
    assertThat(fanOuts.parentInstanceId(third.getId())).contains(parent.getId());
    assertThat(progress(parent)).isEqualTo(new FanOutProgress(parent.getId(), "children", 10, 10, 0, false));
  }

  @Test
  void theParentIsMessagedOnceWhenTheLastChildEndsInAJobOfItsOwn() {
    ProcessInstance parent = startParent("p3", 5, 2, 1);
    runBatches(parent);
    List<ProcessInstance> children = children(parent);

    children.subList(0, 4).forEach(this::release);
    assertThat(progress(parent).ended()).isEqualTo(4);
    assertThat(completionJobs(parent)).isEmpty();

    release(children.get(4));
    assertThat(progress(parent)).isEqualTo(new FanOutProgress(parent.getId(), "children", 5, 5, 5, true));
    assertThat(completionJobs(parent)).hasSize(1);
    assertThat(isRunning(parent)).as("the last child's transaction does not move the parent").isTrue();

    management.executeJob(completionJobs(parent).get(0).getId());
    assertThat(isRunning(parent)).isFalse();
    assertThat(management.createJobQuery().processInstanceId(parent.getId()).count()).isZero();
  }

  @Test
  void aBatchThatDiesBeforeItCommitsStartsNobodyAndItsRetryStartsEachChildOnce() {
    ProcessInstance parent = startParent("p4", 6, 2, 1);
    management.executeJob(batchJobs(parent).get(0).getId());
    assertThat(children(parent)).hasSize(2);

    // The node dies after the second batch did its work but before its commit: its transaction is rolled back.
    String second = batchJobs(parent).get(0).getId();
    assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
      management.executeJob(second);
      assertThat(children(parent)).hasSize(4);
      throw new IllegalStateException("crash");
    })).hasMessage("crash");
    assertThat(children(parent)).hasSize(2);
    assertThat(progress(parent).started()).isEqualTo(2);
    assertThat(batchJobs(parent)).extracting(Job::getId).containsExactly(second);

    runBatches(parent);
    assertThat(children(parent)).extracting(ProcessInstance::getBusinessKey)
        .containsExactlyInAnyOrderElementsOf(businessKeys("p4", 6));
    assertThat(progress(parent).started()).isEqualTo(6);
  }

  @Test
  void twoRunsOfTheSameBatchAtOnceStartEachChildOnce() throws Exception {
    ProcessInstance parent = startParent("p5", 8, 8, 1);
    String job = batchJobs(parent).get(0).getId();
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      List<Future<?>> runs = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        runs.add(threads.submit(() -> {
          go.await();
          try {
            management.executeJob(job);
          } catch (RuntimeException lost) {
            // The loser finds the rows taken or the job gone; either way its transaction rolls back.
          }
          return null;
        }));
      }
      go.countDown();
      for (Future<?> run : runs) {
        run.get();
      }
    } finally {
      threads.shutdown();
    }
    runBatches(parent);
    assertThat(children(parent)).extracting(ProcessInstance::getBusinessKey)
        .containsExactlyInAnyOrderElementsOf(businessKeys("p5", 8));
    assertThat(progress(parent).started()).isEqualTo(8);
  }

  @Test
  void childrenEndingAtTheSameMomentAreEachCountedAndTheParentIsMessagedExactlyOnce() throws Exception {
    ProcessInstance parent = startParent("p6", 12, 4, 3);
    runBatches(parent);
    List<ProcessInstance> children = children(parent);
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(children.size());
    try {
      List<Future<?>> ends = new ArrayList<>();
      for (ProcessInstance child : children) {
        ends.add(threads.submit(() -> {
          go.await();
          release(child);
          return null;
        }));
      }
      go.countDown();
      for (Future<?> end : ends) {
        end.get();
      }
    } finally {
      threads.shutdown();
    }
    assertThat(progress(parent)).isEqualTo(new FanOutProgress(parent.getId(), "children", 12, 12, 12, true));
    assertThat(completionJobs(parent)).hasSize(1);
    management.executeJob(completionJobs(parent).get(0).getId());
    assertThat(isRunning(parent)).isFalse();
  }

  @Test
  void aFanOutOfNoChildCompletesAtOnce() {
    ProcessInstance parent = startParent("p7", 0, 5, 2);
    assertThat(batchJobs(parent)).isEmpty();
    assertThat(progress(parent)).isEqualTo(new FanOutProgress(parent.getId(), "children", 0, 0, 0, true));
    management.executeJob(completionJobs(parent).get(0).getId());
    assertThat(isRunning(parent)).isFalse();
  }

  @Test
  void aCancelledParentTakesItsStartedChildrenWithItAndStartsNoMore() {
    ProcessInstance parent = startParent("p8", 6, 2, 1);
    management.executeJob(batchJobs(parent).get(0).getId());
    assertThat(children(parent)).hasSize(2);

    runtime.deleteProcessInstance(parent.getId(), "hủy thử");

    assertThat(children(parent)).isEmpty();
    assertThat(management.createJobQuery().processInstanceId(parent.getId()).count()).isZero();
    assertThat(jdbc.sql("""
            select count(*) from fanout_child c join fanout f on f.id = c.fanout_id
            where f.parent_instance_id = ? and c.state = 'CANCELLED'""")
        .param(parent.getId()).query(Integer.class).single()).isEqualTo(4);
  }

  @Test
  void aChildProcessWhoseEndsNobodyCountsIsRefusedWhenPlannedAndNothingIsRecorded() {
    Map<String, Object> variables = parentVariables(3, 2, 1);
    CHILD_KEY.putInto(variables, UNDECLARED_CHILD);
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey(PARENT, "p9", variables))
        .hasMessageContaining(UNDECLARED_CHILD);
    assertThat(jdbc.sql("select count(*) from fanout f join fanout_child c on c.fanout_id = f.id "
        + "where c.business_key like 'p9/%'").query(Integer.class).single()).isZero();
  }

  // ---- helpers

  private ProcessInstance startParent(String businessKey, int count, int batchSize, int chains) {
    return runtime.startProcessInstanceByKey(PARENT, businessKey, parentVariables(count, batchSize, chains));
  }

  private static Map<String, Object> parentVariables(int count, int batchSize, int chains) {
    Map<String, Object> variables = new HashMap<>();
    COUNT.putInto(variables, count);
    BATCH.putInto(variables, batchSize);
    CHAINS.putInto(variables, chains);
    CHILD_KEY.putInto(variables, CHILD_PROCESS);
    return variables;
  }

  private FanOutProgress progress(ProcessInstance parent) {
    List<FanOutProgress> all = fanOuts.progress(parent.getId());
    assertThat(all).hasSize(1);
    return all.get(0);
  }

  private List<ProcessInstance> children(ProcessInstance parent) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(CHILD_PROCESS)
        .variableValueEquals(FanOuts.PARENT.name(), parent.getId()).list();
  }

  private ProcessInstance child(String businessKey) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(CHILD_PROCESS)
        .processInstanceBusinessKey(businessKey).singleResult();
  }

  private List<Job> batchJobs(ProcessInstance parent) {
    return jobs(parent, FanOutJobs.START_BATCH);
  }

  private List<Job> completionJobs(ProcessInstance parent) {
    return jobs(parent, FanOutJobs.COMPLETE);
  }

  private List<Job> jobs(ProcessInstance parent, String type) {
    return management.createJobQuery().processInstanceId(parent.getId()).list().stream()
        .filter(job -> type.equals(((org.camunda.bpm.engine.impl.persistence.entity.JobEntity) job)
            .getJobHandlerType()))
        .toList();
  }

  private void runBatches(ProcessInstance parent) {
    for (List<Job> jobs = batchJobs(parent); !jobs.isEmpty(); jobs = batchJobs(parent)) {
      jobs.forEach(job -> management.executeJob(job.getId()));
    }
  }

  private void release(ProcessInstance child) {
    runtime.createMessageCorrelation(CHILD_RELEASED).processInstanceId(child.getId()).correlate();
  }

  private boolean isRunning(ProcessInstance instance) {
    return runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count() == 1;
  }

  private static List<String> businessKeys(String prefix, int count) {
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      keys.add(prefix + "/" + i);
    }
    return keys;
  }
}
