package vn.org.congdoanhanoi.phoihop.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.org.congdoanhanoi.phoihop.PostgresIntegrationTest;
import vn.org.congdoanhanoi.phoihop.RestCaller;
import vn.org.congdoanhanoi.phoihop.signing.unit.UnitSigning;

/**
 * An upgraded database still has tasks of versions deployed before the embedded forms moved into the deployment:
 * their key is "embedded:/forms/unit-signing-proposal.html". Tasklist still gets that form, and a submission is
 * still held to the variables it declares.
 */
@PostgresIntegrationTest
class LegacyEmbeddedFormsTest {

  private static final String PROCESS = "legacy-embedded-form-check";

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @Test
  void aTaskOfAVersionDeployedBeforeTheMoveKeepsItsFormAndItsDeclaredVariables() {
    BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS).name("Phiên bản cũ").camundaHistoryTimeToLive(1)
        .startEvent("StartEvent_Started").name("Bắt đầu")
        .userTask("Task_Proposal").name("Đề xuất (phiên bản cũ)")
        .camundaFormKey("embedded:/forms/unit-signing-proposal.html").camundaCandidateGroups("city-office")
        .endEvent("EndEvent_Done").name("Kết thúc")
        .done();
    Deployment deployment = engine.getRepositoryService().createDeployment().name(PROCESS)
        .addModelInstance("bpmn/test/" + PROCESS + ".bpmn", model).deploy();
    try {
      ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(PROCESS);
      Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
      RestCaller admin = RestCaller.admin(port);
      String key = admin.get("/engine-rest/task/" + task.getId() + "/form").json().get("key").asText();
      RestCaller.Response form = admin.get(key.substring("embedded:".length()));
      assertThat(form.status()).isEqualTo(200);
      assertThat(form.body()).contains("data-form-variables", "proposalForm");

      RestCaller.Response undeclared = admin.post("/engine-rest/task/" + task.getId() + "/complete",
          Map.of("variables", Map.of("partyCommittee", Map.of("value", "Huyện ủy", "type", "String"))));
      assertThat(undeclared.status()).as(undeclared.body()).isEqualTo(400);
      RestCaller.Response declared = admin.post("/engine-rest/task/" + task.getId() + "/complete",
          Map.of("variables", Map.of(UnitSigning.Vars.VENUE.name(), Map.of("value", "Hội trường Huyện ủy", "type", "String"))));
      assertThat(declared.status()).as(declared.body()).isEqualTo(204);
    } finally {
      engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
    }
  }
}
