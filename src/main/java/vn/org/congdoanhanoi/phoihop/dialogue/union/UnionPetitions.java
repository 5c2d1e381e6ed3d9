package vn.org.congdoanhanoi.phoihop.dialogue.union;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import vn.org.congdoanhanoi.phoihop.dialogue.PlanId;
import vn.org.congdoanhanoi.phoihop.dialogue.conference.DialogueConference;
import vn.org.congdoanhanoi.phoihop.followup.DeadlineFollowUp;
import vn.org.congdoanhanoi.phoihop.kernel.variables.ProcessVariable;
import vn.org.congdoanhanoi.phoihop.kernel.variables.ProcessVariables;

/**
 * Process {@code dialogue-union-petitions} (bpmn/dialogue/dialogue-union-petitions.bpmn): one grassroots union's
 * part of a dialogue conference, one instance and one task "Gửi kiến nghị" per union, whatever number of petitions it
 * sends, and next to it the deadline's follow-up ({@code deadline-follow-up}, followed up by the district
 * federation, not the city office). Started by the conference in batches ({@code ServiceTask_InviteUnions}), never
 * by people, so 2,000 unions are 2,000 small instances rather than one execution tree with 2,000 children.
 */
public final class UnionPetitions {

  public static final String KEY = "dialogue-union-petitions";

  /** Variables: the plan's, handed over by the conference, and the union's petitions. */
  public static final class Vars {
    public static final ProcessVariable<String> PLAN_NUMBER = DialogueConference.Vars.PLAN_NUMBER;
    public static final ProcessVariable<LocalDate> ISSUED_ON = DialogueConference.Vars.ISSUED_ON;
    /** The district. */
    public static final ProcessVariable<String> UNIT_CODE = DialogueConference.Vars.UNIT_CODE;
    /** The union's code (also the REST channel's field naming the union). */
    public static final ProcessVariable<String> GRASSROOTS_UNIT_CODE = ProcessVariables.text("grassrootsUnitCode");
    public static final ProcessVariable<String> GRASSROOTS_UNIT_NAME = ProcessVariables.text("grassrootsUnitName");
    /** The Camunda group of the union's own people, a candidate group of its task. */
    public static final ProcessVariable<String> UNION_GROUP = ProcessVariables.text("unionGroup");
    /** The petition deadline as the matter's deadline: the task is due at the end of that day. */
    public static final ProcessVariable<LocalDate> DEADLINE = DeadlineFollowUp.Vars.DEADLINE;
    public static final ProcessVariable<OffsetDateTime> PETITIONS_CLOSE_AT = DialogueConference.Vars.PETITIONS_CLOSE_AT;
    /**
     * Form of {@code Task_SendPetitions}: a JSON list of petitions, each {@code {"topic": "LIVING_JOBS_POLICY",
     * "text": "…"}}.
     */
    public static final ProcessVariable<String> PETITIONS = ProcessVariables.json("petitions");
    /** The ids the store gave the union's petitions (dialogue_petition.id), in the order sent. */
    public static final ProcessVariable<List<String>> PETITION_IDS = ProcessVariables.codes("petitionIds");
    /** Output of the follow-up when the district federation excuses the union: its reason. */
    public static final ProcessVariable<String> EXCUSE_REASON = DeadlineFollowUp.Vars.EXCUSE_REASON;

    private Vars() {}
  }

  /** BPMN element ids. */
  public static final class Elements {
    public static final String START = "StartEvent_UnionInvited";
    /** A petition of the union was stored before its instance started (by REST, mail or import): nothing to ask. */
    public static final String ALREADY_SENT = "Gateway_AlreadySent";
    public static final String SENT_BEFORE = "EndEvent_SentBeforeInvitation";
    public static final String FORK_FOLLOW_UP = "Gateway_ForkFollowUp";
    public static final String SEND_PETITIONS = "Task_SendPetitions";
    public static final String RECORD_PETITIONS = "ServiceTask_RecordPetitions";
    public static final String SENT = "EndEvent_PetitionsSent";
    /** A petition of the union came by another channel (REST, mail, import): its task is done. */
    public static final String PETITION_ARRIVED = "BoundaryEvent_PetitionArrived";
    public static final String SENT_ELSEWHERE = "EndEvent_PetitionArrivedElsewhere";
    /** Reminders before the deadline, and the district federation's follow-up after it (deadline-follow-up). */
    public static final String DEADLINE_FOLLOW_UP = "CallActivity_DeadlineFollowUp";
    public static final String EXCUSED = "EndEvent_UnionExcused";

    private Elements() {}
  }

  /** The message that ends a union's task when one of its petitions arrives by another channel. */
  public static final String PETITION_ARRIVED_MESSAGE = "dialogue-petition-arrived";

  /** The plan of a union's instance. */
  static PlanId plan(VariableScope scope) {
    return plan(scope.getVariables());
  }

  static PlanId plan(Map<String, ?> variables) {
    return new PlanId(Vars.UNIT_CODE.required(variables), Vars.ISSUED_ON.required(variables).getYear(),
        Vars.PLAN_NUMBER.required(variables));
  }

  /** "477/KH-LĐLĐ/cdcs-vinhhoan": the plan and the union. */
  public static String businessKey(String planNumber, String unionCode) {
    return planNumber + "/" + unionCode;
  }

  private UnionPetitions() {}
}
