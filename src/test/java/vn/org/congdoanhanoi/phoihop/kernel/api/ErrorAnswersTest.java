package vn.org.congdoanhanoi.phoihop.kernel.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.identity.DefaultPasswordPolicyImpl;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.junit.jupiter.api.Test;
import vn.org.congdoanhanoi.phoihop.signing.unit.UnitSigning;
import vn.org.congdoanhanoi.phoihop.validation.InvalidSubmissionException;
import vn.org.congdoanhanoi.phoihop.validation.Violation;

/** The meaning of an error is found however deep Camunda wrapped it. */
class ErrorAnswersTest {

  @Test
  void aConflictThrownInsideADelegateIs409WithItsOwnMessage() {
    Throwable wrapped = new RestException(Response.Status.INTERNAL_SERVER_ERROR,
        new ProcessEngineException("ENGINE-xxx", new ConflictException("Lịch đã có người đặt; hãy thử lại.")), "x");
    ErrorAnswer answer = ErrorAnswers.of(wrapped, () -> null);
    assertThat(answer.status()).isEqualTo(409);
    assertThat(answer.message()).isEqualTo("Lịch đã có người đặt; hãy thử lại.");
  }

  @Test
  void optimisticLockingIs409AskingToRetry() {
    ErrorAnswer answer = ErrorAnswers.of(new RestException(Response.Status.INTERNAL_SERVER_ERROR,
        new OptimisticLockingException("ENGINE-03005 Execution of 'UPDATE TaskEntity' failed"), "x"), () -> null);
    assertThat(answer.status()).isEqualTo(409);
    assertThat(answer.message()).contains("thử lại").doesNotContain("ENGINE", "Entity");
  }

  @Test
  void aValidatorsRefusalWrappedByTheEngineIs400WithTheGuardsBodyShape() {
    InvalidSubmissionException refusal = new InvalidSubmissionException("Không thể hoàn thành công việc 'Đề xuất'",
        List.of(new Violation(UnitSigning.Vars.PROPOSED_TIME.name(), "giờ bắt đầu phải là giờ HH:mm"),
            new Violation(UnitSigning.Vars.VENUE.name(), "Thiếu địa điểm.")));
    Throwable wrapped = new ProcessEngineException("ENGINE-03051 There was an exception while invoking the "
        + "TaskListener. Message: '" + refusal.getMessage() + "'",
        new ProcessEngineException("Exception while invoking TaskListener: " + refusal.getMessage(), refusal));
    ErrorAnswer answer = ErrorAnswers.of(wrapped, () -> null);
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.body()).containsOnlyKeys("type", "message", "errors");
    assertThat(answer.type()).isEqualTo("InvalidRequestException");
    assertThat(answer.message()).isEqualTo(refusal.summary());
    assertThat(answer.errors()).extracting(e -> e.get("field")).containsExactly(UnitSigning.Vars.PROPOSED_TIME.name(),
        UnitSigning.Vars.VENUE.name());
  }

  @Test
  void camundasRefusalIs403WithoutItsEnglishInternals() {
    ErrorAnswer answer = ErrorAnswers.of(new AuthorizationException("The user with id 'x' does not have 'UPDATE' "
        + "permission on resource 'y' of type 'Task'."), () -> null);
    assertThat(answer.status()).isEqualTo(403);
    assertThat(answer.message()).isEqualTo(ErrorAnswers.FORBIDDEN);
  }

  @Test
  void aWeakPasswordIs400NamingThePolicy() {
    ErrorAnswer answer = ErrorAnswers.of(new ProcessEngineException("Password does not match policy"),
        DefaultPasswordPolicyImpl::new);
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.message()).contains("ít nhất 10 ký tự", "chữ hoa", "chữ thường", "chữ số", "ký tự đặc biệt");
    assertThat(answer.errors()).extracting(e -> e.get("field")).containsExactly("password");
  }

  @Test
  void anythingUnknownIs500WithoutDetails() {
    ErrorAnswer answer = ErrorAnswers.of(new IllegalStateException("java.lang.NullPointerException at org.x"),
        () -> null);
    assertThat(answer.status()).isEqualTo(500);
    assertThat(answer.message()).doesNotContain("java", "org.");
  }

  @Test
  void longDetailsAreCutBetweenWholeLetters() {
    String decomposed = "Đe\u0302\u0300 xua\u0302\u0301t ".repeat(40);
    // The 10th code point is an accent of "ấ": the letter goes whole or not at all.
    assertThat(ErrorAnswers.shorten(decomposed, 9)).isEqualTo("Đe\u0302\u0300 xu…");
    assertThat(ErrorAnswers.shorten("ngắn", 9)).isEqualTo("ngắn");
  }
}
