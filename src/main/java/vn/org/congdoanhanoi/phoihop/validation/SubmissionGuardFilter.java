package vn.org.congdoanhanoi.phoihop.validation;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.org.congdoanhanoi.phoihop.platform.WebappSessionUser;

/**
 * Answers a start or a task completion with bad values by 400 and a Vietnamese message naming each field, before
 * Camunda's REST API (which would answer 500) or Tasklist's API sees it. The same validators run again inside
 * the engine, so this filter only improves the answer; it is never the only check.
 */
public class SubmissionGuardFilter extends OncePerRequestFilter {

  private static final Pattern START = Pattern.compile(
      "^(?:/engine-rest|/camunda/api/engine/engine/[^/]+)/process-definition/(key/([^/]+)(?:/tenant-id/[^/]+)?|([^/]+))"
          + "/(start|submit-form)$");
  private static final Pattern TASK = Pattern.compile(
      "^(?:/engine-rest|/camunda/api/engine/engine/[^/]+)/task/([^/]+)/(complete|submit-form)$");

  /** Attachments arrive base64-encoded inside the JSON: allow strings well beyond the largest accepted file. */
  private final ObjectMapper json = new ObjectMapper(JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(200_000_000).build()).build());
  private final Map<String, StartValidator> startValidators;
  private final Map<String, TaskSubmissionValidator> taskValidators;
  private final RepositoryService repositoryService;
  private final TaskService taskService;
  private final IdentityService identityService;

  public SubmissionGuardFilter(List<StartValidator> startValidators, List<TaskSubmissionValidator> taskValidators,
                               RepositoryService repositoryService, TaskService taskService,
                               IdentityService identityService) {
    this.startValidators = startValidators.stream()
        .collect(Collectors.toMap(StartValidator::processDefinitionKey, Function.identity()));
    this.taskValidators = taskValidators.stream()
        .collect(Collectors.toMap(TaskSubmissionValidator::taskDefinitionKey, Function.identity()));
    this.repositoryService = repositoryService;
    this.taskService = taskService;
    this.identityService = identityService;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod());
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    Matcher start = START.matcher(path);
    Matcher task = TASK.matcher(path);
    if (!start.matches() && !task.matches()) {
      chain.doFilter(request, response);
      return;
    }
    CachedBodyRequest cached = new CachedBodyRequest(request);
    Map<String, Object> submitted = submittedVariables(cached.body);
    List<Violation> violations = submitted == null ? List.of()
        : start.matches() ? validateStart(start, submitted) : validateTask(task.group(1), submitted, request);
    if (violations.isEmpty()) {
      chain.doFilter(cached, response);
    } else {
      refuse(response, violations);
    }
  }

  private List<Violation> validateStart(Matcher start, Map<String, Object> variables) {
    String key = start.group(2);
    if (key == null) {
      ProcessDefinition definition = repositoryService.createProcessDefinitionQuery()
          .processDefinitionId(start.group(3)).singleResult();
      key = definition == null ? null : definition.getKey();
    }
    StartValidator validator = key == null ? null : startValidators.get(key);
    return validator == null ? List.of() : validator.validate(variables);
  }

  private List<Violation> validateTask(String taskId, Map<String, Object> submitted, HttpServletRequest request) {
    Authentication caller = caller(request);
    Authentication previous = identityService.getCurrentAuthentication();
    identityService.setAuthentication(caller);
    try {
      // Read as the caller: a task the caller may not see is left to Camunda to refuse (404/403).
      Task task = caller == null ? null : taskService.createTaskQuery().taskId(taskId).singleResult();
      TaskSubmissionValidator validator = task == null ? null : taskValidators.get(task.getTaskDefinitionKey());
      if (validator == null) {
        return List.of();
      }
      Map<String, Object> values = Submission.values(taskService.getVariablesTyped(taskId));
      values.putAll(submitted);
      return validator.validate(values, caller.getGroupIds() == null ? List.of() : caller.getGroupIds());
    } finally {
      identityService.setAuthentication(previous);
    }
  }

  /** The REST filter has set the engine's user; Tasklist's API keeps it in the HTTP session instead. */
  private Authentication caller(HttpServletRequest request) {
    Authentication current = identityService.getCurrentAuthentication();
    return current != null ? current : WebappSessionUser.of(request);
  }

  private Map<String, Object> submittedVariables(byte[] body) {
    try {
      JsonNode root = json.readTree(body);
      JsonNode variables = root == null ? null : root.get("variables");
      Map<String, Object> result = new LinkedHashMap<>();
      if (variables == null || !variables.isObject()) {
        return result;
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = variables.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> entry = it.next();
        result.put(entry.getKey(), valueOf(entry.getValue()));
      }
      return result;
    } catch (IOException e) {
      return null; // not JSON: Camunda answers that itself
    }
  }

  private Object valueOf(JsonNode variable) throws IOException {
    JsonNode value = variable.get("value");
    if (value == null || value.isNull()) {
      return null;
    }
    String type = variable.hasNonNull("type") ? variable.get("type").asText() : "";
    if ("Json".equalsIgnoreCase(type) && value.isTextual()) {
      return json.readValue(value.asText(), Object.class);
    }
    if ("File".equalsIgnoreCase(type)) {
      return fileValue(value, variable.get("valueInfo"));
    }
    return json.treeToValue(value, Object.class);
  }

  /** A file as Camunda's REST API takes it: the content base64-encoded, name and type in valueInfo. */
  private static Object fileValue(JsonNode value, JsonNode valueInfo) {
    String fileName = valueInfo == null ? null : valueInfo.path("filename").asText(null);
    String mimeType = valueInfo == null ? null : valueInfo.path("mimeType").asText(null);
    byte[] content;
    try {
      content = value.isTextual() ? Base64.getMimeDecoder().decode(value.asText()) : null;
    } catch (IllegalArgumentException e) {
      content = null;
    }
    if (content == null) {
      return value.asText(); // not base64: the validator says a file is expected
    }
    return org.camunda.bpm.engine.variable.Variables.fileValue(fileName == null ? "" : fileName)
        .file(content).mimeType(mimeType).create();
  }

  private void refuse(HttpServletResponse response, List<Violation> violations) throws IOException {
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    response.setContentType("application/json;charset=UTF-8");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "InvalidRequestException");
    body.put("message", Submission.join(violations));
    body.put("errors", violations.stream().map(v -> Map.of("field", v.field(), "message", v.message())).toList());
    response.getOutputStream().write(json.writeValueAsBytes(body));
  }

  /** Lets the body be read here and again by Camunda. */
  private static final class CachedBodyRequest extends HttpServletRequestWrapper {
    private final byte[] body;

    CachedBodyRequest(HttpServletRequest request) throws IOException {
      super(request);
      this.body = request.getInputStream().readAllBytes();
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new IllegalStateException("The cached request body is read with blocking reads only");
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }
  }
}
