package vn.org.congdoanhanoi.phoihop.signing.report;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Due dates of the signing milestones in the compliance matrix, and the recipients of the consolidated report
 * ({@code phoihop.reporting.signing} in application.yaml). The tasks' own due dates (bpmn/unit-signing.bpmn) are
 * reminders counted from when each task opens; these count from the campaign's letter, so every unit is held to
 * the same dates.
 *
 * @param proposalWorkingDays the proposal is due this many working days after the letter's date (capped at the
 *     campaign deadline)
 * @param opinionWorkingDays the Party committee's opinion is due this many working days after the letter's date
 *     (capped at the deadline)
 * @param scheduleWorkingDaysBeforeDeadline the ceremony must be scheduled this many working days before the
 *     deadline, so the city's leaders can plan to attend
 * @param reportWorkingDaysAfterSigning the result is reported within this many working days of the signing
 * @param recipients the "Nơi nhận" lines of the consolidated report
 */
@ConfigurationProperties("phoihop.reporting.signing")
public record SigningReportProperties(Integer proposalWorkingDays, Integer opinionWorkingDays,
                                      Integer scheduleWorkingDaysBeforeDeadline,
                                      Integer reportWorkingDaysAfterSigning, List<String> recipients) {

  public SigningReportProperties {
    proposalWorkingDays = proposalWorkingDays == null ? 10 : proposalWorkingDays;
    opinionWorkingDays = opinionWorkingDays == null ? 15 : opinionWorkingDays;
    scheduleWorkingDaysBeforeDeadline = scheduleWorkingDaysBeforeDeadline == null ? 5
        : scheduleWorkingDaysBeforeDeadline;
    reportWorkingDaysAfterSigning = reportWorkingDaysAfterSigning == null ? 5 : reportWorkingDaysAfterSigning;
    recipients = recipients == null || recipients.isEmpty()
        ? List.of("Thường trực Thành ủy (để báo cáo);", "Ban Dân vận Thành ủy;", "Thường trực LĐLĐ TP;",
            "Các đơn vị tham gia ký kết;", "Lưu VT.")
        : List.copyOf(recipients);
  }
}
