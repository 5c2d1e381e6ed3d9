package vn.org.congdoanhanoi.phoihop;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** A user logged in to the Camunda webapps (as Tasklist's browser is), calling the webapps' API with the session. */
public final class WebappSession {

  private final HttpClient client;
  private final CookieManager cookies;
  private final String base;

  private WebappSession(HttpClient client, CookieManager cookies, String base) {
    this.client = client;
    this.cookies = cookies;
    this.base = base;
  }

  public static WebappSession login(int port, String user, String password) {
    CookieManager cookies = new CookieManager();
    HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
    String base = "http://localhost:" + port;
    send(client, HttpRequest.newBuilder(URI.create(base + "/camunda/app/tasklist/default/")).GET());
    String xsrf = xsrf(cookies);
    RestCaller.Response login = send(client, HttpRequest.newBuilder(
            URI.create(base + "/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", xsrf)
        .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8))));
    if (login.status() != 200) {
      throw new IllegalStateException("Login of " + user + " failed: " + login);
    }
    // As the browser does: the app is loaded again in the new session, which hands out that session's token.
    send(client, HttpRequest.newBuilder(URI.create(base + "/camunda/api/engine/engine/")).GET());
    return new WebappSession(client, cookies, base);
  }

  /** Camunda's CSRF token; a new one comes with the session that the login starts. */
  private static String xsrf(CookieManager cookies) {
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue).findFirst().orElse("");
  }

  public RestCaller.Response get(String path) {
    return send(client, HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json").GET());
  }

  public RestCaller.Response post(String path, String json) {
    return send(client, HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json")
        .header("Content-Type", "application/json").header("X-XSRF-TOKEN", xsrf(cookies))
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
  }

  /** A POST with the session's cookies but without its CSRF token, as another site's page could make it. */
  public RestCaller.Response postWithoutCsrfToken(String path, String json) {
    return send(client, HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json")
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
  }

  private static RestCaller.Response send(HttpClient client, HttpRequest.Builder request) {
    try {
      HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
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
