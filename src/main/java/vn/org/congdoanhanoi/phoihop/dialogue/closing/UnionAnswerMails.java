package vn.org.congdoanhanoi.phoihop.dialogue.closing;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.dialogue.PlanId;
import vn.org.congdoanhanoi.phoihop.notification.MailRequest;
import vn.org.congdoanhanoi.phoihop.organization.GrassrootsUnion;
import vn.org.congdoanhanoi.phoihop.organization.OrganizationDirectory;
import vn.org.congdoanhanoi.phoihop.organization.Person;

/**
 * The mail that brings a union its petitions and their answers after the conference: to its mailbox and its people,
 * with the link to its page. Every union gets a mail of its own (a union never sees another's petitions), so there is
 * no recipient list to hide.
 */
@Component
public class UnionAnswerMails {

  static final String TEMPLATE = "dialogue-answers";
  /** The union's page, under the report pages (their sign-in and security headers apply). */
  public static final String PAGE = "/bao-cao/kien-nghi";

  private final OrganizationDirectory organization;
  private final String baseUrl;

  UnionAnswerMails(OrganizationDirectory organization, @Value("${phoihop.base-url}") String baseUrl) {
    this.organization = organization;
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  /**
   * The union's mail; its key (the mail's Message-ID) is ASCII and unique per conference instance and union, so a
   * mail queued again would be the same mail to the notification ledger.
   */
  public MailRequest mail(String conferenceInstanceId, PlanId plan, GrassrootsUnion union,
                          List<AnsweredPetition> petitions) {
    List<String> to = new ArrayList<>();
    if (union.email() != null && !union.email().isBlank()) {
      to.add(union.mailbox());
    }
    organization.peopleOf(union.code()).stream().map(Person::email).filter(Objects::nonNull)
        .filter(address -> !address.isBlank()).forEach(to::add);
    String subject = "Trả lời kiến nghị của " + union.name() + " (" + plan.planNumber() + ")";
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("subject", subject);
    model.put("unionName", union.name());
    model.put("planNumber", plan.planNumber());
    model.put("link", baseUrl + page(plan, union.code()));
    model.put("petitions", petitions.stream().map(UnionAnswerMails::line).toList());
    return MailRequest.of(TEMPLATE, key(conferenceInstanceId, union.code()), to, subject, model);
  }

  public static String key(String conferenceInstanceId, String unionCode) {
    return "dialogue-answers." + conferenceInstanceId + "." + unionCode;
  }

  /** "/bao-cao/kien-nghi/gialam/gl-dienluc?so=477%2FKH-L%C4%90L%C4%90&nam=2023". */
  public static String page(PlanId plan, String unionCode) {
    return PAGE + "/" + plan.districtCode() + "/" + unionCode + "?so="
        + URLEncoder.encode(plan.planNumber(), StandardCharsets.UTF_8) + "&nam=" + plan.year();
  }

  private static Map<String, String> line(AnsweredPetition petition) {
    Map<String, String> line = new LinkedHashMap<>();
    line.put("id", String.valueOf(petition.id()));
    line.put("topic", petition.topicLabel());
    line.put("text", petition.text());
    line.put("state", petition.stateText());
    line.put("answer", petition.answerText());
    return line;
  }
}
