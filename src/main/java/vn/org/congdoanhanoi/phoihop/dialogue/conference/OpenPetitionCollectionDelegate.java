package vn.org.congdoanhanoi.phoihop.dialogue.conference;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.dialogue.GrassrootsUnions;
import vn.org.congdoanhanoi.phoihop.dialogue.PlanId;
import vn.org.congdoanhanoi.phoihop.dialogue.conference.DialogueConference.Vars;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.Conferences;
import vn.org.congdoanhanoi.phoihop.followup.TaskDeadlines;
import vn.org.congdoanhanoi.phoihop.kernel.time.WorkingDayCalendar;
import vn.org.congdoanhanoi.phoihop.kernel.variables.ProcessVariables;

/**
 * {@code ServiceTask_OpenPetitionCollection}: fixes the unions taking part (the given ones, or every active union of
 * the district), opens the plan to every petition channel and sets when collection ends: the start of the day after
 * the petition deadline, Hà Nội time (plan 477/KH-LĐLĐ: petitions "trước ngày 10/5/2023", taken until that day ends),
 * and when the federation's consolidation is due.
 */
@Component
@RequiredArgsConstructor
public class OpenPetitionCollectionDelegate implements JavaDelegate {

  /** Working days the federation has after the petition deadline to consolidate for the chairman. */
  static final int CONSOLIDATION_WORKING_DAYS = 3;

  private final GrassrootsUnions unions;
  private final WorkingDayCalendar calendar;
  private final Conferences conferences;

  @Override
  public void execute(DelegateExecution execution) {
    String district = Vars.UNIT_CODE.required(execution);
    List<String> codes = Vars.GRASSROOTS_UNITS.optional(execution)
        .orElseGet(() -> unions.of(district).stream().map(GrassrootsUnions.Union::code).toList());
    LocalDate deadline = Vars.PETITION_DEADLINE.required(execution);
    PlanId plan = ValidateConferenceStartListener.plan(execution);
    conferences.open(plan, execution.getProcessInstanceId(), deadline, Vars.CONFERENCE_DATE.required(execution), codes);
    Vars.GRASSROOTS_UNITS.set(execution, codes);
    execution.setVariables(collectionDates(deadline));
  }

  /**
   * What follows from the petition deadline: when collection closes and when the consolidation is due. Set here at
   * the start and again when the federation extends the deadline for every union ({@code PetitionDeadlineExtension}).
   */
  Map<String, Object> collectionDates(LocalDate deadline) {
    Map<String, Object> dates = new HashMap<>();
    Vars.PETITION_DEADLINE.putInto(dates, deadline);
    Vars.CONSOLIDATION_DUE_AT.putInto(dates, TaskDeadlines.endOf(calendar.plusWorkingDays(deadline,
        CONSOLIDATION_WORKING_DAYS)).toInstant().atZone(ProcessVariables.ZONE).toOffsetDateTime());
    Vars.PETITIONS_CLOSE_AT.putInto(dates, closesAt(deadline));
    return dates;
  }

  /** The start of the day after the deadline, Hà Nội time: a petition sent on the deadline day is in time. */
  private static OffsetDateTime closesAt(LocalDate deadline) {
    return deadline.plusDays(1).atStartOfDay(ProcessVariables.ZONE).toOffsetDateTime();
  }
}
