package vn.org.congdoanhanoi.phoihop.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
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
 * Validators are found by process key and task id together: a process of another family may have a
 * {@code Task_Proposal} of its own (the next families will), it deploys beside unit-signing, and unit-signing's
 * ProposalValidator guards unit-signing's task only. The refusal comes from inside the engine, with the same 400
 * naming the field, over REST.
 */
@PostgresIntegrationTest
class ValidatorsByProcessTest {

  private static final String OTHER_PROCESS = "validator-scope-check";
  private static final String OTHER_FORM = "forms/test/validator-scope-check.html";
  /** Longer than a ceremony's venue may be (500 characters), which is unit-signing's rule, not the other's. */
  private static final String LONG_VENUE = "Hội trường Trung tâm Văn hóa ".repeat(20);

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @Test
  void aTaskProposalOfAnotherProcessDeploysAndIsNotGuardedByUnitSigningsValidator() {
    BpmnModelInstance model = Bpmn.createExecutableProcess(OTHER_PROCESS).name("Quy trình thử").camundaHistoryTimeToLive(1)
        .startEvent("StartEvent_Started").name("Bắt đầu")
        .userTask(UnitSigning.Elements.PROPOSAL).name("Đề xuất (quy trình thử)")
        .camundaFormKey("embedded:deployment:" + OTHER_FORM).camundaCandidateGroups("city-office")
        .endEvent("EndEvent_Done").name("Kết thúc")
        .done();
    Deployment deployment = engine.getRepositoryService().createDeployment().name(OTHER_PROCESS)
        .addModelInstance("bpmn/test/" + OTHER_PROCESS + ".bpmn", model)
        .addString(OTHER_FORM, "<form><script type=\"application/json\" data-form-variables>"
            + "{\"submits\": {\"venue\": \"String\"}}</script></form>")
        .deploy();
    String campaign = null;
    try {
      campaign = SigningDriver.startCampaign(engine, "vanphong",
          SigningDriver.campaign("9471/LĐLĐ", List.of("thanhtri"))).getId();
      SigningDriver d = new SigningDriver(engine, "9471/LĐLĐ");
      Task unitProposal = d.task(d.unit("thanhtri"), UnitSigning.Elements.PROPOSAL);
      Map<String, Object> proposal = new HashMap<>(SigningDriver.proposal("LOCALITY"));
      proposal.put(UnitSigning.Vars.VENUE.name(), LONG_VENUE);
      RestCaller.Response refused = RestCaller.demo(port, "thanhtri.ldld").post(
          "/engine-rest/task/" + unitProposal.getId() + "/complete",
          Map.of("variables", SigningDriver.restVariables(proposal)));
      assertThat(refused.status()).as(refused.body()).isEqualTo(400);
      assertThat(refused.json().get("type").asText()).isEqualTo("InvalidRequestException");
      assertThat(refused.json().get("errors").findValuesAsText("field")).containsExactly(UnitSigning.Vars.VENUE.name());
      assertThat(refused.json().get("message").asText()).contains("địa điểm dài quá 500 ký tự");
      assertThat(engine.getTaskService().createTaskQuery().taskId(unitProposal.getId()).count())
          .as("the unit's proposal stays open").isOne();

      ProcessInstance other = engine.getRuntimeService().startProcessInstanceByKey(OTHER_PROCESS);
      Task otherProposal = engine.getTaskService().createTaskQuery().processInstanceId(other.getId()).singleResult();
      assertThat(otherProposal.getTaskDefinitionKey()).isEqualTo(unitProposal.getTaskDefinitionKey());
      RestCaller.Response accepted = RestCaller.admin(port).post("/engine-rest/task/" + otherProposal.getId()
          + "/complete", Map.of("variables", SigningDriver.restVariables(Map.of(UnitSigning.Vars.VENUE.name(), LONG_VENUE))));
      assertThat(accepted.status()).as(accepted.body()).isEqualTo(204);
      assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(other.getId())
          .singleResult().getState()).isEqualTo("COMPLETED");
    } finally {
      if (campaign != null && engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(campaign)
          .count() > 0) {
        engine.getRuntimeService().deleteProcessInstance(campaign, "test finished");
      }
      engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
    }
  }
}
