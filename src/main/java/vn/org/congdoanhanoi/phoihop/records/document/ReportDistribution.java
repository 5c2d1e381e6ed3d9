package vn.org.congdoanhanoi.phoihop.records.document;

import java.util.List;

/** Sends an issued report to its readers (the city standing committee); see {@link MailReportDistribution}. */
public interface ReportDistribution {

  void distribute(IssuedReport report);

  /**
   * @param documentId the register entry's id: unique, unlike the symbol, which restarts every year; its file (the
   *     register keeps it) is what the readers get
   * @param subject the mail's subject: "Báo cáo số 15/BC-LĐLĐ: Kết quả …"
   * @param recipients mailboxes of the readers, e.g. the members of the city standing committee
   */
  record IssuedReport(String documentId, String symbol, String subject, String body, List<String> recipients,
                      String fileName, String contentType) {}
}
