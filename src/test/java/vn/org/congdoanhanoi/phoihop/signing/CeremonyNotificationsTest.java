package vn.org.congdoanhanoi.phoihop.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.org.congdoanhanoi.phoihop.NotificationTestServers;
import vn.org.congdoanhanoi.phoihop.PostgresIntegrationTest;
import vn.org.congdoanhanoi.phoihop.meeting.InvitationVars;
import vn.org.congdoanhanoi.phoihop.notification.NotificationJobs;
import vn.org.congdoanhanoi.phoihop.notification.ReceivedMail;
import vn.org.congdoanhanoi.phoihop.signing.unit.UnitSigning;

/**
 * A unit's ceremony: the invitation carries a calendar event (parsed back with ical4j) to every participant, the
 * press included; a reschedule updates the same event, giving up cancels it; the news desk hears of each booking.
 */
@PostgresIntegrationTest
class CeremonyNotificationsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired
  ProcessEngine engine;

  @BeforeEach
  void initAssertions() {
    AbstractAssertions.init(engine);
  }

  @Test
  void anInvitationIsUpdatedWhenTheCeremonyMovesAndCancelledWhenTheUnitGivesUp() throws Exception {
    String number = "9402/LĐLĐ";
    SigningDriver d = SigningDriver.start(engine, SigningDriver.campaign(number, List.of("hoangmai")));
    ProcessInstance campaign = d.campaign();
    ProcessInstance unit = d.unit("hoangmai");
    d.complete("hoangmai.ldld", unit, UnitSigning.Elements.PROPOSAL, SigningDriver.proposal("LOCALITY"));
    d.complete("hoangmai.capuy", unit, UnitSigning.Elements.COMMITTEE_OPINION, SigningDriver.approval());
    d.executeJobs(campaign.getId());
    d.complete("hoangmai.ldld", unit, UnitSigning.Elements.SCHEDULE_LOCAL,
        SigningDriver.schedule("2022-06-20", "09:00", "Hội trường Quận ủy Hoàng Mai"));
    assertThat(unit).hasPassed(UnitSigning.Elements.SEND_INVITATION, UnitSigning.Elements.ANNOUNCE_CEREMONY)
        .isWaitingAt(UnitSigning.Elements.CEREMONY_DAY);

    // Chosen with the first invitation and kept with the process (it names the letter's year).
    String uid = (String) engine.getRuntimeService().getVariable(unit.getId(), InvitationVars.UID.name());
    assertThat(uid).startsWith("le-ky-ket-");
    String keyPrefix = "ceremony-invitation." + uid.substring(0, uid.indexOf('@')) + ".";
    NotificationJobs jobs = new NotificationJobs(engine);
    ReceivedMail first = ReceivedMail.withMessageId(jobs.sendMail(keyPrefix + "0"));
    assertThat(first.subject()).isEqualTo(
        "Giấy mời: Lễ ký kết của Liên đoàn Lao động quận Hoàng Mai, 09:00 ngày 20/06/2022");
    assertThat(first.text()).contains("GIẤY MỜI", "Thời gian: 09:00 ngày 20/06/2022",
        "Địa điểm: Hội trường Quận ủy Hoàng Mai", "Phát biểu của đồng chí Chủ tịch Liên đoàn Lao động thành phố Hà Nội");
    assertThat(first.recipients()).contains("hoangmai@congdoanhanoi.org.vn", "hoangmai.ldld@demo.phoihop.example",
        "hoangmai.capuy@demo.phoihop.example", "thuongtruc@demo.phoihop.example", "truongban@demo.phoihop.example",
        "vanphong@congdoanhanoi.org.vn", "toasoan@laodongthudo.example", "trangweb@congdoanhanoi.example");
    assertThat(first.contentType("text/calendar")).contains("method=REQUEST");
    assertThat(first.attachment("invite.ics")).isEqualTo(first.calendar());

    VEvent invited = event(first.calendar(), "REQUEST");
    assertThat(text(invited, Property.UID)).isEqualTo(uid);
    assertThat(text(invited, Property.SEQUENCE)).isEqualTo("0");
    assertThat(start(invited)).isEqualTo(Instant.parse("2022-06-20T02:00:00Z"));
    assertThat(end(invited)).isEqualTo(Instant.parse("2022-06-20T03:00:00Z"));
    assertThat(text(invited, Property.LOCATION)).isEqualTo("Hội trường Quận ủy Hoàng Mai");
    assertThat(text(invited, Property.SUMMARY)).isEqualTo("Lễ ký kết của Liên đoàn Lao động quận Hoàng Mai");
    assertThat(invited.getProperties(Property.ATTENDEE).stream().map(p -> p.getValue()).toList())
        .contains("mailto:hoangmai@congdoanhanoi.org.vn", "mailto:hoangmai.capuy@demo.phoihop.example",
            "mailto:thuongtruc@demo.phoihop.example", "mailto:toasoan@laodongthudo.example")
        .hasSize(first.recipients().size());

    // The news desk hears of the booking.
    String ceremonyId = (String) engine.getRuntimeService().getVariable(unit.getId(),
        UnitSigning.Vars.CEREMONY_ID.name());
    ProcessInstance webhook = jobs.webhook("ceremony-scheduled." + ceremonyId);
    assertThat(jobs.deliver(webhook)).isEmpty();
    NotificationTestServers.Received news = NotificationTestServers.webhooksReceived().stream()
        .filter(r -> ("ceremony-scheduled." + ceremonyId).equals(r.header("Idempotency-Key"))).findFirst().orElseThrow();
    JsonNode body = JSON.readTree(news.body());
    assertThat(body.get("event").asText()).isEqualTo("ceremony.scheduled");
    assertThat(body.at("/data/venue").asText()).isEqualTo("Hội trường Quận ủy Hoàng Mai");
    assertThat(body.at("/data/startsAt").asText()).isEqualTo("2022-06-20T09:00+07:00");
    assertThat(body.at("/data/units/0/name").asText()).isEqualTo("Liên đoàn Lao động quận Hoàng Mai");

    // Postponed, then held on another day: the same event, a higher SEQUENCE, the new time.
    d.fireTimer(unit, UnitSigning.Elements.CEREMONY_DAY, campaign.getId());
    d.complete("hoangmai.ldld", unit, UnitSigning.Elements.RECORD_OUTCOME,
        Map.of(UnitSigning.Vars.CEREMONY_OUTCOME.name(), "POSTPONED", UnitSigning.Vars.POSTPONED_REASON.name(),
            "Trùng lịch họp Thành ủy"));
    d.complete("hoangmai.ldld", unit, UnitSigning.Elements.SCHEDULE_LOCAL,
        SigningDriver.schedule("2022-06-24", "15:30", "Hội trường UBND quận Hoàng Mai"));
    ReceivedMail update = ReceivedMail.withMessageId(jobs.sendMail(keyPrefix + "1"));
    assertThat(update.subject()).startsWith("Thay đổi lịch: ");
    assertThat(update.text()).contains("THÔNG BÁO THAY ĐỔI LỊCH", "Thời gian: 15:30 ngày 24/06/2022");
    VEvent moved = event(update.calendar(), "REQUEST");
    assertThat(text(moved, Property.UID)).isEqualTo(uid);
    assertThat(text(moved, Property.SEQUENCE)).isEqualTo("1");
    assertThat(start(moved)).isEqualTo(Instant.parse("2022-06-24T08:30:00Z"));
    assertThat(text(moved, Property.LOCATION)).isEqualTo("Hội trường UBND quận Hoàng Mai");
    // The first booking no longer holds its slot.
    assertThat(engine.getRuntimeService().getVariable(unit.getId(), InvitationVars.CEREMONY_ID.name()))
        .isNotEqualTo(ceremonyId);

    // Postponed again, and the unit cannot hold it: the event is cancelled.
    d.fireTimer(unit, UnitSigning.Elements.CEREMONY_DAY, campaign.getId());
    d.complete("hoangmai.ldld", unit, UnitSigning.Elements.RECORD_OUTCOME,
        Map.of(UnitSigning.Vars.CEREMONY_OUTCOME.name(), "POSTPONED", UnitSigning.Vars.POSTPONED_REASON.name(),
            "Đồng chí Bí thư đi công tác"));
    d.complete("hoangmai.ldld", unit, UnitSigning.Elements.SCHEDULE_LOCAL,
        Map.of(UnitSigning.Vars.LOCAL_SCHEDULE_ACTION.name(), "NOT_HELD", UnitSigning.Vars.NOT_SIGNED_REASON.name(),
            "Không bố trí được thời gian trong quý II"));
    ReceivedMail cancel = ReceivedMail.withMessageId(jobs.sendMail(keyPrefix + "2"));
    assertThat(cancel.subject()).startsWith("Hủy: ");
    assertThat(cancel.contentType("text/calendar")).contains("method=CANCEL");
    VEvent cancelled = event(cancel.calendar(), "CANCEL");
    assertThat(text(cancelled, Property.UID)).isEqualTo(uid);
    assertThat(text(cancelled, Property.SEQUENCE)).isEqualTo("2");
    assertThat(text(cancelled, Property.STATUS)).isEqualTo("CANCELLED");
    d.executeJobs(campaign.getId());
    assertThat(unit).isEnded().hasPassed(UnitSigning.Elements.CANCEL_INVITATION, UnitSigning.Elements.END_NOT_SIGNED);
  }

  static VEvent event(String ics, String method) throws Exception {
    Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
    assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo(method);
    return calendar.<VEvent>getComponent(Component.VEVENT).orElseThrow();
  }

  static String text(VEvent event, String property) {
    return event.getProperty(property).orElseThrow().getValue();
  }

  static Instant start(VEvent event) {
    return Instant.from(((DateProperty<?>) event.getProperty(Property.DTSTART).orElseThrow()).getDate());
  }

  static Instant end(VEvent event) {
    return Instant.from(((DateProperty<?>) event.getProperty(Property.DTEND).orElseThrow()).getDate());
  }
}
