package vn.org.congdoanhanoi.phoihop.kernel.time;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import vn.org.congdoanhanoi.phoihop.kernel.time.EngineClock;

/**
 * Exposes the one {@link WorkingDayCalendar} of the application, read at start-up from the holiday file named by
 * {@code phoihop.calendar.file}. The shipped file is the default; an administrator adds a year by pointing
 * {@code PHOIHOP_CALENDAR_FILE} at a copy ({@code file:/etc/phoihop/holidays-vn.yaml}) and restarting, without a
 * rebuild. A bad file stops the start-up with every problem listed: running with a wrong calendar would compute
 * wrong deadlines for every unit.
 */
@Configuration
public class WorkingDayCalendarConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(WorkingDayCalendarConfiguration.class);

  @Bean
  WorkingDayCalendar workingDayCalendar(
      @Value("${phoihop.calendar.file:classpath:deadline/holidays-vn.yaml}") Resource file, EngineClock clock)
      throws IOException {
    return load(file, clock.today());
  }

  public static WorkingDayCalendar load(Resource file, LocalDate today) throws IOException {
    if (!file.exists()) {
      throw new IllegalStateException("Không tìm thấy tệp ngày nghỉ lễ, Tết " + file
          + " (phoihop.calendar.file, biến môi trường PHOIHOP_CALENDAR_FILE; đường dẫn ngoài ứng dụng ghi dạng "
          + "file:/duong/dan/holidays-vn.yaml)");
    }
    LOG.info("Loading the working-day calendar from {}", file);
    WorkingDayCalendar calendar = HolidayFileParser.parse(file.getContentAsString(StandardCharsets.UTF_8));
    LOG.info("Working-day calendar covers {}", calendar);
    // Deadlines are set weeks ahead: say early, in the log operators read, which year still needs data.
    for (int year = today.getYear(); year <= today.getYear() + 1; year++) {
      if (!calendar.covers(year)) {
        LOG.warn("The holiday file has no year {}: deadlines falling in it will be refused until the year is added "
            + "to the file named by PHOIHOP_CALENDAR_FILE", year);
      } else if (calendar.isProvisional(year)) {
        LOG.warn("Year {} of the holiday file is provisional (Tết, Giỗ Tổ and swaps not yet announced): deadlines "
            + "in it count those days as working days until the file is updated", year);
      }
    }
    return calendar;
  }
}
