package vn.org.congdoanhanoi.phoihop.programme;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.org.congdoanhanoi.phoihop.kernel.access.Role;
import vn.org.congdoanhanoi.phoihop.kernel.time.EngineClock;
import vn.org.congdoanhanoi.phoihop.meeting.MeetingDiary;
import vn.org.congdoanhanoi.phoihop.organization.OrganizationDirectory;
import vn.org.congdoanhanoi.phoihop.organization.Person;
import vn.org.congdoanhanoi.phoihop.organization.Unit;
import vn.org.congdoanhanoi.phoihop.programme.ProgrammeReview.Vars;
import vn.org.congdoanhanoi.phoihop.records.document.OfficialDocumentDocx;
import vn.org.congdoanhanoi.phoihop.records.document.ReportDistribution;
import vn.org.congdoanhanoi.phoihop.records.document.ReportingProperties;
import vn.org.congdoanhanoi.phoihop.records.register.DocumentType;
import vn.org.congdoanhanoi.phoihop.records.register.IssueRequest;
import vn.org.congdoanhanoi.phoihop.records.register.OutgoingDocument;
import vn.org.congdoanhanoi.phoihop.records.register.OutgoingRegister;
import vn.org.congdoanhanoi.phoihop.records.register.StoredFile;

/**
 * Issues a review's report: the next number of the register ("05/BC-LĐLĐ"), the DOCX kept with the register entry,
 * mailed to both parties and the city standing committee once the transaction commits; the review's meeting is
 * marked held. All in the caller's transaction: if anything fails, the number goes back.
 */
@Service
@RequiredArgsConstructor
public class ProgrammeReportIssuer {

  private final OutgoingRegister register;
  private final OfficialDocumentDocx docx;
  private final ReportingProperties properties;
  private final ProgrammeReportDocument content;
  private final ReportDistribution distribution;
  private final OrganizationDirectory organization;
  private final ProgrammeParties parties;
  private final PartyReports reports;
  private final ReviewsHeld reviewsHeld;
  private final MeetingDiary diary;
  private final EngineClock clock;

  /** The review as recorded in its instance. */
  public ProgrammeReportDocument.Review review(DelegateExecution execution) {
    String partyA = Vars.PARTY_A.required(execution);
    String partyB = Vars.PARTY_B.required(execution);
    return new ProgrammeReportDocument.Review(Vars.PROGRAMME_NUMBER.required(execution),
        Vars.ISSUED_ON.required(execution), Vars.REVIEW_YEAR.required(execution), Vars.TERM_START.required(execution),
        Vars.TERM_END.required(execution), ReviewMeetings.finalReview(execution), partyA, parties.name(partyA), partyB,
        parties.name(partyB), Vars.HOST_NAME.required(execution), Vars.CONTENT_AREAS.required(execution),
        reports.read(Vars.PARTY_REPORTS.orNull(execution)),
        diary.find(Vars.MEETING_ID.required(execution)).orElseThrow(), Vars.CONCLUSIONS.required(execution),
        Vars.NEXT_YEAR_PLAN.orNull(execution), reviewsHeld.read(Vars.REVIEWS_HELD.orNull(execution)));
  }

  @Transactional
  public OutgoingDocument issue(ProgrammeReportDocument.Review review, String processInstanceId) {
    diary.markHeld(review.meeting().id());
    var today = clock.today();
    String subject = ProgrammeReportDocument.subject(review);
    OutgoingDocument entry = register.issue(new IssueRequest(properties.document().register(), DocumentType.BAO_CAO,
        subject, today, null, CoordinationProgramme.KEY, review.programmeNumber(), processInstanceId, null,
        review.signedOn().getYear()));
    byte[] bytes = docx.write(content.compose(review, entry.symbol(), today, parties::name));
    StoredFile file = new StoredFile("Báo cáo " + entry.symbol().replace('/', '-') + ".docx",
        OfficialDocumentDocx.MEDIA_TYPE, bytes);
    OutgoingDocument stored = register.attach(entry.id(), file);
    distribution.distribute(new ReportDistribution.IssuedReport(entry.id(), entry.symbol(),
        "Báo cáo số " + entry.symbol() + ": " + subject,
        "Kính gửi Ban Thường vụ " + review.partyAName() + " và Ban Thường vụ " + review.partyBName() + ",\n\n"
            + "Văn phòng Liên đoàn Lao động Thành phố gửi kèm Báo cáo số " + entry.symbol() + " " + subject + ".",
        readers(review), file.fileName(), file.contentType()));
    return stored;
  }

  private List<String> readers(ProgrammeReportDocument.Review review) {
    List<String> mailboxes = new ArrayList<>();
    for (String party : List.of(review.partyA(), review.partyB())) {
      organization.unit(party).map(Unit::email).ifPresent(mailboxes::add);
    }
    organization.peopleWithRole(Role.CITY_STANDING).stream().map(Person::email).forEach(mailboxes::add);
    return mailboxes.stream().filter(Objects::nonNull).filter(m -> !m.isBlank()).distinct().toList();
  }
}
