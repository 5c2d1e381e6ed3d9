package vn.org.congdoanhanoi.phoihop.dialogue.session;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.FileValue;
import vn.org.congdoanhanoi.phoihop.dialogue.DialogueDriver;
import vn.org.congdoanhanoi.phoihop.dialogue.PlanId;
import vn.org.congdoanhanoi.phoihop.dialogue.conference.ConferenceDate;
import vn.org.congdoanhanoi.phoihop.dialogue.conference.DialogueConference;
import vn.org.congdoanhanoi.phoihop.dialogue.conference.DialogueConference.Elements;
import vn.org.congdoanhanoi.phoihop.dialogue.conference.DialogueConference.Vars;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.IncomingPetition;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.PetitionChannel;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.PetitionTopic;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.Petitions;
import vn.org.congdoanhanoi.phoihop.followup.DeadlineFollowUp;

/**
 * Drives a dialogue conference of Gia Lâm (plan of 24/4/2023, petitions until 10/5/2023) to its day and records it:
 * for the conference's record and its commitments. Each test names its own plan number and conference day, so the
 * chairman's diary never sees two tests' conferences clash.
 */
public final class SessionDriver {

  static final String LDTBXH = "gl-ldtbxh";
  static final String BHXH = "gl-bhxh";
  public static final String DEPARTMENT_USER = "gialam.ldtbxh";
  static final byte[] PDF = "%PDF-1.4\n% biên bản\n".getBytes(StandardCharsets.UTF_8);

  private SessionDriver() {}

  /** A conference of plan {@code number} confirmed for {@code day} at 15:10, its day come: the record task waits. */
  public static ProcessInstance atConferenceDay(ProcessEngine engine, String number, String day) {
    DialogueDriver.clockAt("2023-04-24T09:00");
    Map<String, Object> plan = DialogueDriver.plan(number);
    plan.put(Vars.CONFERENCE_DATE.name(), day);
    plan.put(Vars.CONFERENCE_TIME.name(), "15:10");
    ProcessInstance conference = DialogueDriver.start(engine, DialogueDriver.FEDERATION_USER, plan);
    Map<String, Object> answer = new HashMap<>();
    ConferenceDate.Vars.DECISION.putInto(answer, ConferenceDate.Decision.CONFIRMED);
    DialogueDriver.complete(engine, DialogueDriver.FEDERATION_USER,
        DialogueDriver.task(engine, conference, Elements.CONFIRM_DATE), answer);
    DialogueDriver.runJobs(engine, conference);
    DialogueDriver.clockAt(day + "T15:10");
    DialogueDriver.fireTimer(engine, conference, Elements.CONFERENCE_DAY);
    return conference;
  }

  static PlanId plan(String number) {
    return new PlanId(DialogueDriver.DISTRICT, 2023, number);
  }

  /** A petition of Điện lực Gia Lâm received over REST; its id. */
  static long petition(Petitions petitions, String number, String text) {
    return petitions.receive(new IncomingPetition(plan(number), DialogueDriver.UNION_USER_UNION,
        PetitionTopic.LIVING_JOBS_POLICY, text, PetitionChannel.REST, "session-test:" + number + ":" + text,
        DialogueDriver.FEDERATION_USER, List.of()));
  }

  /** A complete, valid record: every agenda item but the chairs, 187 present of whom 160 workers' representatives. */
  public static Map<String, Object> record(String conclusionsJson, String answersJson) {
    Map<String, Object> values = new HashMap<>();
    ConferenceSession.Vars.AGENDA_HELD.putInto(values, List.of(AgendaItem.OPENING.name(),
        AgendaItem.SITUATION_REPORT.name(), AgendaItem.CHAIRMAN_DIALOGUE.name(), AgendaItem.CLOSING.name()));
    ConferenceSession.Vars.ATTENDANCE_PRESENT.putInto(values, 187);
    ConferenceSession.Vars.WORKER_REPRESENTATIVES.putInto(values, 160);
    ConferenceSession.Vars.MINUTES.putInto(values, "Hội nghị bắt đầu lúc 15 giờ 10; Chủ tịch UBND huyện trả lời "
        + "các kiến nghị và kết luận.");
    FileValue minutes = Variables.fileValue("bien-ban-hoi-nghi.pdf").file(PDF).mimeType("application/pdf").create();
    ConferenceSession.Vars.SIGNED_MINUTES.putInto(values, minutes);
    ConferenceSession.Vars.CONCLUSIONS.putInto(values, conclusionsJson);
    ConferenceSession.Vars.ORAL_ANSWERS.putInto(values, answersJson);
    return values;
  }

  /** Records the conference as the district federation. */
  public static void complete(ProcessEngine engine, ProcessInstance conference, Map<String, Object> record) {
    DialogueDriver.complete(engine, DialogueDriver.FEDERATION_USER,
        DialogueDriver.task(engine, conference, Elements.RECORD_CONFERENCE), record);
  }

  /** One conclusion as the form sends it. */
  static String conclusion(String text, String department, String deadline, Long... petitions) {
    StringBuilder json = new StringBuilder("{\"text\": \"" + text + "\"");
    if (department != null) {
      json.append(", \"").append(DialogueConference.Vars.DEPARTMENT_CODE.name()).append("\": \"").append(department)
          .append('"');
    }
    if (deadline != null) {
      json.append(", \"").append(DeadlineFollowUp.Vars.DEADLINE.name()).append("\": \"").append(deadline).append('"');
    }
    if (petitions.length > 0) {
      json.append(", \"").append(RecordedConference.RELATED_PETITIONS).append("\": ").append(List.of(petitions));
    }
    return json.append('}').toString();
  }

  static String list(String... items) {
    return "[" + String.join(", ", items) + "]";
  }
}
