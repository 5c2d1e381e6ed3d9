package vn.org.congdoanhanoi.phoihop.platform;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import vn.org.congdoanhanoi.phoihop.kernel.access.EngineCaller;
import vn.org.congdoanhanoi.phoihop.kernel.access.EngineRefusal;
import vn.org.congdoanhanoi.phoihop.organization.StartableProcess;

/**
 * Rules that Camunda's authorizations cannot express, checked by the engine itself so that every path (engine
 * REST, the webapps' API, batches, Java) obeys them:
 * <ul>
 *   <li>a process is started by hand only if its family declared it {@link StartableProcess startable}, and only by
 *   the declared groups; administrators too, since Camunda lets them bypass authorizations;</li>
 *   <li>jobs of no process (history cleanup, batches) are the administrators' only: Camunda checks nothing for
 *   them, so any user could run, re-date, suspend or exhaust them.</li>
 * </ul>
 * Camunda's {@link CommandChecker} has some 85 checks and no adapter; the engine gets a proxy that applies the rules
 * below to the checks they concern and lets every other check pass (Camunda's own checkers run next to it).
 */
final class EngineAccessChecker {

  private final Map<String, StartableProcess> startable;
  private final Map<String, Consumer<Object>> rules;

  EngineAccessChecker(List<StartableProcess> startable) {
    this.startable = startable.stream()
        .collect(Collectors.toMap(StartableProcess::processDefinitionKey, Function.identity()));
    Consumer<Object> jobOfNoProcess = job -> requireAdministratorForJobOfNoProcess((JobEntity) job);
    // Job definitions of no process (batches) reach these checks as a missing process definition.
    Consumer<Object> definitionOfNoProcess = reference -> requireAdministratorWithout((String) reference);
    this.rules = Map.of(
        "checkCreateProcessInstance", definition -> checkCreateProcessInstance((ProcessDefinition) definition),
        "checkReadJob", jobOfNoProcess,
        "checkUpdateJob", jobOfNoProcess,
        "checkUpdateRetriesJob", jobOfNoProcess,
        "checkUpdateProcessDefinitionById", definitionOfNoProcess,
        "checkUpdateProcessDefinitionByKey", definitionOfNoProcess,
        "checkUpdateProcessInstanceByProcessDefinitionId", definitionOfNoProcess,
        "checkUpdateProcessInstanceByProcessDefinitionKey", definitionOfNoProcess,
        "checkUpdateRetriesProcessInstanceByProcessDefinitionId", definitionOfNoProcess);
  }

  /** The checker to add to the engine's command checkers. */
  CommandChecker commandChecker() {
    return (CommandChecker) Proxy.newProxyInstance(CommandChecker.class.getClassLoader(),
        new Class<?>[] {CommandChecker.class}, (proxy, method, args) -> switch (method.getName()) {
          case "equals" -> proxy == args[0];
          case "hashCode" -> System.identityHashCode(proxy);
          case "toString" -> "EngineAccessChecker";
          default -> {
            Consumer<Object> rule = rules.get(method.getName());
            if (rule != null) {
              rule.accept(args[0]);
            }
            yield null;
          }
        });
  }

  void checkCreateProcessInstance(ProcessDefinition definition) {
    EngineCaller caller = EngineCaller.current();
    if (caller == null) {
      return;
    }
    StartableProcess process = startable.get(definition.getKey());
    if (process == null) {
      throw new EngineRefusal("Quy trình \"" + nameOf(definition) + "\" do hệ thống tự khởi tạo khi cần; "
          + "không ai khởi tạo được bằng tay.");
    }
    if (!process.startableBy(caller.groupIds())) {
      throw new EngineRefusal("Bạn không có quyền khởi tạo quy trình \"" + nameOf(definition) + "\".");
    }
  }

  static void requireAdministratorForJobOfNoProcess(JobEntity job) {
    if (job != null && job.getProcessInstanceId() == null && job.getProcessDefinitionKey() == null) {
      requireAdministratorWithout(null);
    }
  }

  private static void requireAdministratorWithout(String processReference) {
    EngineCaller caller = EngineCaller.current();
    if (processReference == null && caller != null && !caller.administrator()) {
      throw new EngineRefusal("Chỉ quản trị viên được thao tác với công việc hệ thống (không thuộc quy "
          + "trình nào), ví dụ việc dọn lịch sử.");
    }
  }

  private static String nameOf(ProcessDefinition definition) {
    return definition.getName() == null ? definition.getKey() : definition.getName();
  }
}
