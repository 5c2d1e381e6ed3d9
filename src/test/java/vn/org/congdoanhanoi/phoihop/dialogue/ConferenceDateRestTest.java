package vn.org.congdoanhanoi.phoihop.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.org.congdoanhanoi.phoihop.PostgresIntegrationTest;
import vn.org.congdoanhanoi.phoihop.RestCaller;
import vn.org.congdoanhanoi.phoihop.dialogue.conference.ConferenceDate;
import vn.org.congdoanhanoi.phoihop.dialogue.conference.ConferenceDate.Decision;
import vn.org.congdoanhanoi.phoihop.dialogue.conference.DialogueConference.Elements;
import vn.org.congdoanhanoi.phoihop.dialogue.conference.DialogueConference.Vars;
import vn.org.congdoanhanoi.phoihop.meeting.InvitationVars;

/**
 * {@code PUT /api/dialogue-conferences/date}: the district federation moves its confirmed conference (200 with the
 * new slot and the invitation's SEQUENCE); 400 per field with nothing changed, 403 for a union's people, 404 for a
 * plan that does not run.
 */
@PostgresIntegrationTest
class ConferenceDateRestTest {

  static final String DATE = "/api/dialogue-conferences/date";

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void theFederationMovesItsConfirmedConferenceOverRest() {
    DialogueDriver.clockAt("2023-04-24T09:00");
    String number = "9485/KH-LĐLĐ";
    Map<String, Object> plan = DialogueDriver.plan(number);
    plan.put(Vars.CONFERENCE_DATE.name(), "2023-06-07");
    plan.put(Vars.CONFERENCE_TIME.name(), "14:00");
    ProcessInstance conference = DialogueDriver.start(engine, DialogueDriver.FEDERATION_USER, plan);
    Map<String, Object> confirmed = ConferenceDate.Vars.DECISION.putInto(new HashMap<>(), Decision.CONFIRMED);
    DialogueDriver.complete(engine, DialogueDriver.FEDERATION_USER,
        DialogueDriver.task(engine, conference, Elements.CONFIRM_DATE), confirmed);
    DialogueDriver.runJobs(engine, conference);

    RestCaller federation = RestCaller.demo(port, DialogueDriver.FEDERATION_USER);
    Map<String, Object> bad = ConferenceDateProcessTest.move(number, "25/06/2023", "");
    RestCaller.Response invalid = federation.put(DATE, bad);
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.body()).contains(Vars.CONFERENCE_DATE.name(), Vars.CONFERENCE_TIME.name());

    Map<String, Object> move = ConferenceDateProcessTest.move(number, "2023-06-08", "14:00");
    assertThat(RestCaller.demo(port, DialogueDriver.UNION_USER).put(DATE, move).status()).isEqualTo(403);
    assertThat(federation.put(DATE, ConferenceDateProcessTest.move("9486/KH-LĐLĐ", "2023-06-08", "14:00")).status())
        .isEqualTo(404);
    assertThat(engine.getRuntimeService().getVariable(conference.getId(), Vars.CONFERENCE_DATE.name()))
        .as("nothing changed by the refused calls").isEqualTo("2023-06-07");

    RestCaller.Response moved = federation.put(DATE, move);
    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    assertThat(moved.json().get(Vars.CONFERENCE_DATE.name()).asText()).isEqualTo("2023-06-08");
    assertThat(moved.json().get(InvitationVars.SEQUENCE.name()).asInt()).isEqualTo(1);
  }
}
