package vn.org.congdoanhanoi.phoihop.programme;

import static vn.org.congdoanhanoi.phoihop.programme.ProgrammeTextRules.RULES;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.kernel.variables.ProcessVariable;
import vn.org.congdoanhanoi.phoihop.programme.CoordinationProgramme.Vars;
import vn.org.congdoanhanoi.phoihop.records.matter.MatterRegistry;
import vn.org.congdoanhanoi.phoihop.validation.StartValidator;
import vn.org.congdoanhanoi.phoihop.validation.Submission;
import vn.org.congdoanhanoi.phoihop.validation.Violation;

/** What a programme must be started with (REST contract of {@code coordination-programme}). */
@Component
@RequiredArgsConstructor
public class ProgrammeStartValidator implements StartValidator {

  /** Years a programme may name: a typo like 202 or 20222 is refused, not waited for. */
  static final int FIRST_YEAR = 2000;
  static final int LAST_YEAR = 2100;

  private final ProgrammeParties parties;
  private final MatterRegistry matters;

  @Override
  public String processDefinitionKey() {
    return CoordinationProgramme.KEY;
  }

  @Override
  public List<Violation> validate(Map<String, Object> variables) {
    Submission s = Submission.of(variables);
    String number = s.requiredText(Vars.PROGRAMME_NUMBER, "số Chương trình (programmeNumber, ví dụ \"01/CTPH-LĐLĐ\")",
        RULES.maxLength(Vars.PROGRAMME_NUMBER));
    LocalDate issuedOn = s.requiredDate(Vars.ISSUED_ON, "ngày ký (issuedOn)");
    String partyA = party(s, Vars.PARTY_A, "bên thứ nhất (partyA)");
    String partyB = party(s, Vars.PARTY_B, "bên thứ hai (partyB)");
    if (partyA != null && partyA.equals(partyB)) {
      s.violation(Vars.PARTY_B, "Hai bên của Chương trình phải là hai đơn vị khác nhau; partyA và partyB cùng là '"
          + Submission.quote(partyA) + "'.");
    }
    Integer termStart = year(s, Vars.TERM_START, "năm bắt đầu (termStart)");
    Integer termEnd = year(s, Vars.TERM_END, "năm kết thúc (termEnd)");
    if (termStart != null && termEnd != null) {
      termProblem(termStart, termEnd).ifPresent(problem -> s.violation(Vars.TERM_END, problem));
    }
    if (termEnd != null && issuedOn != null && termEnd < issuedOn.getYear()) {
      s.violation(Vars.TERM_END, "Giai đoạn kết thúc năm " + termEnd + ", trước năm ký Chương trình ("
          + issuedOn.getYear() + ").");
    }
    contentAreas(s, s.raw(Vars.CONTENT_AREAS));
    String firstHost = s.requiredText(Vars.FIRST_HOST, "bên chủ trì Hội nghị sơ kết năm đầu (firstHost)",
        RULES.maxLength(Vars.FIRST_HOST));
    if (firstHost != null && partyA != null && partyB != null && !firstHost.equals(partyA)
        && !firstHost.equals(partyB)) {
      s.violation(Vars.FIRST_HOST, "Bên chủ trì năm đầu (firstHost) phải là một trong hai bên ('" + partyA + "' hoặc '"
          + partyB + "'); nhận được '" + Submission.quote(firstHost) + "'.");
    }
    // A running programme of the same number is refused by the start itself (409): only the database can tell
    // which of two concurrent starts came first. A completed one is final, so it is refused here already (400).
    if (number != null && issuedOn != null && matters.completed(ProgrammeMatter.key(number, issuedOn.getYear()))) {
      Violation done = ProgrammeMatter.alreadyCompleted(number, issuedOn.getYear());
      s.violation(done.field(), done.message());
    }
    return s.violations();
  }

  /** Why a term cannot be (ends before it starts, too long), or empty; also checked when the term changes. */
  static java.util.Optional<String> termProblem(int termStart, int termEnd) {
    if (termEnd < termStart) {
      return java.util.Optional.of("Giai đoạn kết thúc (termEnd " + termEnd + ") trước khi bắt đầu (termStart "
          + termStart + ").");
    }
    if (termEnd - termStart + 1 > ProgrammeTextRules.MAX_TERM_YEARS) {
      return java.util.Optional.of("Giai đoạn " + termStart + "–" + termEnd + " dài hơn "
          + ProgrammeTextRules.MAX_TERM_YEARS + " năm.");
    }
    return java.util.Optional.empty();
  }

  private String party(Submission s, ProcessVariable<String> field, String label) {
    String code = s.requiredText(field, label, RULES.maxLength(field));
    if (code == null) {
      return null;
    }
    parties.refusal(code).ifPresent(problem -> s.violation(field, problem));
    return code;
  }

  /** A year given as a whole number (Integer over REST, a number field in the form), or null after a violation. */
  static Integer year(Submission s, ProcessVariable<Integer> field, String label) {
    Object raw = s.raw(field);
    if (raw == null || raw instanceof String text && text.isBlank()) {
      s.violation(field, "Hãy nhập " + label + ".");
      return null;
    }
    // A form's number field may arrive as a Long or a Double (2022.0); a whole number is a year, a text is not.
    Integer year = raw instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())
        && Math.abs(number.doubleValue()) < Integer.MAX_VALUE ? Integer.valueOf(number.intValue()) : null;
    if (year == null || year < FIRST_YEAR || year > LAST_YEAR) {
      s.violation(field, label.substring(0, 1).toUpperCase() + label.substring(1) + " phải là một năm (số nguyên "
          + FIRST_YEAR + "–" + LAST_YEAR + ", kiểu Integer), ví dụ 2022; nhận được '" + Submission.quote(raw) + "'.");
      return null;
    }
    return year;
  }

  private static void contentAreas(Submission s, Object raw) {
    if (raw == null) {
      s.violation(Vars.CONTENT_AREAS, "Hãy nhập các nội dung phối hợp (contentAreas): danh sách JSON các chuỗi, ví "
          + "dụ [\"Công tác thông tin, tuyên truyền\"].");
      return;
    }
    List<String> areas;
    try {
      areas = Vars.CONTENT_AREAS.parse(raw);
    } catch (IllegalArgumentException e) {
      s.violation(Vars.CONTENT_AREAS, "Nội dung phối hợp (contentAreas) phải là danh sách JSON các chuỗi, ví dụ "
          + "[\"Công tác thông tin, tuyên truyền\"].");
      return;
    }
    if (areas.isEmpty()) {
      s.violation(Vars.CONTENT_AREAS, "Chương trình phải có ít nhất một nội dung phối hợp (contentAreas rỗng).");
    }
    if (areas.size() > ProgrammeTextRules.MAX_CONTENT_AREAS) {
      s.violation(Vars.CONTENT_AREAS, "Chương trình có nhiều nhất " + ProgrammeTextRules.MAX_CONTENT_AREAS
          + " nội dung phối hợp; nhận được " + areas.size() + ".");
    }
    Set<String> seen = new HashSet<>();
    for (String area : areas) {
      String text = area == null ? "" : area.strip();
      if (text.isEmpty() || "null".equals(area)) {
        s.violation(Vars.CONTENT_AREAS, "Mỗi nội dung phối hợp phải là một chuỗi khác rỗng.");
      } else if (text.length() > ProgrammeTextRules.CONTENT_AREA) {
        s.violation(Vars.CONTENT_AREAS, "Nội dung phối hợp '" + Submission.quote(text) + "' dài hơn "
            + ProgrammeTextRules.CONTENT_AREA + " ký tự.");
      } else if (!seen.add(text.toLowerCase(java.util.Locale.ROOT))) {
        s.violation(Vars.CONTENT_AREAS, "Nội dung phối hợp '" + Submission.quote(text) + "' bị lặp lại.");
      }
    }
  }
}
