package vn.org.congdoanhanoi.phoihop.dialogue.conference;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import vn.org.congdoanhanoi.phoihop.dialogue.DialogueTextRules;
import vn.org.congdoanhanoi.phoihop.dialogue.conference.DialogueConference.Vars;
import vn.org.congdoanhanoi.phoihop.kernel.access.Groups;
import vn.org.congdoanhanoi.phoihop.kernel.api.ConflictException;
import vn.org.congdoanhanoi.phoihop.kernel.api.ForbiddenException;
import vn.org.congdoanhanoi.phoihop.kernel.api.NotFoundException;
import vn.org.congdoanhanoi.phoihop.meeting.InvitationVars;
import vn.org.congdoanhanoi.phoihop.validation.Submission;

/**
 * Moves a confirmed conference to another slot before it takes place: the district's federation (or an
 * administrator) names the plan and the new date, time and venue; the conference books the new slot, frees the old
 * one and updates the invitation, all in one transaction. The diary's rules are checked in the booking itself,
 * after the old slot is freed, so a move by half an hour does not clash with the conference's own meeting.
 */
@Service
@RequiredArgsConstructor
public class ConferenceRescheduling {

  private final RuntimeService runtimeService;
  private final ProcessEngineConfigurationImpl engineConfiguration;

  /** The conference's slot after the move, and the SEQUENCE of the updated invitation. */
  public record Moved(LocalDate conferenceDate, LocalTime conferenceTime, String venue, int invitationSequence) {}

  /** 400 per field, 403 for anyone but the district's federation and administrators, 404, 409 when not movable. */
  public Moved reschedule(Map<String, ?> body, List<String> groups) {
    Submission s = Submission.of(body);
    String number = s.requiredText(Vars.PLAN_NUMBER, "số kế hoạch (planNumber)", 100);
    LocalDate issuedOn = s.requiredDate(Vars.ISSUED_ON, "ngày ban hành kế hoạch (issuedOn)");
    String district = s.requiredText(Vars.UNIT_CODE, "mã LĐLĐ quận, huyện (unitCode)", 64);
    LocalDate date = s.requiredDate(Vars.CONFERENCE_DATE, "ngày tổ chức mới (conferenceDate)");
    LocalTime time = s.requiredTime(Vars.CONFERENCE_TIME, "giờ bắt đầu mới (conferenceTime)");
    String venue = s.requiredText(Vars.VENUE, "địa điểm (venue)", DialogueTextRules.RULES.maxLength(Vars.VENUE));
    s.throwIfInvalid("Không thể đổi thời gian Hội nghị đối thoại");
    if (!groups.contains(Groups.federation(district)) && !groups.contains(Groups.ADMINISTRATORS)) {
      throw new ForbiddenException("Chỉ LĐLĐ '" + district + "' đổi được thời gian Hội nghị đối thoại của mình.");
    }
    return engineConfiguration.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(
        () -> move(number, issuedOn, district, date, time, venue.strip())));
  }

  private Moved move(String number, LocalDate issuedOn, String district, LocalDate date, LocalTime time,
                     String venue) {
    ProcessInstance conference = runtimeService.createProcessInstanceQuery().processDefinitionKey(DialogueConference.KEY)
        .processInstanceBusinessKey(number).variableValueEquals(Vars.UNIT_CODE.name(), district).list().stream()
        .filter(p -> issuedOn.equals(Vars.ISSUED_ON.parse(runtimeService.getVariable(p.getId(),
            Vars.ISSUED_ON.name()))))
        .findFirst().orElseThrow(() -> new NotFoundException("Không có Hội nghị đối thoại đang thực hiện theo kế "
            + "hoạch " + number + " ngày " + issuedOn + " của LĐLĐ '" + district + "'."));
    boolean waiting = runtimeService.createEventSubscriptionQuery().processInstanceId(conference.getId())
        .eventName(ConferenceDate.RESCHEDULED_MESSAGE).count() > 0;
    if (!waiting) {
      boolean booked = runtimeService.getVariable(conference.getId(), ConferenceDate.Vars.MEETING_ID.name()) != null;
      throw new ConflictException(booked
          ? "Hội nghị đối thoại theo kế hoạch " + number + " đã đến ngày tổ chức; không thể đổi thời gian."
          : "Thời gian Hội nghị đối thoại theo kế hoạch " + number + " chưa được xác nhận: hãy ghi ý kiến của Chủ "
              + "tịch UBND trong việc \"Xác nhận thời gian Hội nghị đối thoại\".");
    }
    Map<String, Object> proposed = new HashMap<>();
    ConferenceDate.Vars.PROPOSED_DATE.putInto(proposed, date);
    ConferenceDate.Vars.PROPOSED_TIME.putInto(proposed, time);
    ConferenceDate.Vars.PROPOSED_VENUE.putInto(proposed, venue);
    runtimeService.createMessageCorrelation(ConferenceDate.RESCHEDULED_MESSAGE).processInstanceId(conference.getId())
        .setVariables(proposed).correlateWithResult();
    Map<String, Object> now = runtimeService.getVariables(conference.getId());
    return new Moved(Vars.CONFERENCE_DATE.required(now), Vars.CONFERENCE_TIME.required(now), Vars.VENUE.required(now),
        InvitationVars.SEQUENCE.required(now));
  }
}
