package vn.org.congdoanhanoi.phoihop.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.org.congdoanhanoi.phoihop.PostgresIntegrationTest;
import vn.org.congdoanhanoi.phoihop.dialogue.conference.DialogueConference;
import vn.org.congdoanhanoi.phoihop.dialogue.union.UnionPetitions;
import vn.org.congdoanhanoi.phoihop.RestCaller;
import vn.org.congdoanhanoi.phoihop.followup.DeadlineFollowUp;
import vn.org.congdoanhanoi.phoihop.kernel.access.Groups;
import vn.org.congdoanhanoi.phoihop.notification.NotificationMail;
import vn.org.congdoanhanoi.phoihop.notification.NotificationWebhook;
import vn.org.congdoanhanoi.phoihop.programme.CoordinationProgramme;
import vn.org.congdoanhanoi.phoihop.signing.campaign.SigningCampaign;
import vn.org.congdoanhanoi.phoihop.signing.cluster.ClusterCeremony;
import vn.org.congdoanhanoi.phoihop.signing.unit.UnitSigning;

/**
 * Attack: the city office (and an administrator) start processes that only the engine may start, by REST start,
 * by message correlation and from Tasklist's start menu. Only declared keys are startable, by the declared groups.
 */
@PostgresIntegrationTest
class ProcessStartRightsTest {

  static final List<String> ENGINE_ONLY = List.of(NotificationMail.KEY, NotificationWebhook.KEY, UnitSigning.KEY,
      ClusterCeremony.KEY, DeadlineFollowUp.KEY, UnionPetitions.KEY);

  @LocalServerPort
  int port;

  @Autowired
  RuntimeService runtimeService;

  @Autowired
  RepositoryService repositoryService;

  @Autowired
  AuthorizationService authorizationService;

  @Autowired
  OrganizationService organizationService;

  @Autowired
  List<StartableProcess> startableProcesses;

  @Autowired
  JdbcTemplate jdbc;

  @ParameterizedTest
  @ValueSource(strings = {"vanphong", RestCaller.ADMIN})
  void nobodyStartsAProcessThatOnlyTheEngineStarts(String user) {
    RestCaller caller = RestCaller.ADMIN.equals(user) ? RestCaller.admin(port) : RestCaller.demo(port, user);
    for (String key : ENGINE_ONLY) {
      long before = runtimeService.createProcessInstanceQuery().processDefinitionKey(key).count();
      RestCaller.Response start = caller.post("/engine-rest/process-definition/key/" + key + "/start",
          Map.of("businessKey", "attack-" + key, "variables", Map.of()));
      assertThat(start.status()).as("%s starts %s: %s", user, key, start).isEqualTo(403);
      assertThat(start.body()).doesNotContain("Exception\"", "at org.");
      assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(key).count()).isEqualTo(before);
    }
  }

  @Test
  void aForgedMailOrWebhookCannotBeStartedByMessage() {
    for (String message : List.of(NotificationMail.Messages.MAIL_REQUESTED,
        NotificationWebhook.Messages.WEBHOOK_REQUESTED)) {
      for (RestCaller caller : List.of(RestCaller.demo(port, "vanphong"), RestCaller.admin(port))) {
        long before = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("forged").count();
        RestCaller.Response correlate = caller.post("/engine-rest/message", Map.of("messageName", message,
            "businessKey", "forged", "processVariables", Map.of("event", Map.of("value", "regulation-signed"))));
        assertThat(correlate.status()).as("%s: %s", message, correlate).isEqualTo(403);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("forged").count())
            .isEqualTo(before);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"vanphong", RestCaller.ADMIN})
  void tasklistOffersTheCityOfficeOnlyTheProcessesItStartsByHand(String user) {
    RestCaller caller = RestCaller.ADMIN.equals(user) ? RestCaller.admin(port) : RestCaller.demo(port, user);
    JsonNode startable = caller.get("/engine-rest/process-definition?latestVersion=true&active=true"
        + "&startableInTasklist=true&startablePermissionCheck=true&maxResults=50").json();
    List<String> keys = new ArrayList<>();
    startable.forEach(d -> keys.add(d.get("key").asText()));
    if (RestCaller.ADMIN.equals(user)) {
      // Administrators also start a district's dialogue conference, to help it.
      assertThat(keys).containsExactlyInAnyOrder(SigningCampaign.KEY, CoordinationProgramme.KEY, DialogueConference.KEY);
    } else {
      assertThat(keys).containsExactlyInAnyOrder(SigningCampaign.KEY, CoordinationProgramme.KEY);
    }
  }

  @Test
  void onlyDeclaredProcessesAreStartableInTasklist() {
    List<String> declared = startableProcesses.stream().map(StartableProcess::processDefinitionKey).toList();
    for (ProcessDefinition definition : repositoryService.createProcessDefinitionQuery().latestVersion().list()) {
      // A declared process without a start form (a directive: its items come from other systems) is started over
      // REST only, so Tasklist does not offer it.
      boolean hasStartForm = repositoryService.getBpmnModelInstance(definition.getId())
          .getModelElementsByType(org.camunda.bpm.model.bpmn.instance.StartEvent.class).stream()
          .anyMatch(e -> e.getCamundaFormKey() != null
              || e.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRef") != null);
      boolean restOnly = declared.contains(definition.getKey()) && !hasStartForm;
      assertThat(definition.isStartableInTasklist()).as("camunda:isStartableInTasklist of %s", definition.getKey())
          .isEqualTo(declared.contains(definition.getKey()) && !restOnly);
    }
  }

  @Test
  void aDistrictUserStartsOnlyItsDialogueConference() {
    RestCaller district = RestCaller.demo(port, "hoankiem.ldld");
    JsonNode startable = district.get("/engine-rest/process-definition?latestVersion=true"
        + "&startableInTasklist=true&startablePermissionCheck=true&maxResults=50").json();
    List<String> keys = new ArrayList<>();
    startable.forEach(d -> keys.add(d.get("key").asText()));
    // Of its own district only: the start checks unitCode against the caller's federation.
    assertThat(keys).containsExactly(DialogueConference.KEY);
  }

  @Test
  void theSynchronisationRemovesTheBroadStartGrantOfAnOlderVersion() {
    // What earlier versions stored for the city office.
    Authorization broad = authorizationService.createAuthorizationQuery().groupIdIn(Groups.CITY_OFFICE)
        .resourceType(PROCESS_DEFINITION).resourceId(Authorization.ANY).singleResult();
    broad.addPermission(CREATE_INSTANCE);
    authorizationService.saveAuthorization(broad);
    Authorization stale = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
    stale.setGroupId(Groups.CITY_OFFICE);
    stale.setResource(PROCESS_DEFINITION);
    stale.setResourceId(NotificationMail.KEY);
    stale.addPermission(CREATE_INSTANCE);
    authorizationService.saveAuthorization(stale);
    // Earlier versions stored no fingerprint of their synchronisation (V21), so the first start-up syncs in full.
    jdbc.update("update org_identity_sync set fingerprint = null");

    organizationService.reapply();

    List<String> office = List.of(Groups.CITY_OFFICE);
    for (ProcessDefinition definition : repositoryService.createProcessDefinitionQuery().latestVersion().list()) {
      boolean startable = authorizationService.isUserAuthorized("vanphong", office, CREATE_INSTANCE,
          PROCESS_DEFINITION, definition.getKey());
      boolean declaredForOffice = startableProcesses.stream().anyMatch(p -> p.processDefinitionKey()
          .equals(definition.getKey()) && p.groupIds().contains(Groups.CITY_OFFICE));
      assertThat(startable).as(definition.getKey()).isEqualTo(declaredForOffice);
    }
    assertThat(authorizationService.isUserAuthorized("hoankiem.ldld", List.of(Groups.federation("hoankiem")),
        CREATE_INSTANCE, PROCESS_DEFINITION, SigningCampaign.KEY)).isFalse();
  }
}
