package vn.org.congdoanhanoi.phoihop.dialogue.session;

import java.util.List;
import org.camunda.bpm.engine.variable.value.FileValue;
import vn.org.congdoanhanoi.phoihop.kernel.variables.ProcessVariable;
import vn.org.congdoanhanoi.phoihop.kernel.variables.ProcessVariables;

/**
 * The conference day in {@code dialogue-conference}: {@code Task_RecordConference} (form
 * forms/dialogue/dialogue-conference-record.html), where the district federation records what happened, and
 * {@code ServiceTask_RecordConference}, which stores it ({@link ConferenceRecords}) and hands the commitments to
 * {@code CallActivity_Commitments}. The element ids are in {@code DialogueConference.Elements}.
 */
public final class ConferenceSession {

  /** Most conclusions one conference records; more is a pasted list, not a chairman's conclusions. */
  public static final int MAX_CONCLUSIONS = 100;
  /** Most petitions answered orally and most petitions one conclusion acts on. */
  public static final int MAX_PETITIONS = 500;
  /** Most people a conference hall of a district holds; a higher count is a typing error. */
  public static final int MAX_ATTENDANCE = 5000;
  /** The minutes' text: a Camunda String variable holds 4000 characters; the signed minutes hold the rest. */
  public static final int MINUTES = 4000;
  /** A conclusion's text and an oral answer, as a petition's. */
  public static final int CONCLUSION_TEXT = 4000;

  /** What the federation submits in {@code Task_RecordConference}. */
  public static final class Vars {
    /** The agenda items held, a JSON list of {@link AgendaItem} codes. */
    public static final ProcessVariable<List<String>> AGENDA_HELD = ProcessVariables.codes("agendaHeld");
    /** How many attended (the plan expected {@code expectedAttendance}). */
    public static final ProcessVariable<Integer> ATTENDANCE_PRESENT = ProcessVariables.integer("attendancePresent");
    /** Of those present, how many were workers' representatives. */
    public static final ProcessVariable<Integer> WORKER_REPRESENTATIVES =
        ProcessVariables.integer("workerRepresentativesPresent");
    /** The minutes' text (a summary; the signed minutes may be attached in full). */
    public static final ProcessVariable<String> MINUTES = ProcessVariables.text("conferenceMinutes");
    /** The signed minutes, optional (PDF, DOCX or an image). */
    public static final ProcessVariable<FileValue> SIGNED_MINUTES = ProcessVariables.file("signedMinutes");
    /**
     * The chairman's conclusions, a JSON list of {@code {"text", "departmentCode"?, "deadline"? (ISO date),
     * "relatedPetitions"? [ids]}}; one with a department and a deadline is a commitment.
     */
    public static final ProcessVariable<String> CONCLUSIONS = ProcessVariables.json("chairmanConclusions");
    /** Petitions answered orally, a JSON list of {@code {"petitionId", "answer"}}. */
    public static final ProcessVariable<String> ORAL_ANSWERS = ProcessVariables.json("answersAtConference");

    private Vars() {}
  }

  private ConferenceSession() {}
}
