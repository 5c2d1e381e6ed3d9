package vn.org.congdoanhanoi.phoihop.reporting.document;

import java.util.List;

/**
 * Sends an issued report to its readers (the city standing committee). The product's mail service is added in
 * another line of work; until then {@link LoggingReportDistribution} records what would be sent. A mail-based
 * implementation only has to be a Spring bean of this type: the logging one then steps aside.
 */
public interface ReportDistribution {

  void distribute(IssuedReport report);

  /**
   * @param recipients mailboxes of the readers, e.g. the members of the city standing committee
   * @param subject the mail's subject: "Báo cáo số 15/BC-LĐLĐ: Kết quả …"
   */
  record IssuedReport(String symbol, String subject, String body, List<String> recipients, String fileName,
                      String contentType, byte[] content) {}
}
