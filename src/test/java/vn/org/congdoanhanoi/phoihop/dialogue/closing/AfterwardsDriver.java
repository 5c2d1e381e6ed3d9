package vn.org.congdoanhanoi.phoihop.dialogue.closing;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.org.congdoanhanoi.phoihop.dialogue.DialogueDriver;
import vn.org.congdoanhanoi.phoihop.dialogue.PlanId;
import vn.org.congdoanhanoi.phoihop.dialogue.answer.AnswerSheets;
import vn.org.congdoanhanoi.phoihop.dialogue.answer.AnswersDriver;
import vn.org.congdoanhanoi.phoihop.dialogue.answer.DepartmentAnswers;
import vn.org.congdoanhanoi.phoihop.dialogue.answer.SeenAnswer;
import vn.org.congdoanhanoi.phoihop.dialogue.conference.ConferenceDate;
import vn.org.congdoanhanoi.phoihop.dialogue.conference.DialogueConference.Elements;
import vn.org.congdoanhanoi.phoihop.dialogue.conference.DialogueConference.Vars;
import vn.org.congdoanhanoi.phoihop.dialogue.consolidation.Consolidation;
import vn.org.congdoanhanoi.phoihop.dialogue.consolidation.SeenPetition;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.IncomingPetition;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.PetitionChannel;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.PetitionState;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.PetitionTopic;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.Petitions;
import vn.org.congdoanhanoi.phoihop.dialogue.session.SessionDriver;
import vn.org.congdoanhanoi.phoihop.kernel.time.EngineClock;

/**
 * Drives a Gia Lâm conference of 2023 to its last part: petitions from three unions by REST and mail, a duplicate
 * merged, all assigned, the date confirmed, the answers and the conference's record, then the jobs up to the end.
 * The steps before the join ({@link #answerAll}, {@link #answerAtConference}, {@link #recordConference}) go through the
 * real answer sheets and the real record task.
 */
final class AfterwardsDriver {

  static final String DIENLUC = DialogueDriver.UNION_USER_UNION;
  static final String MAYPHUTHI = "gl-mayphuthi";
  static final String DETNINHHIEP = "gl-detninhhiep";
  static final String DEPARTMENT = "gl-ldtbxh";
  static final String DEPARTMENT_USER = "gialam.ldtbxh";
  static final String ANSWER = "Phòng Lao động – Thương binh và Xã hội đã làm việc với doanh nghiệp; "
      + "chế độ được chi trả từ tháng 7/2023.";

  private final ProcessEngine engine;
  private final Petitions petitions;
  private final Consolidation consolidation;
  private final JdbcClient jdbc;
  private final EngineClock clock;
  private final AnswerSheets answerSheets;
  private final List<String> oralAnswers = new ArrayList<>();

  AfterwardsDriver(ProcessEngine engine, Petitions petitions, Consolidation consolidation, JdbcClient jdbc,
                   EngineClock clock, AnswerSheets answerSheets) {
    this.engine = engine;
    this.petitions = petitions;
    this.consolidation = consolidation;
    this.jdbc = jdbc;
    this.clock = clock;
    this.answerSheets = answerSheets;
  }

  /** What {@link #collected} stored: the kept petitions and the duplicate merged into the first. */
  record Collected(ProcessInstance conference, PlanId plan, long dienluc, long duplicate, long mayphuthi,
                   long detninhhiep) {}

  /**
   * Plan {@code number} of 24/4/2023, conference on {@code conferenceDate} at 08:30: every union invited, three send
   * petitions (one of them twice the same), the federation merges the duplicate into Điện lực's, assigns all to the
   * Labour department and completes its consolidation. The conference then waits at the join for its record.
   */
  Collected collected(String number, String conferenceDate) {
    DialogueDriver.clockAt("2023-04-24T09:00");
    Map<String, Object> values = DialogueDriver.plan(number);
    values.put(Vars.CONFERENCE_DATE.name(), conferenceDate);
    ProcessInstance conference = DialogueDriver.start(engine, DialogueDriver.FEDERATION_USER, values);
    DialogueDriver.runJobs(engine, conference);
    PlanId plan = new PlanId(DialogueDriver.DISTRICT, 2023, number);
    DialogueDriver.clockAt("2023-05-05T10:00");
    long dienluc = receive(plan, DIENLUC, PetitionChannel.REST, "Đề nghị hỗ trợ nhà ở xã hội cho công nhân");
    long duplicate = receive(plan, MAYPHUTHI, PetitionChannel.EMAIL, "Đề nghị hỗ trợ nhà ở xã hội cho công nhân may");
    long mayphuthi = receive(plan, MAYPHUTHI, PetitionChannel.EMAIL, "Đề nghị tăng phụ cấp ca đêm");
    DialogueDriver.clockAt("2023-05-11T00:00");
    DialogueDriver.fireTimer(engine, conference, Elements.PETITION_DEADLINE);
    DialogueDriver.clockAt("2023-05-12T10:00"); // two days late
    long detninhhiep = receive(plan, DETNINHHIEP, PetitionChannel.REST, "Đề nghị khám sức khỏe định kỳ");
    DialogueDriver.clockAt("2023-05-12T14:00");
    consolidation.merge(plan, new SeenPetition(dienluc, 0), List.of(new SeenPetition(duplicate, 0)),
        DialogueDriver.FEDERATION_USER);
    consolidation.assign(plan, List.of(new SeenPetition(dienluc, 1), new SeenPetition(mayphuthi, 0),
        new SeenPetition(detninhhiep, 0)), DEPARTMENT, DialogueDriver.FEDERATION_USER);
    DialogueDriver.complete(engine, DialogueDriver.FEDERATION_USER,
        DialogueDriver.task(engine, conference, Elements.CONSOLIDATE), Map.of());
    DialogueDriver.runJobs(engine, conference);
    confirmDate(conference);
    return new Collected(conference, plan, dienluc, duplicate, mayphuthi, detninhhiep);
  }

  private long receive(PlanId plan, String union, PetitionChannel channel, String text) {
    return petitions.receive(new IncomingPetition(plan, union, PetitionTopic.LIVING_JOBS_POLICY, text, channel,
        "afterwards-" + plan.planNumber() + "-" + union + "-" + text.hashCode(), null, List.of()));
  }

  /** The federation records the chairman's office's answer: the planned slot; booked and invited. */
  void confirmDate(ProcessInstance conference) {
    Map<String, Object> values = new HashMap<>();
    ConferenceDate.Vars.DECISION.putInto(values, ConferenceDate.Decision.CONFIRMED);
    DialogueDriver.complete(engine, DialogueDriver.FEDERATION_USER,
        DialogueDriver.task(engine, conference, Elements.CONFIRM_DATE), values);
    DialogueDriver.runJobs(engine, conference);
    assertThat(conference).isWaitingAt(Elements.AWAIT_CONFERENCE);
  }

  /**
   * The department answers every petition of its sheet at once and the chairman's office approves the sheet
   * (dialogue-department-answers, as {@code DepartmentAnswersProcessTest} walks it): every assigned petition of the
   * plan gets the answer.
   */
  void answerAll(ProcessInstance conference, PlanId plan) {
    DialogueDriver.runJobs(engine, conference);
    for (ProcessInstance sheet : engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(DepartmentAnswers.KEY).superProcessInstanceId(conference.getId()).list()) {
      String department = sheet.getBusinessKey().substring(sheet.getBusinessKey().lastIndexOf('/') + 1);
      List<SeenAnswer> unanswered = jdbc.sql("""
              select id from dialogue_petition where district_code = ? and plan_year = ? and plan_number = ?
                and department_code = ? and state = ? order by id""")
          .params(plan.districtCode(), plan.year(), plan.planNumber(), department, PetitionState.ASSIGNED.name())
          .query(Long.class).list().stream().map(id -> new SeenAnswer(id, 0)).toList();
      answerSheets.save(plan, department, unanswered, ANSWER, null, DEPARTMENT_USER);
      DialogueDriver.complete(engine, DEPARTMENT_USER,
          DialogueDriver.task(engine, sheet, DepartmentAnswers.Elements.ANSWER_PETITIONS), Map.of());
      DialogueDriver.runJobs(engine, sheet);
      Map<String, Object> approval = new HashMap<>();
      approval.put(DepartmentAnswers.Vars.REVIEW_DECISION.name(), "APPROVE");
      DepartmentAnswers.Vars.SENT_BACK.putInto(approval, "[]");
      DialogueDriver.complete(engine, AnswersDriver.REVIEWER,
          DialogueDriver.task(engine, sheet, DepartmentAnswers.Elements.REVIEW), approval);
      DialogueDriver.runJobs(engine, sheet);
    }
    DialogueDriver.runJobs(engine, conference);
  }

  /** The chairman answers this petition at the conference: written into the record ({@link #recordConference}). */
  void answerAtConference(long petitionId, String answer) {
    oralAnswers.add("{\"petitionId\": " + petitionId + ", \"answer\": \"" + answer + "\"}");
  }

  /**
   * The conference's day comes and the federation records it (Task_RecordConference: the agenda, attendance, minutes,
   * no conclusion committing a department, the oral answers given); the conference then waits for its asynchronous
   * answers to the unions.
   */
  void recordConference(ProcessInstance conference, String conferenceDay) {
    DialogueDriver.clockAt(conferenceDay + "T08:30");
    DialogueDriver.fireTimer(engine, conference, Elements.CONFERENCE_DAY);
    DialogueDriver.clockAt(conferenceDay + "T11:30");
    SessionDriver.complete(engine, conference, SessionDriver.record("[]", "[" + String.join(", ", oralAnswers) + "]"));
    oralAnswers.clear();
    assertThat(conference).isWaitingAt(Elements.SEND_ANSWERS_TO_UNIONS);
  }

  /** Everything up to the end: {@link #collected}, answers, the record, then every job. */
  Collected closed(String number, String conferenceDate) {
    Collected collected = collected(number, conferenceDate);
    answerAll(collected.conference(), collected.plan());
    recordConference(collected.conference(), conferenceDate);
    DialogueDriver.runJobs(engine, collected.conference());
    return collected;
  }
}
