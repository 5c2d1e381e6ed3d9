package vn.org.congdoanhanoi.phoihop.dialogue.closing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.org.congdoanhanoi.phoihop.dialogue.conference.DialogueConference;
import vn.org.congdoanhanoi.phoihop.dialogue.closing.ConferenceReportDocument.Conference;
import vn.org.congdoanhanoi.phoihop.dialogue.closing.ConferenceRecordSource.ConferenceRecord;
import vn.org.congdoanhanoi.phoihop.kernel.access.Role;
import vn.org.congdoanhanoi.phoihop.kernel.time.EngineClock;
import vn.org.congdoanhanoi.phoihop.organization.OrganizationDirectory;
import vn.org.congdoanhanoi.phoihop.organization.Person;
import vn.org.congdoanhanoi.phoihop.organization.Unit;
import vn.org.congdoanhanoi.phoihop.records.document.OfficialDocumentDocx;
import vn.org.congdoanhanoi.phoihop.records.document.ReportDistribution;
import vn.org.congdoanhanoi.phoihop.records.document.ReportingProperties;
import vn.org.congdoanhanoi.phoihop.records.register.DocumentType;
import vn.org.congdoanhanoi.phoihop.records.register.IssueRequest;
import vn.org.congdoanhanoi.phoihop.records.register.OutgoingDocument;
import vn.org.congdoanhanoi.phoihop.records.register.OutgoingRegister;
import vn.org.congdoanhanoi.phoihop.records.register.Register;
import vn.org.congdoanhanoi.phoihop.records.register.StoredFile;

/**
 * Issues a conference's report in the district federation's own register ("12/BC-LĐLĐ", numbered per district and
 * year), renders it as DOCX, keeps it with the register entry and mails it to the city federation's standing
 * committee and the district's Party committee. Number, file and mail are one transaction (a failed attempt leaves no
 * gap), and a report already issued for the instance is returned instead of a second one.
 */
@Service
@RequiredArgsConstructor
public class ConferenceReportIssuer {

  private final ConferenceFigures figures;
  private final ConferenceReportDocument content;
  private final List<ConferenceRecordSource> records;
  private final OfficialDocumentDocx docx;
  private final OutgoingRegister register;
  private final ReportingProperties reporting;
  private final ReportDistribution distribution;
  private final OrganizationDirectory organization;
  private final EngineClock clock;

  /** The register of a district federation's documents, e.g. "LDLD-gialam", symbols "…-LĐLĐ". */
  public static Register registerOf(Unit district) {
    return new Register("LDLD-" + district.code(), "Sổ văn bản đi của " + district.federationName(), "LĐLĐ");
  }

  @Transactional
  public OutgoingDocument issue(Conference conference, String conferenceInstanceId) {
    Optional<OutgoingDocument> issued = issued(conference, conferenceInstanceId);
    if (issued.isPresent()) {
      return issued.get();
    }
    Register districtRegister = register.ensure(registerOf(conference.district()));
    var today = clock.today();
    OutgoingDocument entry = register.issue(new IssueRequest(districtRegister.code(), DocumentType.BAO_CAO,
        ConferenceReportDocument.subject(conference), today, null, DialogueConference.KEY,
        conference.plan().planNumber(), conferenceInstanceId, null, conference.plan().year()));
    ConferenceRecord record = records.stream().map(source -> source.record(conference.plan(), conferenceInstanceId))
        .flatMap(Optional::stream).findFirst().orElse(null);
    byte[] bytes = docx.write(content.compose(conference, figures.of(conference.plan()), record, entry.symbol(),
        today, reporting.document()));
    StoredFile file = new StoredFile(fileName(entry.symbol()), OfficialDocumentDocx.MEDIA_TYPE, bytes);
    OutgoingDocument stored = register.attach(entry.id(), file);
    distribution.distribute(new ReportDistribution.IssuedReport(entry.id(), entry.symbol(),
        "Báo cáo số " + entry.symbol() + ": " + entry.subject(),
        "Kính gửi Thường trực LĐLĐ Thành phố và Thường trực " + conference.district().partyCommitteeName() + ",\n\n"
            + conference.district().federationName() + " gửi kèm Báo cáo số " + entry.symbol() + " "
            + entry.subject() + " (theo Kế hoạch số " + conference.plan().planNumber() + ").",
        recipients(conference.district()), file.fileName(), file.contentType()));
    return stored;
  }

  /** The report issued for this instance before (a retried job, or a step run again), if any. */
  private Optional<OutgoingDocument> issued(Conference conference, String conferenceInstanceId) {
    return register.search(registerOf(conference.district()).code(), null, DocumentType.BAO_CAO,
            DialogueConference.KEY, conference.plan().planNumber(), conference.plan().year()).stream()
        .filter(document -> conferenceInstanceId.equals(document.processInstanceId()))
        .findFirst();
  }

  /** "Báo cáo 12-BC-LĐLĐ Gia Lâm.docx": the symbol without its slash, which no file system accepts. */
  static String fileName(String symbol) {
    return "Báo cáo " + symbol.replace('/', '-') + ".docx";
  }

  /** The city federation's standing committee, and the district's Party committee (its mailbox and people). */
  private List<String> recipients(Unit district) {
    List<String> to = new ArrayList<>();
    organization.peopleWithRole(Role.CITY_STANDING).stream().map(Person::email).forEach(to::add);
    to.add(district.partyCommitteeEmail());
    organization.peopleWithRole(Role.PARTY_COMMITTEE).stream()
        .filter(person -> district.code().equals(person.unitCode())).map(Person::email).forEach(to::add);
    return to.stream().filter(Objects::nonNull).filter(address -> !address.isBlank()).distinct().toList();
  }
}
