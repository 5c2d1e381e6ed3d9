package vn.org.congdoanhanoi.phoihop.dialogue.intake;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.dialogue.PlanId;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.IncomingPetition;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.PetitionChannel;
import vn.org.congdoanhanoi.phoihop.kernel.variables.ProcessVariables;
import vn.org.congdoanhanoi.phoihop.organization.GrassrootsUnion;
import vn.org.congdoanhanoi.phoihop.organization.OrganizationDirectory;
import vn.org.congdoanhanoi.phoihop.records.inbox.IncomingMail;
import vn.org.congdoanhanoi.phoihop.records.inbox.IncomingMailHandler;
import vn.org.congdoanhanoi.phoihop.records.inbox.Outcome;

/**
 * The petitions mailbox ({@code phoihop.inbox.mailboxes.petitions}): a mail from a grassroots union's own mailbox that
 * names one open plan of its district becomes a petition (channel EMAIL, source reference = its Message-ID, its files
 * kept); any other mail becomes a review task "Xem xét thư kiến nghị" for the district federation (the city office
 * when no district can be told). Runs in the intake's transaction: the petition or the task commits with the ledger.
 */
@Component
@RequiredArgsConstructor
class PetitionMailHandler implements IncomingMailHandler {

  static final String MAILBOX = "petitions";

  private final OrganizationDirectory directory;
  private final OpenPlans openPlans;
  private final OncePerSource petitions;
  private final MailReviews reviews;

  @Override
  public String mailbox() {
    return MAILBOX;
  }

  @Override
  public Outcome handle(IncomingMail mail) {
    LocalDate day = mail.receivedAt().atZone(ProcessVariables.ZONE).toLocalDate();
    String words = mail.subject() + "\n" + mail.text();
    Optional<GrassrootsUnion> union = directory.grassrootsUnitByMailbox(mail.sender());
    if (union.isEmpty()) {
      List<PlanId> named = OpenPlans.named(openPlans.all(day), words);
      String district = named.stream().map(PlanId::districtCode).distinct().count() == 1
          ? named.get(0).districtCode() : null;
      return reviews.open(mail, district, "Không rõ công đoàn cơ sở: địa chỉ " + describe(mail.sender())
          + " không phải hộp thư của công đoàn cơ sở nào trong dữ liệu tổ chức.");
    }
    List<PlanId> named = OpenPlans.named(openPlans.reaching(union.get().code(), day), words);
    if (named.size() != 1) {
      return reviews.open(mail, union.get().districtCode(), named.isEmpty()
          ? "Thư của công đoàn cơ sở '" + union.get().code() + "' không ghi số kế hoạch của hội nghị đối thoại nào "
              + "đang nhận kiến nghị."
          : "Thư của công đoàn cơ sở '" + union.get().code() + "' ghi nhiều kế hoạch đang nhận kiến nghị: "
              + String.join(", ", named.stream().map(PlanId::planNumber).toList()) + ".");
    }
    long id = petitions.store(petition(mail, named.get(0), union.get().code())).id();
    return Outcome.taken(reference(id));
  }

  static IncomingPetition petition(IncomingMail mail, PlanId plan, String unionCode) {
    MailContent content = MailContent.of(mail);
    return new IncomingPetition(plan, unionCode, MailTopics.of(mail.subject(), mail.text()), content.text(),
        PetitionChannel.EMAIL, mail.messageId(), null, content.files());
  }

  static String reference(long petitionId) {
    return "kiến nghị " + petitionId;
  }

  private static String describe(String sender) {
    return sender == null ? "(không có hoặc không hợp lệ)" : "'" + sender + "'";
  }
}
