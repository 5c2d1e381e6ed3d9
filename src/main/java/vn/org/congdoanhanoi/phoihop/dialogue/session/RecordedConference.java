package vn.org.congdoanhanoi.phoihop.dialogue.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.variable.value.FileValue;
import vn.org.congdoanhanoi.phoihop.dialogue.conference.DialogueConference;
import vn.org.congdoanhanoi.phoihop.dialogue.session.ConferenceSession.Vars;
import vn.org.congdoanhanoi.phoihop.followup.DeadlineFollowUp;
import vn.org.congdoanhanoi.phoihop.kernel.variables.ProcessVariable;
import vn.org.congdoanhanoi.phoihop.validation.Submission;

/**
 * What the federation records in {@code Task_RecordConference}, read and checked in one place: for the validator
 * (every problem under its field, conclusions and answers numbered as the form shows them) and for the delegate that
 * stores it (after the validator let it through). Rules that need the database (departments, petitions) are the
 * validator's; here are the rules of the values themselves.
 */
record RecordedConference(List<AgendaItem> agendaHeld, int present, int workerRepresentatives, String minutes,
                          FileValue signedMinutes, List<Conclusion> conclusions, List<OralAnswer> oralAnswers) {

  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  /** A conclusion's petitions in the JSON list {@code chairmanConclusions}. */
  static final String RELATED_PETITIONS = "relatedPetitions";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One conclusion of the chairman; with a department and a deadline it commits that department. */
  record Conclusion(String text, String departmentCode, LocalDate deadline, List<Long> petitionIds) {
    boolean commits() {
      return departmentCode != null && deadline != null;
    }
  }

  /** A petition answered orally at the conference. */
  record OralAnswer(long petitionId, String answer) {}

  /**
   * The record, every problem held by {@code s}.
   *
   * @param conferenceDay the day the conference was held (its booked date)
   * @param today the engine clock's day: a deadline is after both
   */
  static RecordedConference read(Submission s, LocalDate conferenceDay, LocalDate today, int maxMinutes) {
    List<AgendaItem> agenda = agenda(s);
    Integer present = s.requiredInteger(Vars.ATTENDANCE_PRESENT, "số người dự Hội nghị", 1,
        ConferenceSession.MAX_ATTENDANCE);
    Integer representatives = s.requiredInteger(Vars.WORKER_REPRESENTATIVES, "số đại biểu CNVCLĐ dự Hội nghị", 0,
        ConferenceSession.MAX_ATTENDANCE);
    if (present != null && representatives != null && representatives > present) {
      s.violation(Vars.WORKER_REPRESENTATIVES, "Số đại biểu CNVCLĐ (" + representatives + ") không thể nhiều hơn số "
          + "người dự Hội nghị (" + present + ").");
    }
    String minutes = s.requiredText(Vars.MINUTES, "biên bản Hội nghị", maxMinutes);
    Object file = s.raw(Vars.SIGNED_MINUTES);
    LocalDate after = today.isAfter(conferenceDay) ? today : conferenceDay;
    List<Conclusion> conclusions = conclusions(s, after);
    List<OralAnswer> answers = oralAnswers(s);
    return new RecordedConference(agenda, present == null ? 0 : present,
        representatives == null ? 0 : representatives, minutes, file instanceof FileValue f ? f : null, conclusions,
        answers);
  }

  /** Every petition the record names: answered orally or acted on by a conclusion. */
  Set<Long> petitionIds() {
    Set<Long> ids = new HashSet<>();
    oralAnswers.forEach(a -> ids.add(a.petitionId()));
    conclusions.forEach(c -> ids.addAll(c.petitionIds()));
    return ids;
  }

  private static List<AgendaItem> agenda(Submission s) {
    List<String> codes;
    try {
      codes = Vars.AGENDA_HELD.parse(s.raw(Vars.AGENDA_HELD));
    } catch (RuntimeException e) {
      codes = null;
    }
    if (codes == null) {
      s.violation(Vars.AGENDA_HELD, "Chương trình Hội nghị (agendaHeld) phải là danh sách JSON mã các mục đã "
          + "thực hiện, trong " + List.of(AgendaItem.values()) + ".");
      return List.of();
    }
    List<AgendaItem> held = new ArrayList<>();
    for (AgendaItem item : AgendaItem.values()) {
      if (codes.contains(item.name())) {
        held.add(item);
      }
    }
    for (String code : codes) {
      if (held.stream().noneMatch(item -> item.name().equals(code))) {
        s.violation(Vars.AGENDA_HELD, "Chương trình Hội nghị không có mục '" + Submission.quote(code) + "'; các mục: "
            + List.of(AgendaItem.values()) + ".");
      }
    }
    if (codes.size() != new HashSet<>(codes).size()) {
      s.violation(Vars.AGENDA_HELD, "Mỗi mục của chương trình Hội nghị chỉ đánh dấu một lần.");
    }
    return held;
  }

  private static List<Conclusion> conclusions(Submission s, LocalDate after) {
    JsonNode list = list(s, Vars.CONCLUSIONS, "Kết luận của Chủ tịch UBND (chairmanConclusions) phải là danh sách "
        + "JSON, mỗi kết luận có nội dung (text), có thể có phòng, ban thực hiện (departmentCode) và thời hạn "
        + "(deadline).");
    if (list == null) {
      return List.of();
    }
    String field = Vars.CONCLUSIONS.name();
    if (list.size() > ConferenceSession.MAX_CONCLUSIONS) {
      s.violation(field, "Một Hội nghị ghi nhiều nhất " + ConferenceSession.MAX_CONCLUSIONS + " kết luận; nhận được "
          + list.size() + ".");
      return List.of();
    }
    List<Conclusion> conclusions = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      JsonNode item = list.get(i);
      String label = "Kết luận " + (i + 1) + ": ";
      String text = item.path("text").asText("").strip();
      if (text.isEmpty()) {
        s.violation(field, label + "hãy nhập nội dung kết luận.");
      } else if (text.length() > ConferenceSession.CONCLUSION_TEXT) {
        s.violation(field, label + "nội dung dài quá " + ConferenceSession.CONCLUSION_TEXT + " ký tự.");
      }
      String department = item.path(DialogueConference.Vars.DEPARTMENT_CODE.name()).asText("").strip();
      String deadlineText = item.path(DeadlineFollowUp.Vars.DEADLINE.name()).asText("").strip();
      LocalDate deadline = null;
      if (!deadlineText.isEmpty()) {
        try {
          deadline = LocalDate.parse(deadlineText);
        } catch (DateTimeParseException e) {
          s.violation(field, label + "thời hạn '" + Submission.quote(deadlineText) + "' không phải một ngày (dạng "
              + "yyyy-MM-dd).");
        }
      }
      if (!department.isEmpty() && deadlineText.isEmpty()) {
        s.violation(field, label + "kết luận giao phòng, ban thực hiện phải có thời hạn.");
      } else if (department.isEmpty() && !deadlineText.isEmpty()) {
        s.violation(field, label + "thời hạn chỉ ghi khi kết luận giao một phòng, ban thực hiện; hãy chọn phòng, ban.");
      } else if (deadline != null && !deadline.isAfter(after)) {
        s.violation(field, label + "thời hạn " + DAY.format(deadline) + " phải sau ngày " + DAY.format(after)
            + " (ngày Hội nghị, hôm nay).");
      }
      List<Long> petitions = ids(s, field, label, item.path(RELATED_PETITIONS));
      conclusions.add(new Conclusion(text, department.isEmpty() ? null : department, deadline, petitions));
    }
    return conclusions;
  }

  private static List<OralAnswer> oralAnswers(Submission s) {
    JsonNode list = list(s, Vars.ORAL_ANSWERS, "Kiến nghị được trả lời tại Hội nghị (answersAtConference) phải là "
        + "danh sách JSON, mỗi mục có số kiến nghị (petitionId) và nội dung trả lời (answer).");
    if (list == null) {
      return List.of();
    }
    String field = Vars.ORAL_ANSWERS.name();
    if (list.size() > ConferenceSession.MAX_PETITIONS) {
      s.violation(field, "Nhiều nhất " + ConferenceSession.MAX_PETITIONS + " kiến nghị được trả lời tại Hội nghị; "
          + "nhận được " + list.size() + ".");
      return List.of();
    }
    List<OralAnswer> answers = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      JsonNode item = list.get(i);
      String label = "Trả lời " + (i + 1) + ": ";
      JsonNode id = item.path("petitionId");
      long petitionId = id.canConvertToLong() && id.asLong() > 0 ? id.asLong()
          : id.isTextual() && id.asText().strip().matches("[1-9][0-9]{0,17}") ? Long.parseLong(id.asText().strip()) : 0;
      if (petitionId == 0) {
        s.violation(field, label + "hãy nhập số kiến nghị (một số nguyên dương), nhận được '"
            + Submission.quote(id.asText("")) + "'.");
      } else if (!seen.add(petitionId)) {
        s.violation(field, label + "kiến nghị số " + petitionId + " đã được ghi trả lời ở trên.");
      }
      String answer = item.path("answer").asText("").strip();
      if (answer.isEmpty()) {
        s.violation(field, label + "hãy nhập nội dung Chủ tịch UBND trả lời.");
      } else if (answer.length() > ConferenceSession.CONCLUSION_TEXT) {
        s.violation(field, label + "nội dung trả lời dài quá " + ConferenceSession.CONCLUSION_TEXT + " ký tự.");
      }
      answers.add(new OralAnswer(petitionId, answer));
    }
    return answers;
  }

  /** An optional JSON list (absent is empty); null when it is not a list, the problem recorded. */
  private static JsonNode list(Submission s, ProcessVariable<String> variable, String notAList) {
    Object raw = s.raw(variable);
    if (raw == null) {
      return JSON.createArrayNode();
    }
    try {
      JsonNode node = JSON.readTree(variable.parse(raw));
      if (node != null && node.isArray()) {
        return node;
      }
    } catch (IOException | IllegalArgumentException e) {
      // reported below
    }
    s.violation(variable, notAList);
    return null;
  }

  private static List<Long> ids(Submission s, String field, String label, JsonNode node) {
    List<Long> ids = new ArrayList<>();
    if (node.isMissingNode() || node.isNull()) {
      return ids;
    }
    if (!node.isArray() || node.size() > ConferenceSession.MAX_PETITIONS) {
      s.violation(field, label + "các kiến nghị liên quan (" + RELATED_PETITIONS + ") phải là danh sách số kiến nghị, nhiều nhất "
          + ConferenceSession.MAX_PETITIONS + ".");
      return ids;
    }
    for (JsonNode id : node) {
      if (id.canConvertToLong() && id.asLong() > 0) {
        if (!ids.contains(id.asLong())) {
          ids.add(id.asLong());
        }
      } else {
        s.violation(field, label + "'" + Submission.quote(id.asText("")) + "' không phải số kiến nghị.");
      }
    }
    return ids;
  }
}
