package vn.org.congdoanhanoi.phoihop.kernel.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.org.congdoanhanoi.phoihop.kernel.access.Groups;

/**
 * Answers every error of Camunda's JAX-RS applications ({@code /engine-rest}, and {@code /camunda/api/*}, the API of
 * Tasklist, Cockpit and Admin) with its meaning ({@link ErrorAnswers}) instead of Camunda's 500s.
 *
 * <p>Why an ExceptionMapper and not a servlet filter: only here is the exception itself at hand, with its cause
 * chain (a validator's refusal wrapped in ENGINE-03051, a lost race wrapped in a RestException); a filter would see
 * only Camunda's serialised text. {@link EngineRestErrorsDiscoverable} registers these mappers into every Jersey
 * application of the JVM, Spring's and the webapps' alike. Jersey picks the mapper of the closest exception type
 * and, at the same distance, the higher priority, so there is one subclass per type Camunda maps itself.
 */
abstract class EngineRestErrorMapper<E extends Throwable> implements ExceptionMapper<E> {

  /** Above Camunda's mappers (default priority 5000) for the same exception type. */
  static final int PRIORITY = 100;

  private static final Logger LOG = LoggerFactory.getLogger(EngineRestErrorMapper.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  /** A task addressed by id, under /engine-rest or the webapps' /engine/{name}. */
  private static final Pattern TASK_PATH = Pattern.compile("/task/([^/;]+)/[^/]+$");

  @Context
  private HttpServletRequest request;

  @Override
  public Response toResponse(E error) {
    ProcessEngine engine = ProcessEngines.getDefaultProcessEngine(false);
    ErrorAnswer answer = ErrorAnswers.of(error,
        () -> engine == null ? null : engine.getIdentityService().getPasswordPolicy());
    if (answer.status() == 404 && engine != null && completedTaskOfCaller(engine)) {
      answer = ErrorAnswer.conflict(ErrorAnswers.ALREADY_COMPLETED);
    }
    if (answer.status() >= 500) {
      request.setAttribute(ErrorAnswers.SERVER_FAILURE_ATTRIBUTE, error);
      LOG.error("Request {} {} failed", request.getMethod(), request.getRequestURI(), error);
    } else {
      LOG.debug("Request {} {} answered {}: {}", request.getMethod(), request.getRequestURI(), answer.status(),
          answer.message());
    }
    try {
      return Response.status(answer.status()).type("application/json;charset=UTF-8")
          .entity(JSON.writeValueAsString(answer.body())).build();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A task that is gone because it was completed is a lost race (409), not a wrong id (404); but only someone who
   * could work on it learns that it existed.
   */
  private boolean completedTaskOfCaller(ProcessEngine engine) {
    Matcher task = TASK_PATH.matcher(request.getRequestURI());
    IdentityService identity = engine.getIdentityService();
    Authentication caller = identity.getCurrentAuthentication();
    if (!task.find() || caller == null) {
      return false;
    }
    String taskId = task.group(1);
    List<String> groups = caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
    HistoryService history = engine.getHistoryService();
    identity.clearAuthentication();
    try {
      HistoricTaskInstance finished = history.createHistoricTaskInstanceQuery().taskId(taskId).finished()
          .singleResult();
      if (finished == null) {
        return false;
      }
      return groups.contains(Groups.ADMINISTRATORS) || caller.getUserId().equals(finished.getAssignee())
          || history.createHistoricIdentityLinkLogQuery().taskId(taskId).list().stream()
          .anyMatch(link -> caller.getUserId().equals(link.getUserId()) || groups.contains(link.getGroupId()));
    } finally {
      identity.setAuthentication(caller);
    }
  }

  @Priority(PRIORITY)
  static final class AnyError extends EngineRestErrorMapper<Throwable> {}

  @Priority(PRIORITY)
  static final class EngineError extends EngineRestErrorMapper<ProcessEngineException> {}

  @Priority(PRIORITY)
  static final class Refusal extends EngineRestErrorMapper<AuthorizationException> {}

  @Priority(PRIORITY)
  static final class CamundaRestError extends EngineRestErrorMapper<RestException> {}

  @Priority(PRIORITY)
  static final class UnreadableJson extends EngineRestErrorMapper<com.fasterxml.jackson.core.JsonProcessingException> {}

  @Priority(PRIORITY)
  static final class UnmappableJson extends EngineRestErrorMapper<com.fasterxml.jackson.databind.JsonMappingException> {}

  @Priority(PRIORITY)
  static final class MalformedJson extends EngineRestErrorMapper<com.fasterxml.jackson.core.JsonParseException> {}
}
