package vn.org.congdoanhanoi.phoihop.directive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import vn.org.congdoanhanoi.phoihop.kernel.access.UnitKind;
import vn.org.congdoanhanoi.phoihop.kernel.time.EngineClock;
import vn.org.congdoanhanoi.phoihop.kernel.time.WorkingDayCalendar;
import vn.org.congdoanhanoi.phoihop.organization.OrganizationDirectory;
import vn.org.congdoanhanoi.phoihop.organization.Unit;
import vn.org.congdoanhanoi.phoihop.kernel.time.HolidayFileParser;
import vn.org.congdoanhanoi.phoihop.validation.AttachmentPolicy;
import vn.org.congdoanhanoi.phoihop.validation.Violation;

/** The directive family's validators and the duties of a directive, without an engine. */
class DirectiveValidatorsTest {

  private static final WorkingDayCalendar CALENDAR = calendar();
  private final OrganizationDirectory organization = organization("gialam", "donganh", "socson");
  private final DirectiveStartValidator start = new DirectiveStartValidator(organization, CALENDAR);

  static WorkingDayCalendar calendar() {
    try (java.io.InputStream in = DirectiveValidatorsTest.class.getResourceAsStream("/deadline/holidays-vn.yaml")) {
      return HolidayFileParser.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private static OrganizationDirectory organization(String... codes) {
    OrganizationDirectory directory = mock(OrganizationDirectory.class);
    when(directory.unit(anyString())).thenReturn(Optional.empty());
    for (String code : codes) {
      when(directory.unit(code)).thenReturn(Optional.of(new Unit(code, UnitKind.DISTRICT, null, code, "LĐLĐ " + code,
          "Huyện ủy " + code, null, null, true, false)));
    }
    return directory;
  }

  private Map<String, Object> letter(String items) {
    return DirectiveDriver.letter("865-CV/HU", "2023-03-07", "thanhpho", items);
  }

  private static List<String> fields(List<Violation> violations) {
    return violations.stream().map(Violation::field).toList();
  }

  @Test
  void seed003IsAccepted() {
    assertThat(start.validate(letter(DirectiveDriver.items(
        DirectiveDriver.item("1", "Đại hội Công đoàn cơ sở", "2023-05-31", List.of("gialam", "donganh", "socson")),
        DirectiveDriver.item("2", "Đại hội Công đoàn huyện", "2023-07-31", List.of("gialam")))))).isEmpty();
  }

  @Test
  void eachItemsProblemIsNamedByTheItemAndItsField() {
    List<Violation> violations = start.validate(letter(DirectiveDriver.items(
        DirectiveDriver.item("1", "Đại hội", "2023-03-06", List.of("gialam", "gialam")),
        DirectiveDriver.item("1", "", "2023-13-01", List.of("khongco")),
        DirectiveDriver.item("x y", "Hạn ngoài lịch", "2031-01-05", List.of()))));
    assertThat(fields(violations)).containsExactlyInAnyOrder("items[0].deadline", "items[0].recipients",
        "items[1].code", "items[1].title", "items[1].deadline", "items[1].recipients", "items[2].code",
        "items[2].deadline", "items[2].recipients");
    assertThat(violations.get(0).message()).startsWith("Nhiệm vụ thứ 1 (mã '1'): hạn hoàn thành (deadline) 06/03/2023 "
        + "trước ngày ban hành");
    assertThat(violations).anyMatch(v -> v.message().contains("'gialam' bị lặp lại"))
        .anyMatch(v -> v.message().contains("'khongco' không có"))
        .anyMatch(v -> v.message().contains("năm 2031"));
  }

  @Test
  void missingMalformedOrEmptyItemsAndAnUnknownIssuerAreRefused() {
    Map<String, Object> values = new HashMap<>(letter("không phải JSON"));
    values.put(Directive.Vars.ISSUER.name(), "tamduong");
    values.remove(Directive.Vars.SUBJECT.name());
    assertThat(fields(start.validate(values))).containsExactlyInAnyOrder(Directive.Vars.ISSUER.name(),
        Directive.Vars.SUBJECT.name(), Directive.Vars.ITEMS.name());
    assertThat(fields(start.validate(letter("[]")))).containsExactly(Directive.Vars.ITEMS.name());
    assertThat(fields(start.validate(letter("[1]")))).containsExactly("items[0]");
  }

  @Test
  void aReportIsDoneWithItsEvidenceInProgressWithAFutureDateOrBlockedWithItsObstacle() {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2023, 5, 20, 9, 0).atZone(WorkingDayCalendar.ZONE).toInstant()));
    ReportProgressValidator report = new ReportProgressValidator(new AttachmentPolicy(DataSize.ofMegabytes(10)),
        new EngineClock());
    assertThat(report.validate(Map.of(DirectiveDuty.Vars.PROGRESS.name(), "DONE",
        DirectiveDuty.Vars.COMPLETED_ON.name(), "2023-05-19", DirectiveDuty.Vars.EVIDENCE.name(), "Biên bản",
        DirectiveDuty.Vars.EVIDENCE_FILE.name(), Variables.fileValue("bb.pdf")
            .file("%PDF-1.4 x".getBytes(StandardCharsets.UTF_8)).mimeType("application/pdf").create()), List.of()))
        .isEmpty();
    assertThat(fields(report.validate(Map.of(DirectiveDuty.Vars.PROGRESS.name(), "DONE",
        DirectiveDuty.Vars.COMPLETED_ON.name(), "2023-05-21"), List.of())))
        .containsExactly(DirectiveDuty.Vars.COMPLETED_ON.name(), DirectiveDuty.Vars.EVIDENCE.name());
    assertThat(fields(report.validate(Map.of(DirectiveDuty.Vars.PROGRESS.name(), "DONE",
        DirectiveDuty.Vars.COMPLETED_ON.name(), "2023-05-19", DirectiveDuty.Vars.EVIDENCE.name(), "Biên bản",
        DirectiveDuty.Vars.EVIDENCE_FILE.name(), Variables.fileValue("bb.exe")
            .file(new byte[] {'M', 'Z', 0, 0}).mimeType("application/pdf").create()), List.of())))
        .containsExactly(DirectiveDuty.Vars.EVIDENCE_FILE.name());
    assertThat(fields(report.validate(Map.of(DirectiveDuty.Vars.PROGRESS.name(), "IN_PROGRESS",
        DirectiveDuty.Vars.EXPECTED_ON.name(), "2023-05-19"), List.of())))
        .containsExactly(DirectiveDuty.Vars.EXPECTED_ON.name());
    assertThat(fields(report.validate(Map.of(DirectiveDuty.Vars.PROGRESS.name(), "BLOCKED"), List.of())))
        .containsExactly(DirectiveDuty.Vars.OBSTACLE.name());
    assertThat(fields(report.validate(Map.of(DirectiveDuty.Vars.PROGRESS.name(), "LATER"), List.of())))
        .containsExactly(DirectiveDuty.Vars.PROGRESS.name());
  }

  @Test
  void theIssuerExtendsPastTheCurrentDeadlineOrExcusesWithAReason() {
    ObstacleDecisionValidator decision = new ObstacleDecisionValidator(CALENDAR);
    assertThat(fields(decision.validate(Map.of(DirectiveDuty.Vars.OBSTACLE_DECISION.name(), "EXTEND",
        DirectiveDuty.Vars.NEW_DEADLINE.name(), "2023-05-31", DirectiveDuty.Vars.DEADLINE.name(), "2023-05-31"),
        List.of()))).containsExactly(DirectiveDuty.Vars.NEW_DEADLINE.name());
    assertThat(decision.validate(Map.of(DirectiveDuty.Vars.OBSTACLE_DECISION.name(), "EXTEND",
        DirectiveDuty.Vars.NEW_DEADLINE.name(), "2023-06-30", DirectiveDuty.Vars.DEADLINE.name(), "2023-05-31"),
        List.of())).isEmpty();
    assertThat(fields(decision.validate(Map.of(DirectiveDuty.Vars.OBSTACLE_DECISION.name(), "EXCUSE"), List.of())))
        .containsExactly(DirectiveDuty.Vars.DECISION_NOTE.name());
    assertThat(decision.validate(Map.of(DirectiveDuty.Vars.OBSTACLE_DECISION.name(), "CONTINUE"), List.of())).isEmpty();
    assertThat(fields(new CloseDirectiveValidator().validate(Map.of(), List.of())))
        .containsExactly(Directive.Vars.SUMMARY.name());
  }

  @Test
  void aDutyRunsPerRecipientAndItemAndTheRecipientsAreListedOnce() {
    List<DirectiveItem> items = DirectiveItem.parse(DirectiveDriver.items(
        DirectiveDriver.item("1", "Đại hội Công đoàn cơ sở", "2023-05-31", List.of("gialam", "donganh", "socson")),
        DirectiveDriver.item("2", "Đại hội Công đoàn huyện", "2023-07-31", List.of("donganh", "gialam"))));
    List<String> assignments = DirectiveAssignments.of(items);
    assertThat(assignments).containsExactly("gialam|1", "donganh|1", "socson|1", "donganh|2", "gialam|2");
    assertThat(DirectiveAssignments.recipients(items)).containsExactly("gialam", "donganh", "socson");
    DirectiveAssignments model = new DirectiveAssignments();
    String json = DirectiveDriver.items(
        DirectiveDriver.item("2", "Đại hội Công đoàn huyện", "2023-07-31", List.of("donganh")));
    assertThat(model.unitCode("donganh|2")).isEqualTo("donganh");
    assertThat(model.itemCode("donganh|2")).isEqualTo("2");
    assertThat(model.itemTitle(json, "donganh|2")).isEqualTo("Đại hội Công đoàn huyện");
    assertThat(model.deadline(json, "donganh|2")).isEqualTo("2023-07-31");
    assertThat(new DirectiveIssuers(organization).groups("thanhpho")).isEqualTo("city-office");
    assertThat(new DirectiveIssuers(organization).groups("gialam")).isEqualTo("gialam-federation,gialam-party");
  }
}
