package vn.org.congdoanhanoi.phoihop.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.org.congdoanhanoi.phoihop.kernel.api.ErrorAnswers;
import org.springframework.web.util.HtmlUtils;

/**
 * Answers 503 with {@code Retry-After} and a Vietnamese message, on every API ({@code /engine-rest},
 * {@code /camunda/api}, {@code /api}) and page, when a request failed because the database could not be reached.
 * Outermost filter, so it also sees failures in the authentication filters, and whatever answer an inner layer
 * would have given (Camunda's mappers and our handlers say 500) is replaced. Three signals: the exception that
 * reaches this filter ({@link DatabaseOutage#isCause}), or the mark {@link OutageAwareDataSource} leaves on the
 * request when a connection could not be had, or the failure an inner layer already turned into a 500 answer left on
 * the request ({@link ErrorAnswers#SERVER_FAILURE_ATTRIBUTE}: a connection lost in use, after a remembered login). Any
 * other status (a 4xx, the health endpoint's own 503) passes unchanged.
 */
final class DatabaseOutageFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(DatabaseOutageFilter.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The request on this thread, while it passes through the filter: whether a connection failed. */
  private static final ThreadLocal<boolean[]> CONNECTION_FAILED = new ThreadLocal<>();

  static void connectionFailed() {
    boolean[] failed = CONNECTION_FAILED.get();
    if (failed != null) {
      failed[0] = true;
    }
  }

  static boolean connectionAlreadyFailed() {
    boolean[] failed = CONNECTION_FAILED.get();
    return failed != null && failed[0];
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    boolean[] failed = {false};
    boolean[] outer = CONNECTION_FAILED.get();
    CONNECTION_FAILED.set(failed);
    OutageAwareResponse guarded = new OutageAwareResponse(response, () -> failed[0]
        || request.getAttribute(ErrorAnswers.SERVER_FAILURE_ATTRIBUTE) instanceof Throwable answered
        && DatabaseOutage.isCause(answered));
    try {
      chain.doFilter(request, guarded);
    } catch (IOException | ServletException | RuntimeException e) {
      if (response.isCommitted() || !(failed[0] || DatabaseOutage.isCause(e))) {
        throw e;
      }
      answer(request, response);
      return;
    } finally {
      CONNECTION_FAILED.set(outer);
    }
    if (guarded.suppressed() && !response.isCommitted()) {
      answer(request, response);
    }
  }

  private static void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    LOG.warn("Database unreachable: {} {} answered 503", request.getMethod(), path);
    // Only the body and the status of the held-back answer go: headers set by outer filters (security headers)
    // stay; those of the answer itself are overwritten below.
    response.resetBuffer();
    response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    response.setContentLengthLong(-1);
    response.setHeader("Retry-After", Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS));
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    if (wantsPage(request, path)) {
      String title = HtmlUtils.htmlEscape(DatabaseOutage.TITLE, "UTF-8");
      String message = HtmlUtils.htmlEscape(DatabaseOutage.MESSAGE, "UTF-8");
      response.setContentType("text/html;charset=UTF-8");
      response.getWriter().write("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"UTF-8\"><title>" + title
          + "</title></head><body><h1>" + title + "</h1><p>" + message + "</p></body></html>");
    } else {
      Map<String, Object> problem = new LinkedHashMap<>();
      problem.put("type", "about:blank");
      problem.put("title", DatabaseOutage.TITLE);
      problem.put("status", HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      problem.put("detail", DatabaseOutage.MESSAGE);
      // Camunda's REST clients (Tasklist, Cockpit) show "message".
      problem.put("message", DatabaseOutage.MESSAGE);
      response.setContentType("application/problem+json;charset=UTF-8");
      response.getOutputStream().write(JSON.writeValueAsBytes(problem));
    }
    response.flushBuffer();
  }

  private static boolean wantsPage(HttpServletRequest request, String path) {
    if (path.startsWith("/engine-rest/") || path.startsWith("/camunda/api/") || path.startsWith("/api/")
        || path.startsWith("/actuator/")) {
      return false;
    }
    String accept = request.getHeader("Accept");
    return accept == null || accept.contains("text/html") || !accept.contains("json");
  }

  /**
   * Passes everything through, except a 500 answer given after a connection failed in this request: that one is
   * held back (status and body), so that the filter can answer 503 in its place. The health endpoint's own 503
   * (readiness DOWN) passes.
   */
  static final class OutageAwareResponse extends HttpServletResponseWrapper {

    private final BooleanSupplier connectionFailed;
    private boolean suppressed;

    OutageAwareResponse(HttpServletResponse response, BooleanSupplier connectionFailed) {
      super(response);
      this.connectionFailed = connectionFailed;
    }

    boolean suppressed() {
      return suppressed;
    }

    private boolean suppress(int status) {
      if (!suppressed && status == SC_INTERNAL_SERVER_ERROR && connectionFailed.getAsBoolean()
          && !getResponse().isCommitted()) {
        suppressed = true;
      }
      return suppressed;
    }

    @Override
    public void setStatus(int status) {
      if (!suppress(status)) {
        super.setStatus(status);
      }
    }

    @Override
    public void sendError(int status) throws IOException {
      if (!suppress(status)) {
        super.sendError(status);
      }
    }

    @Override
    public void sendError(int status, String message) throws IOException {
      if (!suppress(status)) {
        super.sendError(status, message);
      }
    }

    @Override
    public void setContentLength(int length) {
      if (!suppressed) {
        super.setContentLength(length);
      }
    }

    @Override
    public void setContentLengthLong(long length) {
      if (!suppressed) {
        super.setContentLengthLong(length);
      }
    }

    @Override
    public void setHeader(String name, String value) {
      if (!suppressed || !"Content-Length".equalsIgnoreCase(name)) {
        super.setHeader(name, value);
      }
    }

    @Override
    public void addHeader(String name, String value) {
      if (!suppressed || !"Content-Length".equalsIgnoreCase(name)) {
        super.addHeader(name, value);
      }
    }

    @Override
    public void flushBuffer() throws IOException {
      if (!suppressed) {
        super.flushBuffer();
      }
    }

    /** Status is set before the body is written (Jersey, Spring MVC): a held-back answer's body goes nowhere. */
    @Override
    public ServletOutputStream getOutputStream() throws IOException {
      return suppressed ? DISCARD : super.getOutputStream();
    }

    @Override
    public PrintWriter getWriter() throws IOException {
      return suppressed ? new PrintWriter(OutputStream.nullOutputStream()) : super.getWriter();
    }
  }

  private static final ServletOutputStream DISCARD = new ServletOutputStream() {
    @Override
    public void write(int b) {
      // held back: the filter answers 503 instead
    }

    @Override
    public boolean isReady() {
      return true;
    }

    @Override
    public void setWriteListener(WriteListener listener) {
      // never asynchronous
    }
  };
}
