package vn.org.congdoanhanoi.phoihop.directive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.org.congdoanhanoi.phoihop.kernel.time.EngineClock;
import vn.org.congdoanhanoi.phoihop.organization.OrganizationDirectory;
import vn.org.congdoanhanoi.phoihop.organization.Unit;
import vn.org.congdoanhanoi.phoihop.records.document.OfficialDocument;
import vn.org.congdoanhanoi.phoihop.records.document.OfficialDocument.Block;
import vn.org.congdoanhanoi.phoihop.records.document.OfficialDocument.Heading;
import vn.org.congdoanhanoi.phoihop.records.document.OfficialDocument.Paragraph;
import vn.org.congdoanhanoi.phoihop.records.document.OfficialDocument.Table;
import vn.org.congdoanhanoi.phoihop.records.document.OfficialDocumentDocx;
import vn.org.congdoanhanoi.phoihop.records.document.ReportDistribution;
import vn.org.congdoanhanoi.phoihop.records.document.ReportingProperties;
import vn.org.congdoanhanoi.phoihop.records.register.DocumentType;
import vn.org.congdoanhanoi.phoihop.records.register.IssueRequest;
import vn.org.congdoanhanoi.phoihop.records.register.OutgoingDocument;
import vn.org.congdoanhanoi.phoihop.records.register.OutgoingRegister;
import vn.org.congdoanhanoi.phoihop.records.register.StoredFile;
import vn.org.congdoanhanoi.phoihop.reporting.ComplianceFacts;
import vn.org.congdoanhanoi.phoihop.reporting.MilestoneFact;

/**
 * The summary that closes a directive ("BÁO CÁO Kết quả thực hiện văn bản số 865-CV/HU …"): the issuer's
 * assessment, then one line per recipient and item (deadline, done on, or why not), numbered in the outgoing
 * register, rendered as DOCX by {@code records.document} and mailed to every recipient's mailbox with the file.
 */
@Service
@RequiredArgsConstructor
public class DirectiveSummary {

  static final List<String> HEADERS = List.of("STT", "Nơi nhận", "Nhiệm vụ", "Hạn", "Kết quả");
  private static final List<Integer> WIDTHS = List.of(7, 27, 30, 12, 24);

  private final DirectiveRecords records;
  private final OfficialDocumentDocx docx;
  private final OutgoingRegister register;
  private final ReportingProperties reporting;
  private final ReportDistribution distribution;
  private final OrganizationDirectory organization;
  private final DirectiveIssuers issuers;
  private final EngineClock clock;

  /** Numbers, renders, keeps and mails the summary in the caller's transaction: a failure gives the number back. */
  @Transactional
  public OutgoingDocument issue(String documentNumber, int year, String summary, String processInstanceId) {
    DirectiveRecords.Issued directive = records.find(documentNumber, year).orElseThrow();
    ComplianceFacts facts = records.facts(directive);
    LocalDate today = clock.today();
    String subject = "Kết quả thực hiện văn bản số " + documentNumber + " ngày "
        + DirectiveStartValidator.DATE.format(directive.issuedOn()) + " của " + issuers.name(directive.issuer());
    OutgoingDocument entry = register.issue(new IssueRequest(reporting.document().register(), DocumentType.BAO_CAO,
        subject, today, null, Directive.KEY, documentNumber, processInstanceId, null, year));
    byte[] bytes = docx.write(document(directive, facts, entry.symbol(), subject, summary, today));
    StoredFile file = new StoredFile("Báo cáo " + entry.symbol().replace('/', '-') + ".docx",
        OfficialDocumentDocx.MEDIA_TYPE, bytes);
    OutgoingDocument stored = register.attach(entry.id(), file);
    List<String> mailboxes = DirectiveAssignments.recipients(directive.items()).stream()
        .map(organization::unit).flatMap(java.util.Optional::stream).map(Unit::email).filter(Objects::nonNull)
        .filter(m -> !m.isBlank()).distinct().toList();
    distribution.distribute(new ReportDistribution.IssuedReport(entry.id(), entry.symbol(),
        "Báo cáo số " + entry.symbol() + ": " + subject,
        "Kính gửi các đơn vị nhận văn bản số " + documentNumber + ",\n\nXin gửi kèm Báo cáo số " + entry.symbol() + " "
            + subject + ".", mailboxes, file.fileName(), file.contentType()));
    return stored;
  }

  OfficialDocument document(DirectiveRecords.Issued directive, ComplianceFacts facts, String symbol, String subject,
                            String summary, LocalDate today) {
    List<Block> body = new ArrayList<>();
    body.add(new Paragraph("Thực hiện văn bản số " + directive.documentNumber() + " ngày "
        + DirectiveStartValidator.DATE.format(directive.issuedOn()) + " " + directive.subject() + ", kết quả như sau:"));
    body.add(new Heading("I. ĐÁNH GIÁ CHUNG"));
    summary.lines().filter(l -> !l.isBlank()).forEach(l -> body.add(new Paragraph(l.strip())));
    body.add(new Heading("II. KẾT QUẢ CỦA TỪNG NƠI NHẬN"));
    List<List<String>> rows = new ArrayList<>();
    for (ComplianceFacts.SubjectFacts row : facts.subjects()) {
      for (DirectiveItem item : directive.items()) {
        MilestoneFact fact = row.milestones().get(item.code());
        if (!item.recipients().contains(row.subject().code())) {
          continue;
        }
        String result = fact.doneOn() != null ? "Hoàn thành ngày " + DirectiveStartValidator.DATE.format(fact.doneOn())
            : !fact.applicable() ? Objects.toString(fact.note(), "Được miễn")
            : "Chưa hoàn thành" + (fact.note() == null ? "" : ": " + fact.note());
        rows.add(List.of(String.valueOf(rows.size() + 1), row.subject().label(), item.label(),
            DirectiveStartValidator.DATE.format(fact.dueOn()), result));
      }
    }
    body.add(new Table(HEADERS, rows, WIDTHS));
    List<String> recipients = new ArrayList<>(DirectiveAssignments.recipients(directive.items()).stream()
        .map(u -> organization.federation(u) + ";").toList());
    recipients.add("Lưu: VT.");
    ReportingProperties.Document format = reporting.document();
    return new OfficialDocument(format.superiorBody(), format.issuingBody(), symbol, format.place(), today,
        "BÁO CÁO", subject, body, recipients, format.signatureAuthority(), format.signerTitle(), format.signerName());
  }
}
