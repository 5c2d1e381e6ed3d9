package vn.org.congdoanhanoi.phoihop.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import vn.org.congdoanhanoi.phoihop.RestCaller;

/**
 * A user logged in to Tasklist, calling the webapps' own API ({@code /camunda/api/…}) as the browser does: session
 * cookie plus the CSRF token Camunda hands out in the {@code XSRF-TOKEN} cookie.
 */
final class WebappSession {

  private final String baseUrl;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient client;
  private String token;

  private WebappSession(int port) {
    this.baseUrl = "http://localhost:" + port;
    this.client = HttpClient.newBuilder().cookieHandler(cookies).build();
  }

  static WebappSession login(int port, String user, String password) {
    WebappSession session = new WebappSession(port);
    session.send(HttpRequest.newBuilder(URI.create(session.baseUrl + "/camunda/app/tasklist/")).GET());
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
        + URLEncoder.encode(password, StandardCharsets.UTF_8);
    RestCaller.Response login = session.send(session.request("/camunda/api/admin/auth/user/default/login/tasklist")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)));
    if (login.status() != 200) {
      throw new IllegalStateException("Tasklist login of " + user + " failed: " + login);
    }
    // The login starts a new session with a token of its own; Tasklist fetches it the same way.
    session.token = null;
    session.send(session.request("/camunda/api/admin/auth/user/default").GET());
    return session;
  }

  static WebappSession demo(int port, String user) {
    return login(port, user, RestCaller.DEMO_PASSWORD);
  }

  RestCaller.Response post(String path, String json) {
    return send(request(path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
  }

  RestCaller.Response get(String path) {
    return send(request(path).GET());
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", "application/json");
    if (token != null) {
      builder.header("X-XSRF-TOKEN", token);
    }
    return builder;
  }

  private RestCaller.Response send(HttpRequest.Builder builder) {
    try {
      HttpRequest request = builder.build();
      if (token == null && !request.headers().firstValue("X-XSRF-TOKEN").isPresent()) {
        request = HttpRequest.newBuilder(request, (name, value) -> true).header("X-XSRF-TOKEN", "Fetch").build();
      }
      HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
      response.headers().firstValue("X-XSRF-TOKEN").filter(t -> !"Fetch".equals(t)).ifPresent(t -> token = t);
      return new RestCaller.Response(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8),
          response.headers().firstValue("Content-Type").orElse(""));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
