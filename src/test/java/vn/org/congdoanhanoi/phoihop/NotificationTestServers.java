package vn.org.congdoanhanoi.phoihop;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The outside world of notifications, inside the test JVM and on free loopback ports: a real SMTP server
 * (GreenMail, behind an {@link SmtpGate} that can play outages) and an HTTP server standing in for the news desk
 * that receives webhooks. Started once per JVM; the application's mail and webhook settings point at them for
 * every integration test context.
 */
public final class NotificationTestServers implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  /** The petitions mailbox (phoihop.inbox.mailboxes.petitions), read over IMAP when a test polls it. */
  public static final String PETITION_MAILBOX = "kiennghi@ldld.test.example";
  public static final String PETITION_MAILBOX_LOGIN = "kiennghi";
  public static final String PETITION_MAILBOX_PASSWORD = "KienNghi@2023";

  private static GreenMail mail;
  private static SmtpGate smtpGate;
  private static HttpServer http;
  private static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();
  private static final AtomicInteger STATUS = new AtomicInteger(200);

  /** A request the news desk received. */
  public record Received(String path, Map<String, List<String>> headers, String body) {
    public String header(String name) {
      return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0)).findFirst().orElse(null);
    }
  }

  public static synchronized GreenMail mail() {
    if (mail == null) {
      mail = new GreenMail(new ServerSetup[] {new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
          new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
      mail.start();
      mail.setUser(PETITION_MAILBOX, PETITION_MAILBOX_LOGIN, PETITION_MAILBOX_PASSWORD);
    }
    return mail;
  }

  /** The application's SMTP server as the application sees it: a gate in front of GreenMail that can fail. */
  public static synchronized SmtpGate smtpGate() {
    if (smtpGate == null) {
      smtpGate = new SmtpGate(mail().getSmtp().getPort());
    }
    return smtpGate;
  }

  public static synchronized int httpPort() {
    if (http == null) {
      try {
        http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      http.createContext("/", exchange -> {
        String body;
        try (InputStream in = exchange.getRequestBody()) {
          body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        RECEIVED.add(new Received(exchange.getRequestURI().getPath(), Map.copyOf(exchange.getRequestHeaders()), body));
        int status = STATUS.get();
        byte[] answer = (status < 300 ? "{\"received\":true}" : "{\"error\":\"Trang tin đang bảo trì\"}")
            .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=UTF-8");
        exchange.sendResponseHeaders(status, answer.length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(answer);
        }
      });
      http.start();
    }
    return http.getAddress().getPort();
  }

  /** What the news desk answers from now on (200 normally; 500 to play an outage). */
  public static void answerWith(int status) {
    STATUS.set(status);
  }

  public static List<Received> webhooksReceived() {
    return List.copyOf(RECEIVED);
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    TestPropertyValues.of(
        "phoihop.notification.mail-enabled=true",
        "spring.mail.host=127.0.0.1",
        "spring.mail.port=" + smtpGate().port(),
        // Longer than in production (5 s), so that a test holding mails on a hanging server decides what it
        // observes, not a timeout racing a slow, shared test machine. Refused mails still fail at once.
        "spring.mail.properties[mail.smtp.connectiontimeout]=20000",
        "spring.mail.properties[mail.smtp.timeout]=20000",
        "spring.mail.properties[mail.smtp.writetimeout]=20000",
        "phoihop.notification.webhook.url=http://127.0.0.1:" + httpPort() + "/tin-tuc/su-kien",
        // The petitions mailbox on GreenMail's IMAP server; polled only when a test asks (MailIntake.poll).
        "phoihop.inbox.mailboxes.petitions.host=127.0.0.1",
        "phoihop.inbox.mailboxes.petitions.port=" + mail().getImap().getPort(),
        "phoihop.inbox.mailboxes.petitions.protocol=imap",
        "phoihop.inbox.mailboxes.petitions.starttls=false",
        "phoihop.inbox.mailboxes.petitions.username=" + PETITION_MAILBOX_LOGIN,
        "phoihop.inbox.mailboxes.petitions.password=" + PETITION_MAILBOX_PASSWORD,
        "phoihop.inbox.mailboxes.petitions.poll-interval=1d").applyTo(context.getEnvironment());
  }
}
