package bench.driver;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A local SMTP sink for the benchmark's runs with mail on: accepts every message on 127.0.0.1, keeps none, counts
 * messages and recipients and writes the counts as JSON to a file after each message. Enough SMTP for JavaMail
 * (EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP, QUIT); no TLS, no authentication.
 *
 * <p>Usage: {@code SmtpSink <port> <counts.json>}; runs until killed.
 */
public final class SmtpSink {

  private static final AtomicLong MESSAGES = new AtomicLong();
  private static final AtomicLong RECIPIENTS = new AtomicLong();

  private SmtpSink() {}

  public static void main(String[] args) throws IOException {
    int port = Integer.parseInt(args[0]);
    Path counts = Path.of(args[1]);
    write(counts);
    ExecutorService sessions = Executors.newCachedThreadPool();
    try (ServerSocket server = new ServerSocket(port, 100, InetAddress.getLoopbackAddress())) {
      while (true) {
        Socket socket = server.accept();
        sessions.submit(() -> session(socket, counts));
      }
    }
  }

  private static Void session(Socket socket, Path counts) throws IOException {
    try (socket; BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
        StandardCharsets.UTF_8)); OutputStream out = socket.getOutputStream()) {
      reply(out, "220 benchmark SMTP sink");
      long recipients = 0;
      String line;
      while ((line = in.readLine()) != null) {
        String command = line.length() < 4 ? line.toUpperCase() : line.substring(0, 4).toUpperCase();
        switch (command) {
          case "EHLO", "HELO" -> reply(out, "250 benchmark");
          case "RCPT" -> {
            recipients++;
            reply(out, "250 OK");
          }
          case "DATA" -> {
            reply(out, "354 End data with <CR><LF>.<CR><LF>");
            while ((line = in.readLine()) != null && !line.equals(".")) {
              // the message is not kept
            }
            MESSAGES.incrementAndGet();
            RECIPIENTS.addAndGet(recipients);
            recipients = 0;
            write(counts);
            reply(out, "250 OK");
          }
          case "RSET" -> {
            recipients = 0;
            reply(out, "250 OK");
          }
          case "QUIT" -> {
            reply(out, "221 Bye");
            return null;
          }
          default -> reply(out, "250 OK");
        }
      }
    }
    return null;
  }

  private static void reply(OutputStream out, String line) throws IOException {
    out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  private static synchronized void write(Path counts) throws IOException {
    Path next = counts.resolveSibling(counts.getFileName() + ".tmp");
    Files.writeString(next, "{\"messages\":" + MESSAGES.get() + ",\"recipients\":" + RECIPIENTS.get() + "}");
    Files.move(next, counts, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }
}
