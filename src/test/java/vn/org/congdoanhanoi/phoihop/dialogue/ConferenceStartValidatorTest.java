package vn.org.congdoanhanoi.phoihop.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.org.congdoanhanoi.phoihop.dialogue.GrassrootsUnions.Union;
import vn.org.congdoanhanoi.phoihop.dialogue.conference.ConferenceStartValidator;
import vn.org.congdoanhanoi.phoihop.dialogue.conference.DialogueConference.Vars;
import vn.org.congdoanhanoi.phoihop.kernel.access.UnitKind;
import vn.org.congdoanhanoi.phoihop.kernel.time.EngineClock;
import vn.org.congdoanhanoi.phoihop.kernel.time.HolidayFileParser;
import vn.org.congdoanhanoi.phoihop.kernel.time.WorkingDayCalendar;
import vn.org.congdoanhanoi.phoihop.organization.LocalityType;
import vn.org.congdoanhanoi.phoihop.organization.OrganizationDirectory;
import vn.org.congdoanhanoi.phoihop.organization.Unit;
import vn.org.congdoanhanoi.phoihop.records.matter.MatterRegistry;
import vn.org.congdoanhanoi.phoihop.validation.Violation;

/** The start rules of dialogue-conference without an engine: dates by the clock, unions by district, the plan's end. */
class ConferenceStartValidatorTest {

  final OrganizationDirectory organization = mock(OrganizationDirectory.class);
  final GrassrootsUnions unions = mock(GrassrootsUnions.class);
  final MatterRegistry matters = mock(MatterRegistry.class);
  final EngineClock clock = mock(EngineClock.class);
  final ConferenceStartValidator validator = new ConferenceStartValidator(organization, unions, matters, calendar(),
      clock);

  ConferenceStartValidatorTest() {
    when(clock.today()).thenReturn(LocalDate.of(2023, 4, 24));
    when(organization.unit("gialam")).thenReturn(Optional.of(new Unit("gialam", UnitKind.DISTRICT,
        LocalityType.HUYEN, "Gia Lâm", "Liên đoàn Lao động huyện Gia Lâm", "Huyện ủy Gia Lâm", null, null, true, false)));
    when(unions.of("gialam")).thenReturn(List.of(new Union("gl-dienluc", "Công đoàn Điện lực Gia Lâm", "gialam")));
    when(unions.union("da-dongtam")).thenReturn(Optional.of(new Union("da-dongtam", "Công đoàn Đông Tâm", "donganh")));
  }

  static WorkingDayCalendar calendar() {
    try (InputStream in = ConferenceStartValidatorTest.class.getResourceAsStream("/deadline/holidays-vn.yaml")) {
      return HolidayFileParser.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void planFourHundredSeventySevenIsValid() {
    assertThat(validator.validate(DialogueDriver.plan("477/KH-LĐLĐ"))).isEmpty();
  }

  @Test
  void anotherDistrictsUnionIsNamedWithItsDistrict() {
    Map<String, Object> plan = DialogueDriver.plan("477/KH-LĐLĐ");
    Vars.GRASSROOTS_UNITS.putInto(plan, List.of("gl-dienluc", "da-dongtam"));
    List<Violation> violations = validator.validate(plan);
    assertThat(violations).extracting(Violation::field).containsExactly(Vars.GRASSROOTS_UNITS.name());
    assertThat(violations.get(0).message()).contains("'da-dongtam' thuộc LĐLĐ 'donganh', không thuộc 'gialam'");
  }

  @Test
  void aDistrictWithoutUnionsCannotHoldItsConferenceYet() {
    when(unions.of("gialam")).thenReturn(List.of());
    assertThat(validator.validate(DialogueDriver.plan("477/KH-LĐLĐ"))).extracting(Violation::message)
        .anySatisfy(message -> assertThat(message).contains("chưa có công đoàn cơ sở nào"));
  }

  @Test
  void aHolidayConferenceAndAFutureIssueDateAreRefused() {
    Map<String, Object> plan = DialogueDriver.plan("477/KH-LĐLĐ");
    plan.put(Vars.CONFERENCE_DATE.name(), "2023-05-01");
    plan.put(Vars.PETITION_DEADLINE.name(), "2023-04-28");
    plan.put(Vars.ISSUED_ON.name(), "2023-04-25");
    List<Violation> violations = validator.validate(plan);
    assertThat(violations).extracting(Violation::field)
        .containsExactlyInAnyOrder(Vars.CONFERENCE_DATE.name(), Vars.ISSUED_ON.name());
    assertThat(violations).extracting(Violation::message).anySatisfy(m -> assertThat(m).contains("ngày nghỉ"));
  }

  @Test
  void aCompletedPlanIsNotStartedAgain() {
    when(matters.completed(new PlanId("gialam", 2023, "477/KH-LĐLĐ").matterKey())).thenReturn(true);
    assertThat(validator.validate(DialogueDriver.plan("477/KH-LĐLĐ"))).extracting(Violation::message)
        .containsExactly("Hội nghị đối thoại theo kế hoạch số 477/KH-LĐLĐ năm 2023 (gialam) đã kết thúc; mỗi kế "
            + "hoạch chỉ thực hiện một lần. Hãy kiểm tra số kế hoạch và ngày ban hành (issuedOn).");
  }
}
