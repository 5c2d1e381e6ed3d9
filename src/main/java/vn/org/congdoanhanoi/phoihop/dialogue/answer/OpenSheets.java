package vn.org.congdoanhanoi.phoihop.dialogue.answer;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Whether a sheet is with its department ("Trả lời kiến nghị" open) rather than under review or approved. Asked for
 * whoever saves (a district federation helping is no candidate of the task), so without the caller's task rights:
 * the REST API has checked who may save.
 */
@Component
class OpenSheets {

  private final ProcessEngineConfigurationImpl engineConfiguration;

  OpenSheets(@Lazy ProcessEngineConfigurationImpl engineConfiguration) {
    this.engineConfiguration = engineConfiguration;
  }

  boolean withDepartment(String processInstanceId) {
    return engineConfiguration.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(
        () -> context.getProcessEngineConfiguration().getTaskService().createTaskQuery()
            .processInstanceId(processInstanceId).taskDefinitionKey(DepartmentAnswers.Elements.ANSWER_PETITIONS)
            .count() > 0));
  }
}
