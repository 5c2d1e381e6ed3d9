package vn.org.congdoanhanoi.phoihop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** Calls the running application over HTTP as a given user, the way other systems do. */
public final class RestCaller {

  public static final String DEMO_PASSWORD = "Demo@phoihop2022";
  public static final String ADMIN = "admin";
  public static final String ADMIN_PASSWORD = "Quantri@2022";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  private final String baseUrl;
  private final String authorization;

  private RestCaller(String baseUrl, String authorization) {
    this.baseUrl = baseUrl;
    this.authorization = authorization;
  }

  public static RestCaller anonymous(int port) {
    return new RestCaller("http://localhost:" + port, null);
  }

  public static RestCaller as(int port, String user, String password) {
    String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return new RestCaller("http://localhost:" + port, "Basic " + token);
  }

  public static RestCaller admin(int port) {
    return as(port, ADMIN, ADMIN_PASSWORD);
  }

  /** A demo account, e.g. {@code hoankiem.ldld}. */
  public static RestCaller demo(int port, String user) {
    return as(port, user, DEMO_PASSWORD);
  }

  public Response get(String path) {
    return send(request(path).GET());
  }

  public Response post(String path, Object body) {
    return send(request(path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(write(body), StandardCharsets.UTF_8)));
  }

  /** A JSON post with extra request headers (an idempotency key, a browser's Origin). */
  public Response post(String path, Object body, Map<String, String> headers) {
    HttpRequest.Builder builder = request(path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(write(body), StandardCharsets.UTF_8));
    headers.forEach(builder::header);
    return send(builder);
  }

  public Response postText(String path, String contentType, String body) {
    return send(request(path).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
  }

  /** A multipart form as a browser or {@code curl -F} sends it: text fields and one file in the field {@code file}. */
  public Response postFile(String path, Map<String, String> fields, String fileName, byte[] content) {
    return send(multipart(request(path), fields, fileName, content, "POST"));
  }

  /** The same multipart form sent with PUT (the organisation's district lists). */
  public Response putFile(String path, String fileName, byte[] content) {
    return send(multipart(request(path), Map.of(), fileName, content, "PUT"));
  }

  private static HttpRequest.Builder multipart(HttpRequest.Builder request, Map<String, String> fields,
                                               String fileName, byte[] content, String method) {
    String boundary = "phoihop-form-" + System.nanoTime();
    java.io.ByteArrayOutputStream form = new java.io.ByteArrayOutputStream();
    fields.forEach((name, value) -> form.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
        + name + "\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + value + "\r\n")
        .getBytes(StandardCharsets.UTF_8)));
    form.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    form.writeBytes(content);
    form.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return request.header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .method(method, HttpRequest.BodyPublishers.ofByteArray(form.toByteArray()));
  }

  public Response put(String path, Object body) {
    return send(request(path).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(write(body), StandardCharsets.UTF_8)));
  }

  public Response send(String method, String path) {
    return send(request(path).method(method, HttpRequest.BodyPublishers.noBody()));
  }

  /** A file as the browser downloads it: the bytes and the name the server gives it. */
  public Download download(String path) {
    try {
      HttpResponse<byte[]> response = CLIENT.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Download(response.statusCode(), response.headers().firstValue("Content-Disposition").orElse(""),
          response.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public record Download(int status, String disposition, byte[] body) {}

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", "*/*");
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    return builder;
  }

  private static String write(Object body) {
    try {
      return body instanceof String s ? s : JSON.writeValueAsString(body);
    } catch (IOException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static Response send(HttpRequest.Builder builder) {
    try {
      HttpResponse<byte[]> response = CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Response(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8),
          response.headers().firstValue("Content-Type").orElse(""));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public record Response(int status, String body, String contentType) {

    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new IllegalStateException("Not JSON (" + status + "): " + body, e);
      }
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }
}
