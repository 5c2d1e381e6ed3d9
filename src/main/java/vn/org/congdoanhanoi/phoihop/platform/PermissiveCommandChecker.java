package vn.org.congdoanhanoi.phoihop.platform;


/**
 * A {@link org.camunda.bpm.engine.impl.cfg.CommandChecker} that allows everything: Camunda has no adapter, and our
 * checkers add a few rules on top of Camunda's own ({@link EngineAccessChecker}), so they override only those.
 */
@SuppressWarnings("java:S1186") // empty on purpose: "no objection" is the answer
abstract class PermissiveCommandChecker implements org.camunda.bpm.engine.impl.cfg.CommandChecker {

  @Override
  public void checkEvaluateDecision(org.camunda.bpm.engine.repository.DecisionDefinition a) {}

  @Override
  public void checkCreateProcessInstance(org.camunda.bpm.engine.repository.ProcessDefinition a) {}

  @Override
  public void checkReadProcessDefinition(org.camunda.bpm.engine.repository.ProcessDefinition a) {}

  @Override
  public void checkCreateCaseInstance(org.camunda.bpm.engine.repository.CaseDefinition a) {}

  @Override
  public void checkUpdateProcessDefinitionById(java.lang.String a) {}

  @Override
  public void checkUpdateProcessDefinitionSuspensionStateById(java.lang.String a) {}

  @Override
  public void checkUpdateProcessInstanceByProcessDefinitionId(java.lang.String a) {}

  @Override
  public void checkUpdateRetriesProcessInstanceByProcessDefinitionId(java.lang.String a) {}

  @Override
  public void checkUpdateProcessInstanceSuspensionStateByProcessDefinitionId(java.lang.String a) {}

  @Override
  public void checkUpdateDecisionDefinitionById(java.lang.String a) {}

  @Override
  public void checkUpdateProcessDefinitionByKey(java.lang.String a) {}

  @Override
  public void checkUpdateProcessDefinitionSuspensionStateByKey(java.lang.String a) {}

  @Override
  public void checkDeleteProcessDefinitionById(java.lang.String a) {}

  @Override
  public void checkDeleteProcessDefinitionByKey(java.lang.String a) {}

  @Override
  public void checkUpdateProcessInstanceByProcessDefinitionKey(java.lang.String a) {}

  @Override
  public void checkUpdateProcessInstanceSuspensionStateByProcessDefinitionKey(java.lang.String a) {}

  @Override
  public void checkUpdateProcessInstanceById(java.lang.String a) {}

  @Override
  public void checkUpdateProcessInstanceSuspensionStateById(java.lang.String a) {}

  @Override
  public void checkUpdateProcessInstance(org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity a) {}

  @Override
  public void checkUpdateProcessInstanceVariables(org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity a) {}

  @Override
  public void checkCreateMigrationPlan(org.camunda.bpm.engine.repository.ProcessDefinition a, org.camunda.bpm.engine.repository.ProcessDefinition b) {}

  @Override
  public void checkMigrateProcessInstance(org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity a, org.camunda.bpm.engine.repository.ProcessDefinition b) {}

  @Override
  public void checkReadProcessInstance(java.lang.String a) {}

  @Override
  public void checkReadJob(org.camunda.bpm.engine.impl.persistence.entity.JobEntity a) {}

  @Override
  public void checkUpdateJob(org.camunda.bpm.engine.impl.persistence.entity.JobEntity a) {}

  @Override
  public void checkUpdateRetriesJob(org.camunda.bpm.engine.impl.persistence.entity.JobEntity a) {}

  @Override
  public void checkReadProcessInstance(org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity a) {}

  @Override
  public void checkReadProcessInstanceVariable(org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity a) {}

  @Override
  public void checkDeleteProcessInstance(org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity a) {}

  @Override
  public void checkReadTask(org.camunda.bpm.engine.impl.persistence.entity.TaskEntity a) {}

  @Override
  public void checkReadTaskVariable(org.camunda.bpm.engine.impl.persistence.entity.TaskEntity a) {}

  @Override
  public void checkUpdateTaskVariable(org.camunda.bpm.engine.impl.persistence.entity.TaskEntity a) {}

  @Override
  public void checkCreateBatch(org.camunda.bpm.engine.authorization.Permission a) {}

  @Override
  public void checkDeleteBatch(org.camunda.bpm.engine.impl.batch.BatchEntity a) {}

  @Override
  public void checkDeleteHistoricBatch(org.camunda.bpm.engine.impl.batch.history.HistoricBatchEntity a) {}

  @Override
  public void checkSuspendBatch(org.camunda.bpm.engine.impl.batch.BatchEntity a) {}

  @Override
  public void checkActivateBatch(org.camunda.bpm.engine.impl.batch.BatchEntity a) {}

  @Override
  public void checkReadHistoricBatch() {}

  @Override
  public void checkCreateDeployment() {}

  @Override
  public void checkReadDeployment(java.lang.String a) {}

  @Override
  public void checkDeleteDeployment(java.lang.String a) {}

  @Override
  public void checkTaskAssign(org.camunda.bpm.engine.impl.persistence.entity.TaskEntity a) {}

  @Override
  public void checkCreateTask(org.camunda.bpm.engine.impl.persistence.entity.TaskEntity a) {}

  @Override
  public void checkCreateTask() {}

  @Override
  public void checkTaskWork(org.camunda.bpm.engine.impl.persistence.entity.TaskEntity a) {}

  @Override
  public void checkDeleteTask(org.camunda.bpm.engine.impl.persistence.entity.TaskEntity a) {}

  @Override
  public void checkReadDecisionDefinition(org.camunda.bpm.engine.impl.dmn.entity.repository.DecisionDefinitionEntity a) {}

  @Override
  public void checkReadDecisionRequirementsDefinition(org.camunda.bpm.engine.impl.dmn.entity.repository.DecisionRequirementsDefinitionEntity a) {}

  @Override
  public void checkReadCaseDefinition(org.camunda.bpm.engine.repository.CaseDefinition a) {}

  @Override
  public void checkUpdateCaseDefinition(org.camunda.bpm.engine.repository.CaseDefinition a) {}

  @Override
  public void checkDeleteHistoricTaskInstance(org.camunda.bpm.engine.impl.persistence.entity.HistoricTaskInstanceEntity a) {}

  @Override
  public void checkDeleteHistoricProcessInstance(org.camunda.bpm.engine.history.HistoricProcessInstance a) {}

  @Override
  public void checkDeleteHistoricCaseInstance(org.camunda.bpm.engine.history.HistoricCaseInstance a) {}

  @Override
  public void checkDeleteHistoricDecisionInstance(java.lang.String a) {}

  @Override
  public void checkDeleteHistoricDecisionInstance(org.camunda.bpm.engine.history.HistoricDecisionInstance a) {}

  @Override
  public void checkReadHistoricJobLog(org.camunda.bpm.engine.impl.persistence.entity.HistoricJobLogEventEntity a) {}

  @Override
  public void checkReadHistoryAnyProcessDefinition() {}

  @Override
  public void checkReadHistoryProcessDefinition(java.lang.String a) {}

  @Override
  public void checkUpdateCaseInstance(org.camunda.bpm.engine.runtime.CaseExecution a) {}

  @Override
  public void checkDeleteUserOperationLog(org.camunda.bpm.engine.history.UserOperationLogEntry a) {}

  @Override
  public void checkUpdateUserOperationLog(org.camunda.bpm.engine.history.UserOperationLogEntry a) {}

  @Override
  public void checkReadCaseInstance(org.camunda.bpm.engine.runtime.CaseExecution a) {}

  @Override
  public void checkReadHistoricExternalTaskLog(org.camunda.bpm.engine.impl.history.event.HistoricExternalTaskLogEntity a) {}

  @Override
  public void checkDeleteHistoricVariableInstance(org.camunda.bpm.engine.impl.persistence.entity.HistoricVariableInstanceEntity a) {}

  @Override
  public void checkDeleteHistoricVariableInstancesByProcessInstance(org.camunda.bpm.engine.impl.persistence.entity.HistoricProcessInstanceEntity a) {}

  @Override
  public void checkReadDiagnosticsData() {}

  @Override
  public void checkReadHistoryLevel() {}

  @Override
  public void checkReadTableCount() {}

  @Override
  public void checkReadTableName() {}

  @Override
  public void checkReadTableMetaData() {}

  @Override
  public void checkReadProperties() {}

  @Override
  public void checkSetProperty() {}

  @Override
  public void checkDeleteProperty() {}

  @Override
  public void checkDeleteLicenseKey() {}

  @Override
  public void checkSetLicenseKey() {}

  @Override
  public void checkReadLicenseKey() {}

  @Override
  public void checkRegisterProcessApplication() {}

  @Override
  public void checkUnregisterProcessApplication() {}

  @Override
  public void checkReadRegisteredDeployments() {}

  @Override
  public void checkReadProcessApplicationForDeployment() {}

  @Override
  public void checkRegisterDeployment() {}

  @Override
  public void checkUnregisterDeployment() {}

  @Override
  public void checkDeleteMetrics() {}

  @Override
  public void checkDeleteTaskMetrics() {}

  @Override
  public void checkReadSchemaLog() {}
}
