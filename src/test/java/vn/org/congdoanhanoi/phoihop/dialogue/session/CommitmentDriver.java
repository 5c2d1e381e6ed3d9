package vn.org.congdoanhanoi.phoihop.dialogue.session;

import static vn.org.congdoanhanoi.phoihop.dialogue.session.SessionDriver.conclusion;
import static vn.org.congdoanhanoi.phoihop.dialogue.session.SessionDriver.list;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import vn.org.congdoanhanoi.phoihop.dialogue.DialogueDriver;
import vn.org.congdoanhanoi.phoihop.dialogue.session.ConferenceRecord.Conclusion;

/**
 * A recorded conference with two commitments (Phòng Lao động – Thương binh và Xã hội, then Bảo hiểm xã hội, both
 * due 14/7/2023), and their {@code dialogue-commitment} instances as the conference's call activity starts them.
 */
public final class CommitmentDriver {

  static final String DEADLINE = "2023-07-14";

  private CommitmentDriver() {}

  /** Records the conference of plan {@code number} on {@code day}; its commitments, in the conclusions' order. */
  static List<Conclusion> recorded(ProcessEngine engine, ConferenceRecords records, String number, String day) {
    return record(engine, records, SessionDriver.atConferenceDay(engine, number, day), number);
  }

  /** Records the conference waiting on its day with the two commitments; the commitments. */
  public static List<Conclusion> record(ProcessEngine engine, ConferenceRecords records, ProcessInstance conference,
                                        String number) {
    SessionDriver.complete(engine, conference, SessionDriver.record(list(
        conclusion("Phòng Lao động rà soát việc trả lương làm thêm giờ", SessionDriver.LDTBXH, DEADLINE),
        conclusion("Bảo hiểm xã hội hướng dẫn thủ tục hưởng chế độ thai sản", SessionDriver.BHXH, DEADLINE)),
        "[]"));
    return records.commitments(SessionDriver.plan(number), null);
  }

  /** The commitment's instance, started as {@code CallActivity_Commitments} starts it. */
  public static ProcessInstance start(ProcessEngine engine, String number, Conclusion commitment) {
    Map<String, Object> values = new HashMap<>();
    Commitment.Vars.PLAN_NUMBER.putInto(values, number);
    values.put(Commitment.Vars.ISSUED_ON.name(), DialogueDriver.ISSUED_ON);
    Commitment.Vars.UNIT_CODE.putInto(values, DialogueDriver.DISTRICT);
    Commitment.Vars.COMMITMENT_ID.putInto(values, String.valueOf(commitment.id()));
    return engine.getRuntimeService().startProcessInstanceByKey(Commitment.KEY,
        Commitment.businessKey(number, commitment.id()), values);
  }

  /** The department's report: in progress until {@code expectedOn}. */
  static Map<String, Object> inProgress(String expectedOn) {
    Map<String, Object> values = new HashMap<>();
    Commitment.Vars.PROGRESS.putInto(values, Commitment.Progress.IN_PROGRESS);
    values.put(Commitment.Vars.EXPECTED_ON.name(), expectedOn);
    return values;
  }

  /** The department's report: done on {@code doneOn}, with its result and a file. */
  public static Map<String, Object> done(String doneOn) {
    Map<String, Object> values = new HashMap<>();
    Commitment.Vars.PROGRESS.putInto(values, Commitment.Progress.DONE);
    values.put(Commitment.Vars.DONE_ON.name(), doneOn);
    Commitment.Vars.RESULT.putInto(values, "Đã kiểm tra 12 doanh nghiệp, yêu cầu 2 doanh nghiệp trả đủ lương làm "
        + "thêm giờ.");
    Commitment.Vars.RESULT_FILE.putInto(values, Variables.fileValue("ket-qua.pdf").file(SessionDriver.PDF)
        .mimeType("application/pdf").create());
    return values;
  }

  /** Fires the timer at this activity of the instance if it has one (a reminder overtaken may have none). */
  static void fireIfWaiting(ProcessEngine engine, ProcessInstance instance, String activityId) {
    List<Job> timers = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers()
        .activityId(activityId).list();
    timers.forEach(timer -> engine.getManagementService().executeJob(timer.getId()));
  }
}
