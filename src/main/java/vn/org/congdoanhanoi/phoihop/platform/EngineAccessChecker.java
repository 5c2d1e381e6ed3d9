package vn.org.congdoanhanoi.phoihop.platform;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
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
 */
class EngineAccessChecker extends PermissiveCommandChecker {

  private final Map<String, StartableProcess> startable;

  EngineAccessChecker(List<StartableProcess> startable) {
    this.startable = startable.stream()
        .collect(Collectors.toMap(StartableProcess::processDefinitionKey, Function.identity()));
  }

  @Override
  public void checkCreateProcessInstance(ProcessDefinition definition) {
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

  @Override
  public void checkReadJob(JobEntity job) {
    requireAdministratorForJobOfNoProcess(job);
  }

  @Override
  public void checkUpdateJob(JobEntity job) {
    requireAdministratorForJobOfNoProcess(job);
  }

  @Override
  public void checkUpdateRetriesJob(JobEntity job) {
    requireAdministratorForJobOfNoProcess(job);
  }

  // Job definitions of no process (batches) reach the checkers as a missing process definition.

  @Override
  public void checkUpdateProcessDefinitionById(String processDefinitionId) {
    requireAdministratorWithout(processDefinitionId);
  }

  @Override
  public void checkUpdateProcessDefinitionByKey(String processDefinitionKey) {
    requireAdministratorWithout(processDefinitionKey);
  }

  @Override
  public void checkUpdateProcessInstanceByProcessDefinitionId(String processDefinitionId) {
    requireAdministratorWithout(processDefinitionId);
  }

  @Override
  public void checkUpdateProcessInstanceByProcessDefinitionKey(String processDefinitionKey) {
    requireAdministratorWithout(processDefinitionKey);
  }

  @Override
  public void checkUpdateRetriesProcessInstanceByProcessDefinitionId(String processDefinitionId) {
    requireAdministratorWithout(processDefinitionId);
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
