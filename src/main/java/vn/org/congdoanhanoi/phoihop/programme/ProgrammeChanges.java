package vn.org.congdoanhanoi.phoihop.programme;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import vn.org.congdoanhanoi.phoihop.kernel.api.NotFoundException;
import vn.org.congdoanhanoi.phoihop.kernel.time.EngineClock;
import vn.org.congdoanhanoi.phoihop.kernel.variables.ProcessVariable;
import vn.org.congdoanhanoi.phoihop.programme.CoordinationProgramme.Vars;
import vn.org.congdoanhanoi.phoihop.validation.Submission;

/**
 * Changes a running programme's term (its last year) or its parties. Reviews already held and the review under
 * way keep what they had: the programme reads its term and parties anew at every year, so the change moves the
 * future reviews only. Extending the term by a year adds exactly one review (the year under way becomes a yearly
 * review when it was the final one); a term cannot end before the year under way. Every change is logged in the
 * programme ({@code agreementChanges}: when, who, what, why).
 */
@Service
@RequiredArgsConstructor
public class ProgrammeChanges {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int REASON = 1000;
  static final String REASON_FIELD = "reason";

  private final RuntimeService runtimeService;
  private final ProcessEngineConfigurationImpl engineConfiguration;
  private final ProgrammeParties parties;
  private final EngineClock clock;

  /** What the office asks for; null fields stay as they are. */
  public record Change(Object termEnd, String partyA, String partyB, String reason) {}

  /** The programme's term and parties after the change. */
  public record Agreement(int termStart, int termEnd, String partyA, String partyB, int reviewYear) {}

  /**
   * Runs without Camunda's authorization checks, in one engine transaction: the caller decides who may change a
   * programme (the city office), and the change touches the programme and its running review alike.
   */
  public Agreement change(String processInstanceId, Change change, String userId) {
    return engineConfiguration.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(
        () -> apply(processInstanceId, change, userId)));
  }

  private Agreement apply(String processInstanceId, Change change, String userId) {
    ProcessInstance programme = runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId)
        .processDefinitionKey(CoordinationProgramme.KEY).singleResult();
    if (programme == null) {
      throw new NotFoundException("Không có Chương trình phối hợp đang thực hiện với mã phiên " + processInstanceId
          + ".");
    }
    Map<String, Object> current = runtimeService.getVariables(processInstanceId);
    int termStart = Vars.TERM_START.required(current);
    int reviewYear = Vars.REVIEW_YEAR.required(current);
    Map<String, Object> asked = new HashMap<>();
    asked.put(Vars.TERM_END.name(), change.termEnd());
    Submission s = Submission.of(asked);
    Integer termEnd = change.termEnd() == null ? Vars.TERM_END.required(current)
        : ProgrammeStartValidator.year(s, Vars.TERM_END, "năm kết thúc mới (termEnd)");
    if (termEnd != null) {
      ProgrammeStartValidator.termProblem(termStart, termEnd).ifPresent(p -> s.violation(Vars.TERM_END, p));
      if (termEnd < reviewYear) {
        s.violation(Vars.TERM_END, "Chương trình đang ở năm " + reviewYear + "; giai đoạn không thể kết thúc trước "
            + "năm đang sơ kết (các Hội nghị đã tổ chức không thay đổi).");
      }
    }
    String partyA = party(s, Vars.PARTY_A, change.partyA(), Vars.PARTY_A.required(current));
    String partyB = party(s, Vars.PARTY_B, change.partyB(), Vars.PARTY_B.required(current));
    if (partyA.equals(partyB)) {
      s.violation(Vars.PARTY_B, "Hai bên của Chương trình phải là hai đơn vị khác nhau.");
    }
    if (change.reason() == null || change.reason().isBlank()) {
      s.violation(REASON_FIELD, "Hãy ghi lý do thay đổi (reason), ví dụ số văn bản thống nhất giữa hai bên.");
    } else if (change.reason().length() > REASON) {
      s.violation(REASON_FIELD, "Lý do thay đổi dài hơn " + REASON + " ký tự.");
    }
    if (change.termEnd() == null && change.partyA() == null && change.partyB() == null) {
      s.violation(Vars.TERM_END, "Không có gì thay đổi: hãy gửi termEnd, partyA hoặc partyB.");
    }
    s.throwIfInvalid("Không thể thay đổi Chương trình phối hợp");

    Map<String, Object> updates = new HashMap<>();
    Vars.TERM_END.putInto(updates, termEnd);
    Vars.PARTY_A.putInto(updates, partyA);
    Vars.PARTY_B.putInto(updates, partyB);
    Vars.AGREEMENT_CHANGES.putInto(updates, logged(Vars.AGREEMENT_CHANGES.orNull(current), change, userId));
    runtimeService.setVariables(processInstanceId, updates);
    // The review under way keeps its parties, but whether it is the final one follows the term.
    for (ProcessInstance review : runtimeService.createProcessInstanceQuery().superProcessInstanceId(processInstanceId)
        .processDefinitionKey(ProgrammeReview.KEY).list()) {
      runtimeService.setVariable(review.getId(), Vars.TERM_END.name(), Vars.TERM_END.stored(termEnd));
    }
    return new Agreement(termStart, termEnd, partyA, partyB, reviewYear);
  }

  private String party(Submission s, ProcessVariable<String> field, String asked, String current) {
    if (asked == null) {
      return current;
    }
    String code = asked.strip();
    parties.refusal(code).ifPresent(problem -> s.violation(field, problem));
    return code;
  }

  private String logged(String log, Change change, String userId) {
    try {
      List<Object> entries = new ArrayList<>(log == null ? List.of() : JSON.readValue(log, List.class));
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("at", clock.offsetNow().toString());
      entry.put("by", userId);
      entry.put(Vars.TERM_END.name(), change.termEnd());
      entry.put(Vars.PARTY_A.name(), change.partyA());
      entry.put(Vars.PARTY_B.name(), change.partyB());
      entry.put(REASON_FIELD, change.reason().strip());
      entries.add(entry);
      return JSON.writeValueAsString(entries);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
