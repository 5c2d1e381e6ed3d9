package vn.org.congdoanhanoi.phoihop.dialogue.conference;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Service;
import vn.org.congdoanhanoi.phoihop.dialogue.PlanId;
import vn.org.congdoanhanoi.phoihop.dialogue.conference.DialogueConference.Vars;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.Conferences;
import vn.org.congdoanhanoi.phoihop.followup.DeadlineChanges;
import vn.org.congdoanhanoi.phoihop.kernel.access.Groups;
import vn.org.congdoanhanoi.phoihop.kernel.api.ConflictException;
import vn.org.congdoanhanoi.phoihop.kernel.api.ForbiddenException;
import vn.org.congdoanhanoi.phoihop.kernel.api.NotFoundException;
import vn.org.congdoanhanoi.phoihop.kernel.time.EngineClock;
import vn.org.congdoanhanoi.phoihop.kernel.time.VietnameseDates;
import vn.org.congdoanhanoi.phoihop.kernel.time.WorkingDayCalendar;
import vn.org.congdoanhanoi.phoihop.validation.Submission;

/**
 * The district federation extends the petition deadline of its whole plan while collection is still open: the
 * conference's dates and every union still open move together, through {@link DeadlineChanges} (the conference's own
 * variables in {@code ConferenceFollowsPetitionDeadline}, its unions in {@code UnionsFollowTheirConference}, each
 * union's follow-up because it watches its union), in one transaction. The plan's row is locked first, so two
 * extensions at once are taken one after the other.
 */
@Service
@RequiredArgsConstructor
public class PetitionDeadlineExtension {

  private final Conferences conferences;
  private final DeadlineChanges deadlineChanges;
  private final ProcessEngineConfigurationImpl engineConfiguration;
  private final WorkingDayCalendar calendar;
  private final EngineClock clock;

  /**
   * The plan's dates after the extension, and what moved with it: the process instances (the conference, its open
   * unions and their follow-ups), their tasks and their timers.
   */
  public record Extended(LocalDate petitionDeadline, OffsetDateTime petitionsCloseAt,
                         OffsetDateTime consolidationDueAt, int processInstances, int tasks, int timers,
                         String message) {}

  /** 400 per field, 403 for anyone but the district's federation and administrators, 404, 409 once closed. */
  public Extended extend(Map<String, ?> body, List<String> groups) {
    Submission s = Submission.of(body);
    PlanId plan = PlanId.read(s);
    LocalDate deadline = s.requiredDate(Vars.PETITION_DEADLINE, "hạn gửi kiến nghị mới (petitionDeadline)");
    s.throwIfInvalid("Không thể gia hạn gửi kiến nghị");
    if (!groups.contains(Groups.federation(plan.districtCode())) && !groups.contains(Groups.ADMINISTRATORS)) {
      throw new ForbiddenException("Chỉ LĐLĐ '" + plan.districtCode() + "' gia hạn gửi kiến nghị theo "
          + plan.describe() + ".");
    }
    return engineConfiguration.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(
        () -> extend(plan, deadline, context.getProcessEngineConfiguration().getRuntimeService(),
            context.getProcessEngineConfiguration().getManagementService())));
  }

  private Extended extend(PlanId plan, LocalDate deadline, RuntimeService runtime, ManagementService management) {
    Conferences.Conference conference = conferences.lock(plan)
        .filter(c -> runtime.createProcessInstanceQuery().processInstanceId(c.processInstanceId()).count() > 0)
        .orElseThrow(() -> new NotFoundException("Không có Hội nghị đối thoại đang thực hiện theo " + plan.describe()
            + "."));
    String id = conference.processInstanceId();
    Map<String, Object> now = runtime.getVariables(id);
    boolean collecting = management.createJobQuery().processInstanceId(id).timers()
        .activityId(DialogueConference.Elements.PETITION_DEADLINE).count() > 0
        && clock.instant().isBefore(Vars.PETITIONS_CLOSE_AT.required(now).toInstant());
    LocalDate current = Vars.PETITION_DEADLINE.required(now);
    if (!collecting) {
      throw new ConflictException("Đã hết hạn gửi kiến nghị (" + VietnameseDates.shortDate(current) + ") theo "
          + plan.describe() + " và việc tổng hợp đã bắt đầu; không thể gia hạn cho mọi công đoàn cơ sở nữa.");
    }
    Submission s = Submission.of(Map.of());
    LocalDate conferenceDate = Vars.CONFERENCE_DATE.required(now);
    s.check(deadline.isAfter(current), Vars.PETITION_DEADLINE, "Hạn mới " + VietnameseDates.shortDate(deadline)
        + " phải sau hạn hiện tại " + VietnameseDates.shortDate(current) + ".");
    s.check(deadline.isBefore(conferenceDate), Vars.PETITION_DEADLINE, "Hạn mới "
        + VietnameseDates.shortDate(deadline) + " phải trước ngày tổ chức Hội nghị "
        + VietnameseDates.shortDate(conferenceDate) + ".");
    s.check(calendar.covers(deadline.getYear()), Vars.PETITION_DEADLINE, "Chưa có lịch ngày nghỉ của năm "
        + deadline.getYear() + "; quản trị viên cần bổ sung tệp lịch (PHOIHOP_CALENDAR_FILE) trước.");
    s.throwIfInvalid("Không thể gia hạn gửi kiến nghị");
    DeadlineChanges.Result result = deadlineChanges.change(id, deadline);
    Map<String, Object> after = runtime.getVariables(id);
    return new Extended(deadline, Vars.PETITIONS_CLOSE_AT.required(after), Vars.CONSOLIDATION_DUE_AT.required(after),
        result.processInstances(), result.tasks(), result.timers(), "Đã gia hạn gửi kiến nghị theo "
        + plan.describe() + " đến hết ngày " + VietnameseDates.shortDate(deadline) + ": "
        + result.processInstances() + " phiên quy trình, " + result.tasks() + " công việc đổi hạn xử lý, "
        + result.timers() + " mốc hẹn giờ được tính lại.");
  }
}
