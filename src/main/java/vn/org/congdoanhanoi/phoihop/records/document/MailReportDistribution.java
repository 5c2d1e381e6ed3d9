package vn.org.congdoanhanoi.phoihop.records.document;

import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.notification.MailRequest;
import vn.org.congdoanhanoi.phoihop.notification.Notifications;
import vn.org.congdoanhanoi.phoihop.records.register.OutgoingDocumentFiles;

/**
 * Mails an issued report, with the document attached, to its readers. The mail is queued in the caller's
 * transaction and sent by its own job, so the report and its mail exist together and an SMTP outage ends in a
 * retryable incident rather than a lost report. The mail names the register's file, which is read when it is sent:
 * the document is kept once, in the register, not again in the mail's variables and history.
 */
@Component
@RequiredArgsConstructor
public class MailReportDistribution implements ReportDistribution {

  static final String TEMPLATE = "report-issued";

  private final Notifications notifications;
  private final OutgoingDocumentFiles files;

  @Override
  public void distribute(IssuedReport report) {
    List<String> paragraphs = List.of(report.body().split("\\R\\R"));
    MailRequest mail = MailRequest.of(TEMPLATE, idempotencyKey(report.documentId()), report.recipients(), report.subject(),
            Map.of("subject", report.subject(), "symbol", report.symbol(), "fileName", report.fileName(),
                "paragraphs", paragraphs))
        .withAttachment(MailRequest.Attachment.stored(report.fileName(), report.contentType(),
            files.reference(report.documentId())));
    notifications.requestMail(mail);
  }

  /** One mail per issued document; the register's id is ASCII, as a Message-ID must be. */
  public static String idempotencyKey(String documentId) {
    return "report-issued-" + documentId;
  }
}
