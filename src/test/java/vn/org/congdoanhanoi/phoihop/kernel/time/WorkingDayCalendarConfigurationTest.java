package vn.org.congdoanhanoi.phoihop.kernel.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import vn.org.congdoanhanoi.phoihop.kernel.time.EngineClock;

/** The bean factory called directly, as Spring would with the resolved property: no application context. */
class WorkingDayCalendarConfigurationTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  @Test
  void theDefaultLocationIsTheShippedFile() throws IOException {
    Resource file = new DefaultResourceLoader().getResource("classpath:deadline/holidays-vn.yaml");
    WorkingDayCalendar calendar = new WorkingDayCalendarConfiguration().workingDayCalendar(file, new EngineClock());
    assertThat(calendar.covers(2026)).isTrue();
  }

  @Test
  void anAdministratorsCopyOutsideTheApplicationIsReadFromAFileUrl(@TempDir Path dir) throws IOException {
    Path copy = dir.resolve("holidays-vn.yaml");
    Files.writeString(copy, WorkingDayCalendarTest.shippedFile() + """
          - year: 2028
            provisional: true
            off:
              - date: 2028-01-01
                name: Tết Dương lịch
        """, StandardCharsets.UTF_8);
    Resource file = new DefaultResourceLoader().getResource("file:" + copy);

    WorkingDayCalendar calendar = WorkingDayCalendarConfiguration.load(file, TODAY);

    assertThat(calendar.covers(2028)).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2028, 1, 3))).isTrue();
  }

  @Test
  void aMissingFileStopsTheStartWithTheSettingToFix() {
    Resource file = new DefaultResourceLoader().getResource("file:/khong/co/holidays-vn.yaml");
    assertThatThrownBy(() -> WorkingDayCalendarConfiguration.load(file, TODAY))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Không tìm thấy tệp ngày nghỉ")
        .hasMessageContaining("PHOIHOP_CALENDAR_FILE");
  }

  @Test
  void aBadFileStopsTheStartWithItsProblems() {
    Resource file = new ByteArrayResource("years:\n  - year: 2030\n    off:\n      - date: 2030-02-30\n        name: x\n"
        .getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> WorkingDayCalendarConfiguration.load(file, TODAY))
        .isInstanceOf(InvalidHolidayFileException.class)
        .hasMessageContaining("Dòng 4, trường 'years[0].off[0].date'");
  }
}
