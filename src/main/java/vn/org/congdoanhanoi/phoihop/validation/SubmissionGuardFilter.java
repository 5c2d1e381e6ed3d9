package vn.org.congdoanhanoi.phoihop.validation;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinitionQuery;
import org.camunda.bpm.engine.task.Task;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.org.congdoanhanoi.phoihop.kernel.access.WebappSessionUser;

/**
 * Every start and task completion that arrives over HTTP (Camunda's REST API, Tasklist's API) passes here, after
 * authentication and before Camunda reads it:
 * <ul>
 *   <li>it may set only the variables its form declares (plus documented REST-only start variables), each with the
 *       shape of its field; read-only fields only unchanged, and those are not written again;</li>
 * </ul>
 * The values themselves are checked once, inside the engine, by the validators of the task or start event
 * ({@link TaskValidationPlugin}, the processes' start listeners): a refusal rolls everything back and every API
 * answers it with 400 naming each field, so checking them here too would only be a second copy of that answer.
 * A caller the webapps do not know is passed on unread, for Camunda to refuse.
 */
public class SubmissionGuardFilter extends OncePerRequestFilter {

  private static final String API = "(?:/engine-rest(?:/engine/[^/]+)?|/camunda/api/engine/engine/[^/]+)";
  private static final Pattern START = Pattern.compile(API
      + "/process-definition/(?:key/([^/]+)(?:/tenant-id/([^/]+))?|([^/]+))/(?:start|submit-form)/?",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern TASK = Pattern.compile(API + "/task/([^/]+)/(?:complete|submit-form|resolve)/?",
      Pattern.CASE_INSENSITIVE);
  /** Start options that would skip the start listeners (our validation) or bring variables of their own. */
  private static final List<String> START_OPTIONS_REFUSED = List.of("startInstructions", "skipCustomListeners",
      "skipIoMappings");

  private final ObjectMapper json = new ObjectMapper();
  private final JsonFactory bodies;
  private final long maxBodyBytes;
  private final Map<String, StartValidator> startValidators;
  private final FormVariablesIndex forms;
  private final RepositoryService repositoryService;
  private final TaskService taskService;
  private final IdentityService identityService;

  public SubmissionGuardFilter(List<StartValidator> startValidators, FormVariablesIndex forms, long maxBodyBytes,
                               RepositoryService repositoryService, TaskService taskService,
                               IdentityService identityService) {
    this.startValidators = startValidators.stream()
        .collect(Collectors.toMap(StartValidator::processDefinitionKey, Function.identity()));
    this.forms = forms;
    this.maxBodyBytes = maxBodyBytes;
    this.bodies = SubmittedBody.factory(maxBodyBytes);
    this.repositoryService = repositoryService;
    this.taskService = taskService;
    this.identityService = identityService;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equalsIgnoreCase(request.getMethod());
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    // The path as the servlet container decoded and normalised it (no ";params", "%xx" or "//"), which is what
    // the REST resources are matched against.
    String path = request.getServletPath() + Objects.toString(request.getPathInfo(), "");
    Matcher start = START.matcher(path);
    Matcher task = TASK.matcher(path);
    if (!start.matches() && !task.matches()) {
      chain.doFilter(request, response);
      return;
    }
    Authentication caller = caller(request);
    if (caller == null) {
      chain.doFilter(request, response); // unread: Camunda answers 401 whatever the body says
      return;
    }
    SubmittedBody body;
    try {
      body = SubmittedBody.parse(bodies, readBody(request));
    } catch (SubmittedBody.UnreadableException e) {
      refuse(response, HttpServletResponse.SC_BAD_REQUEST, List.of(new Violation("(nội dung)", e.getMessage())));
      return;
    }
    if (body.variables().isEmpty() && START_OPTIONS_REFUSED.stream().noneMatch(body::isSet)) {
      // Nothing submitted and no option to refuse: whatever the form or the task, there is nothing to hold to it,
      // so the engine is not asked (the usual REST completion of a task without a form, or a start of one).
      chain.doFilter(new CheckedBodyRequest(request, body, Set.of()), response);
      return;
    }
    // Models, tasks and values are looked up as the engine itself, so that what a caller may not read is checked
    // too; the caller's own rights decide only whether the task's read-only values are compared.
    Authentication previous = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    Checked checked;
    try {
      checked = start.matches() ? checkStart(start, body) : checkTask(task.group(1), body, caller);
    } finally {
      if (previous == null) {
        identityService.clearAuthentication();
      } else {
        identityService.setAuthentication(previous);
      }
    }
    if (checked.status != 0) {
      refuse(response, checked.status, checked.violations);
    } else {
      chain.doFilter(new CheckedBodyRequest(request, body, checked.echoes), response);
    }
  }

  private record Checked(int status, List<Violation> violations, Set<String> echoes) {
    static Checked pass(Set<String> echoes) {
      return new Checked(0, List.of(), echoes);
    }

    static Checked refused(int status, List<Violation> violations) {
      return new Checked(status, violations, Set.of());
    }
  }

  private Checked checkStart(Matcher start, SubmittedBody body) {
    List<Violation> violations = new ArrayList<>();
    for (String option : START_OPTIONS_REFUSED) {
      if (body.isSet(option)) {
        violations.add(new Violation(option, "Không nhận tùy chọn " + option + " khi khởi tạo quy trình: quy trình "
            + "luôn bắt đầu từ sự kiện bắt đầu, với các bước kiểm tra của nó; hãy bỏ trường này."));
      }
    }
    List<ProcessDefinition> definitions = definitions(start);
    Set<Violation> found = new LinkedHashSet<>(violations);
    for (ProcessDefinition definition : definitions) {
      StartValidator validator = startValidators.get(definition.getKey());
      FormVariables form = forms.startForm(definition);
      if (validator != null) {
        form = form.with(validator.restOnlyVariables().stream()
            .collect(Collectors.toMap(DeclaredVariable::name, Function.identity())));
      }
      found.addAll(DeclaredVariablesCheck.check(body, form, "quy trình " + definition.getKey(), Map.of())
          .violations());
    }
    return found.isEmpty() ? Checked.pass(Set.of())
        : Checked.refused(HttpServletResponse.SC_BAD_REQUEST, List.copyOf(found));
  }

  /** The definitions Camunda may start: by id, or the latest of the key (of the tenant, when one is named). */
  private List<ProcessDefinition> definitions(Matcher start) {
    ProcessDefinitionQuery query = repositoryService.createProcessDefinitionQuery();
    if (start.group(3) != null) {
      return query.processDefinitionId(start.group(3)).list();
    }
    query.processDefinitionKey(start.group(1)).latestVersion();
    if (start.group(2) != null) {
      query.tenantIdIn(start.group(2));
    }
    return query.list();
  }

  private Checked checkTask(String taskId, SubmittedBody body, Authentication caller) {
    Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
    if (task == null) {
      return body.variables().isEmpty() ? Checked.pass(Set.of())
          : Checked.refused(HttpServletResponse.SC_NOT_FOUND, List.of(new Violation("taskId",
              "Không tìm thấy công việc " + Submission.quote(taskId) + "; công việc có thể đã được hoàn thành.")));
    }
    // A task created on its own (not by a process) has no form: nothing may be submitted to it.
    ProcessDefinition definition = task.getProcessDefinitionId() == null ? null
        : repositoryService.getProcessDefinition(task.getProcessDefinitionId());
    FormVariables form = definition == null ? FormVariables.none("(không có biểu mẫu)")
        : forms.taskForm(definition, task.getTaskDefinitionKey());
    String what = "công việc '" + task.getName() + "'";
    // What the form shows now, only to a caller who may see it: the engine refuses the others (403) anyway. Read
    // only when a read-only field came back, the one thing it is compared with.
    boolean echoes = body.variables().stream().map(v -> form.get(v.name()))
        .anyMatch(declared -> declared != null && declared.readOnly());
    Map<String, Object> current = echoes && visibleTo(caller, taskId)
        ? Submission.values(taskService.getVariablesTyped(taskId)) : null;
    DeclaredVariablesCheck.Result result = DeclaredVariablesCheck.check(body, form, what, current);
    return result.violations().isEmpty() ? Checked.pass(result.echoes())
        : Checked.refused(HttpServletResponse.SC_BAD_REQUEST, result.violations());
  }

  private boolean visibleTo(Authentication caller, String taskId) {
    identityService.setAuthentication(caller);
    try {
      return taskService.createTaskQuery().taskId(taskId).count() > 0;
    } finally {
      identityService.clearAuthentication();
    }
  }

  /** The REST filter has set the engine's user; Tasklist's API keeps it in the HTTP session instead. */
  private Authentication caller(HttpServletRequest request) {
    Authentication current = identityService.getCurrentAuthentication();
    return current != null ? current : WebappSessionUser.of(request);
  }

  /** The one copy of the body; {@link RequestBodyLimitFilter} has made sure it is not larger than the limit. */
  private byte[] readBody(HttpServletRequest request) throws IOException {
    try (InputStream in = request.getInputStream()) {
      byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
      if (body.length > maxBodyBytes) {
        throw new RequestBodyLimitFilter.TooLargeException();
      }
      return body;
    }
  }

  private void refuse(HttpServletResponse response, int status, List<Violation> violations) throws IOException {
    response.setStatus(status);
    response.setContentType("application/json;charset=UTF-8");
    Map<String, Object> body = new LinkedHashMap<>();
    // The same type names as every other error answer (ErrorAnswer): a missing task is not a bad value.
    body.put("type", status == HttpServletResponse.SC_NOT_FOUND ? "NotFound" : "InvalidRequestException");
    body.put("message", Submission.join(violations));
    body.put("errors", violations.stream().map(v -> Map.of("field", v.field(), "message", v.message())).toList());
    response.getOutputStream().write(json.writeValueAsBytes(body));
  }

  /** Passes the checked body on, without the read-only echoes, for Camunda to read. */
  private static final class CheckedBodyRequest extends HttpServletRequestWrapper {
    private final SubmittedBody body;
    private final Set<String> echoes;
    private final int length;

    CheckedBodyRequest(HttpServletRequest request, SubmittedBody body, Set<String> echoes) throws IOException {
      super(request);
      this.body = body;
      this.echoes = echoes;
      this.length = echoes.isEmpty() ? body.raw().length : body.lengthWithout(echoes);
    }

    @Override
    public int getContentLength() {
      return length;
    }

    @Override
    public long getContentLengthLong() {
      return length;
    }

    @Override
    public String getHeader(String name) {
      return "Content-Length".equalsIgnoreCase(name) ? String.valueOf(length) : super.getHeader(name);
    }

    @Override
    public ServletInputStream getInputStream() {
      InputStream in = body.without(echoes);
      return new ServletInputStream() {
        private boolean finished;

        @Override
        public int read() throws IOException {
          int b = in.read();
          finished = b < 0;
          return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
          int n = in.read(b, off, len);
          finished = n < 0;
          return n;
        }

        @Override
        public boolean isFinished() {
          return finished;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new IllegalStateException("The checked request body is read with blocking reads only");
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }
  }
}
