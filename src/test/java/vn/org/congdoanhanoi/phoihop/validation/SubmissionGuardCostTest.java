package vn.org.congdoanhanoi.phoihop.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import jakarta.servlet.ServletInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * What the submission guard costs a request it has nothing to judge: a POST that is no start or completion is not
 * read at all, and a start or completion that submits no variable is read but costs no engine lookup. (What it
 * refuses is shown over HTTP by the hostile-input and process tests.)
 */
class SubmissionGuardCostTest {

  final RepositoryService repositoryService = mock(RepositoryService.class);
  final TaskService taskService = mock(TaskService.class);
  final IdentityService identityService = mock(IdentityService.class);
  final SubmissionGuardFilter guard = new SubmissionGuardFilter(List.of(), new FormVariablesIndex(repositoryService),
      1_000_000, repositoryService, taskService, identityService);

  {
    when(identityService.getCurrentAuthentication()).thenReturn(new Authentication("vanphong", List.of("city-office")));
  }

  @Test
  void aPostThatIsNoSubmissionIsPassedOnUnread() throws Exception {
    for (String path : List.of("/task", "/process-instance/delete", "/message", "/task/abc/claim",
        "/process-definition/key/x/statistics", "/external-task/fetchAndLock")) {
      UnreadableRequest request = new UnreadableRequest(path, "{\"variables\": {\"a\": {\"value\": 1}}}");
      MockFilterChain chain = new MockFilterChain();
      guard.doFilter(request, new MockHttpServletResponse(), chain);
      assertThat(chain.getRequest()).as(path).isSameAs(request);
      assertThat(request.read).as("body of %s read", path).isFalse();
    }
    verifyNoInteractions(repositoryService, taskService);
  }

  @Test
  void aStartOrCompletionWithoutVariablesCostsNoEngineLookup() throws Exception {
    for (String path : List.of("/task/abc/complete", "/process-definition/key/benchmark-minimal/start",
        "/process-definition/some-id/submit-form")) {
      for (String body : List.of("", "{}", "{\"variables\": {}}", "{\"variables\": null, \"businessKey\": \"k\"}")) {
        MockHttpServletRequest request = request(path, body);
        MockFilterChain chain = new MockFilterChain();
        MockHttpServletResponse response = new MockHttpServletResponse();
        guard.doFilter(request, response, chain);
        assertThat(response.getStatus()).as("%s %s", path, body).isEqualTo(200);
        assertThat(new String(chain.getRequest().getInputStream().readAllBytes(), StandardCharsets.UTF_8))
            .as("what Camunda reads").isEqualTo(body);
      }
    }
    verifyNoInteractions(repositoryService, taskService);
  }

  @Test
  void aStartThatAsksToSkipTheListenersIsStillJudged() throws Exception {
    MockHttpServletRequest request = request("/process-definition/key/x/start", "{\"skipCustomListeners\": true}");
    MockHttpServletResponse response = new MockHttpServletResponse();
    when(repositoryService.createProcessDefinitionQuery()).thenReturn(
        mock(org.camunda.bpm.engine.repository.ProcessDefinitionQuery.class, org.mockito.Mockito.RETURNS_SELF));
    guard.doFilter(request, response, new MockFilterChain());
    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("skipCustomListeners");
  }

  private static MockHttpServletRequest request(String path, String body) {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/engine-rest" + path);
    request.setServletPath("/engine-rest");
    request.setPathInfo(path);
    request.setContentType("application/json");
    request.setContent(body.getBytes(StandardCharsets.UTF_8));
    return request;
  }

  /** A request whose body must not be read. */
  static final class UnreadableRequest extends MockHttpServletRequest {
    boolean read;

    UnreadableRequest(String path, String body) {
      super("POST", "/engine-rest" + path);
      setServletPath("/engine-rest");
      setPathInfo(path);
      setContentType("application/json");
      setContent(body.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public ServletInputStream getInputStream() {
      read = true;
      return super.getInputStream();
    }

    @Override
    public java.io.BufferedReader getReader() throws java.io.UnsupportedEncodingException {
      read = true;
      return super.getReader();
    }
  }
}
