package vn.org.congdoanhanoi.phoihop.signing.ceremony;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.meeting.Meeting;
import vn.org.congdoanhanoi.phoihop.meeting.MeetingDiary;
import vn.org.congdoanhanoi.phoihop.notification.NotificationWebhook;
import vn.org.congdoanhanoi.phoihop.notification.Notifications;
import vn.org.congdoanhanoi.phoihop.organization.OrganizationDirectory;
import vn.org.congdoanhanoi.phoihop.signing.unit.UnitSigning;

/**
 * {@code IntermediateThrowEvent_CeremonyScheduled} (unit-signing) and {@code IntermediateThrowEvent_JointCeremonyScheduled}
 * (cluster-ceremony): tells other systems (the website's news desk) when and where a ceremony takes place.
 * One event per booking: a rescheduled ceremony is a new booking and a new event.
 */
@Component
@RequiredArgsConstructor
class AnnounceCeremonyScheduledDelegate implements JavaDelegate {

  private final MeetingDiary diary;
  private final Ceremonies registry;
  private final OrganizationDirectory organization;
  private final Notifications notifications;

  @Override
  public void execute(DelegateExecution execution) {
    Meeting ceremony = diary.find(UnitSigning.Vars.CEREMONY_ID.required(execution)).orElseThrow();
    List<String> units = registry.units(ceremony.id());
    Map<String, Object> data = new LinkedHashMap<>();
    data.put(UnitSigning.Vars.DOCUMENT_NUMBER.name(), ceremony.documentNumber());
    data.put(UnitSigning.Vars.CEREMONY_ID.name(), ceremony.id());
    data.put("kind", ceremony.kind());
    data.put("title", ceremony.title());
    data.put("startsAt", ceremony.startsAtIso());
    data.put("endsAt", ceremony.endsAt().toString());
    data.put("venue", ceremony.venue());
    data.put("hostUnitCode", ceremony.hostUnitCode());
    data.put("units", units.stream().map(code -> Map.of("code", code, "name", organization.federation(code))).toList());
    notifications.requestWebhook(NotificationWebhook.Events.CEREMONY_SCHEDULED, "ceremony-scheduled." + ceremony.id(),
        data);
  }
}
