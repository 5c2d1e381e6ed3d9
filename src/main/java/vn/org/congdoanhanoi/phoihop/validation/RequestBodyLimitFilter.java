package vn.org.congdoanhanoi.phoihop.validation;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body larger than the largest accepted attachment needs (its base64 in JSON plus the other
 * fields) with 413, before anything (authentication included) reads it: an announced length is refused at once;
 * a body without one is counted while it is read, and whatever read it answers nothing: the 413 is sent instead.
 */
public class RequestBodyLimitFilter extends OncePerRequestFilter {

  /** Thrown by the counting stream when the body goes past the limit. */
  static final class TooLargeException extends IOException {
    TooLargeException() {
      super("Request body larger than the limit");
    }
  }

  private final long maxBytes;
  private final String message;

  public RequestBodyLimitFilter(long maxBytes, String attachmentLimit) {
    this.maxBytes = maxBytes;
    this.message = "Nội dung yêu cầu quá lớn (tối đa " + AttachmentPolicy.size(maxBytes) + "); tệp đính kèm tối đa "
        + attachmentLimit + ". Hãy gửi tệp nhỏ hơn.";
  }

  /** The base64 of a file of {@code attachmentBytes}, plus 1 MB for everything else a form sends. */
  public static long limitFor(long attachmentBytes) {
    return (attachmentBytes + 2) / 3 * 4 + 1024 * 1024;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long announced = request.getContentLengthLong();
    if (announced > maxBytes) {
      tooLarge(response);
      return;
    }
    if (announced >= 0) {
      chain.doFilter(request, response); // the container reads no more than the announced length
      return;
    }
    CountingRequest counted = new CountingRequest(request, maxBytes);
    SilencedResponse silenced = new SilencedResponse(response, counted);
    try {
      chain.doFilter(counted, silenced);
    } catch (IOException | ServletException | RuntimeException e) {
      if (!counted.exceeded) {
        throw e;
      }
    }
    if (counted.exceeded && !response.isCommitted()) {
      response.reset();
      tooLarge(response);
    }
  }

  private void tooLarge(HttpServletResponse response) throws IOException {
    response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
    response.setContentType("application/json;charset=UTF-8");
    // The rest of the body is not read; the connection is closed after the answer.
    response.setHeader("Connection", "close");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "RequestTooLargeException");
    body.put("status", HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
    body.put("title", "Yêu cầu quá lớn");
    body.put("message", message);
    body.put("detail", message);
    response.getOutputStream().write(new ObjectMapper().writeValueAsBytes(body));
  }

  private static final class CountingRequest extends HttpServletRequestWrapper {
    private final long maxBytes;
    private ServletInputStream counting;
    private long read;
    volatile boolean exceeded;

    CountingRequest(HttpServletRequest request, long maxBytes) {
      super(request);
      this.maxBytes = maxBytes;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (counting == null) {
        ServletInputStream in = super.getInputStream();
        counting = new ServletInputStream() {
          @Override
          public int read() throws IOException {
            int b = in.read();
            count(b < 0 ? 0 : 1);
            return b;
          }

          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            count(Math.max(n, 0));
            return n;
          }

          @Override
          public boolean isFinished() {
            return in.isFinished();
          }

          @Override
          public boolean isReady() {
            return in.isReady();
          }

          @Override
          public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
          }
        };
      }
      return counting;
    }

    @Override
    public BufferedReader getReader() throws IOException {
      return new BufferedReader(new InputStreamReader(getInputStream(),
          getCharacterEncoding() == null ? StandardCharsets.UTF_8.name() : getCharacterEncoding()));
    }

    private void count(int bytes) throws TooLargeException {
      read += bytes;
      if (read > maxBytes) {
        exceeded = true;
        throw new TooLargeException();
      }
    }
  }

  /** Once the body went past the limit, whatever answer the application writes is dropped for the 413. */
  private static final class SilencedResponse extends HttpServletResponseWrapper {
    private final CountingRequest request;
    private ServletOutputStream stream;
    private PrintWriter writer;

    SilencedResponse(HttpServletResponse response, CountingRequest request) {
      super(response);
      this.request = request;
    }

    @Override
    public void setStatus(int sc) {
      if (!request.exceeded) {
        super.setStatus(sc);
      }
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
      if (!request.exceeded) {
        super.sendError(sc, msg);
      }
    }

    @Override
    public void sendError(int sc) throws IOException {
      if (!request.exceeded) {
        super.sendError(sc);
      }
    }

    @Override
    public void flushBuffer() throws IOException {
      if (!request.exceeded) {
        super.flushBuffer();
      }
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
      if (stream != null) {
        return stream;
      }
      ServletOutputStream out = super.getOutputStream();
      stream = new ServletOutputStream() {
        @Override
        public void write(int b) throws IOException {
          if (!request.exceeded) {
            out.write(b);
          }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          if (!request.exceeded) {
            out.write(b, off, len);
          }
        }

        @Override
        public void flush() throws IOException {
          if (!request.exceeded) {
            out.flush();
          }
        }

        @Override
        public boolean isReady() {
          return out.isReady();
        }

        @Override
        public void setWriteListener(WriteListener listener) {
          out.setWriteListener(listener);
        }
      };
      return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
      if (writer != null) {
        return writer;
      }
      writer = new PrintWriter(new java.io.OutputStreamWriter(getOutputStream(),
          getCharacterEncoding() == null ? StandardCharsets.UTF_8.name() : getCharacterEncoding()), true) {
        @Override
        public void flush() {
          if (!request.exceeded) {
            super.flush();
          }
        }
      };
      return writer;
    }
  }
}
