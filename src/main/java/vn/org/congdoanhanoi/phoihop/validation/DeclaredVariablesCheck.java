package vn.org.congdoanhanoi.phoihop.validation;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.org.congdoanhanoi.phoihop.kernel.variables.ProcessVariables;

/**
 * Holds a submission to what its form declares: only declared variables, each with the shape of its field, and
 * read-only ones only unchanged. The values that pass are handed to the validators in the plain form they read.
 */
final class DeclaredVariablesCheck {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> TEXT_TYPES = Set.of("string");
  private static final Set<String> NUMBER_TYPES = Set.of("integer", "long", "short", "double");

  /** What the check found: refusals, the values for the validators, and the read-only echoes not to pass on. */
  record Result(List<Violation> violations, Map<String, Object> values, Set<String> echoes) {}

  private DeclaredVariablesCheck() {}

  /**
   * @param what "công việc 'Đề xuất tổ chức Lễ ký kết'" or "quy trình signing-campaign", for messages
   * @param current the variables the form shows now, to compare read-only fields with; null when the caller may not
   *     see them (then read-only fields are dropped unseen, and the engine refuses the caller anyway)
   */
  static Result check(SubmittedBody body, FormVariables form, String what, Map<String, Object> current) {
    List<Violation> violations = new ArrayList<>();
    Map<String, Object> values = new HashMap<>();
    Set<String> echoes = new HashSet<>();
    List<String> undeclared = new ArrayList<>();
    for (SubmittedBody.Variable variable : body.variables()) {
      DeclaredVariable declared = form.get(variable.name());
      if (declared == null) {
        undeclared.add(variable.name());
        continue;
      }
      if (!variable.wellFormed()) {
        violations.add(new Violation(variable.name(), "Biến " + declared.describe()
            + " phải có dạng {\"value\": …, \"type\": …}."));
        continue;
      }
      String problem = shapeProblem(variable, declared.kind());
      if (problem != null) {
        violations.add(new Violation(variable.name(), declared.describe() + " phải là " + declared.kind().description()
            + "; " + problem + "."));
        continue;
      }
      Object value;
      try {
        value = value(body, variable, declared.kind());
      } catch (IOException e) {
        violations.add(new Violation(variable.name(), declared.describe() + " phải là " + declared.kind().description()
            + "; " + (declared.kind() == VariableKind.FILE ? "nội dung tệp không phải base64 hợp lệ"
            : "nội dung không phải JSON hợp lệ") + "."));
        continue;
      }
      if (declared.readOnly()) {
        if (current != null && !sameShown(current.get(variable.name()), value, declared.kind())) {
          violations.add(new Violation(variable.name(), "Trường " + declared.describe() + " chỉ để xem trên biểu mẫu, "
              + "không được sửa; hãy tải lại " + what + " rồi gửi lại."));
        }
        echoes.add(variable.name());
      } else {
        values.put(variable.name(), value);
      }
    }
    if (!undeclared.isEmpty()) {
      String names = String.join(", ", undeclared.stream().map(Submission::quote).toList());
      String message = "Biến " + names + " không có trên biểu mẫu của " + what + " nên không được gửi; chỉ được gửi: "
          + form.editableNames() + ".";
      undeclared.forEach(name -> violations.add(new Violation(Submission.quote(name), message)));
    }
    return new Result(violations, values, echoes);
  }

  /** Why the variable cannot hold a value of this kind, or null when it can. */
  private static String shapeProblem(SubmittedBody.Variable variable, VariableKind kind) {
    String type = variable.type() == null ? null : variable.type().strip().toLowerCase(Locale.ROOT);
    if ("null".equals(type)) {
      return null;
    }
    boolean typeAccepted = switch (kind) {
      case TEXT, DATE, TIME, DATE_TIME -> type == null || TEXT_TYPES.contains(type);
      case NUMBER -> type == null || NUMBER_TYPES.contains(type);
      case BOOLEAN -> type == null || "boolean".equals(type);
      case FILE -> "file".equals(type);
      case JSON -> "json".equals(type);
    };
    if (!typeAccepted) {
      return type == null ? "hãy ghi rõ \"type\"" : "kiểu " + variable.type() + " không được nhận";
    }
    if (variable.isNull()) {
      return null;
    }
    JsonToken token = variable.valueToken();
    boolean valueAccepted = switch (kind) {
      case TEXT, DATE, TIME, DATE_TIME, FILE, JSON -> token == JsonToken.VALUE_STRING;
      case NUMBER -> token == JsonToken.VALUE_NUMBER_INT
          || token == JsonToken.VALUE_NUMBER_FLOAT && "double".equals(type == null ? "double" : type);
      case BOOLEAN -> token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE;
    };
    return valueAccepted ? null : "nhận được " + describe(token);
  }

  private static String describe(JsonToken token) {
    return switch (token) {
      case START_OBJECT -> "một đối tượng JSON";
      case START_ARRAY -> "một danh sách JSON";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "một số";
      case VALUE_TRUE, VALUE_FALSE -> "giá trị đúng/sai";
      case VALUE_STRING -> "một chuỗi";
      default -> "giá trị không hợp lệ";
    };
  }

  /** The value as validators read it: a String, Number, Boolean, parsed JSON or a {@link SubmittedFile}. */
  private static Object value(SubmittedBody body, SubmittedBody.Variable variable, VariableKind kind)
      throws IOException {
    if (variable.isNull() || "null".equalsIgnoreCase(variable.type())) {
      return null;
    }
    return switch (kind) {
      case NUMBER, BOOLEAN -> variable.scalar();
      case JSON -> JSON.readValue(body.text(variable), Object.class);
      case FILE -> file(body, variable);
      default -> body.text(variable);
    };
  }

  private static SubmittedFile file(SubmittedBody body, SubmittedBody.Variable variable) throws IOException {
    byte[] head = new byte[AttachmentPolicy.HEAD_BYTES];
    long[] length = {0};
    body.binary(variable, new OutputStream() {
      @Override
      public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] bytes, int offset, int count) {
        if (length[0] < head.length) {
          System.arraycopy(bytes, offset, head, (int) length[0], (int) Math.min(count, head.length - length[0]));
        }
        length[0] += count;
      }
    });
    return new SubmittedFile(variable.valueInfo().get("filename"), variable.valueInfo().get("mimeType"), length[0],
        head);
  }

  /**
   * Tasklist sends read-only fields back as shown: absent, null and "" are the same; dates as the same day in Hà Nội
   * (a date picker may send the day's midnight in UTC, the day before at 17:00Z); times by their minutes.
   */
  private static boolean sameShown(Object current, Object submitted, VariableKind kind) {
    String now = current == null ? "" : current.toString();
    String sent = submitted == null ? "" : submitted.toString();
    if (kind == VariableKind.DATE && !now.isBlank() && !sent.isBlank()) {
      try {
        return ProcessVariables.day(now).equals(ProcessVariables.day(sent));
      } catch (DateTimeException notDates) {
        return now.equals(sent);
      }
    }
    if (kind == VariableKind.TIME && now.length() >= 5 && sent.length() >= 5) {
      return now.substring(0, 5).equals(sent.substring(0, 5));
    }
    return now.equals(sent);
  }
}
