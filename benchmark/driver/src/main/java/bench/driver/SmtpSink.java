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
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The benchmark's local SMTP server: accepts every mail and keeps nothing but counts, so "mail on" costs the app
 * what a working mail server costs it. {@code SmtpSink <port> <count file>}: the count file holds
 * "{@code <connections> <messages> <recipients>}" after every message.
 */
public final class SmtpSink {

  private static final AtomicInteger CONNECTIONS = new AtomicInteger();
  private static final AtomicInteger MESSAGES = new AtomicInteger();
  private static final AtomicInteger RECIPIENTS = new AtomicInteger();

  private SmtpSink() {}

  public static void main(String[] args) throws IOException {
    Path counts = Path.of(args[1]);
    write(counts);
    try (ServerSocket server = new ServerSocket(Integer.parseInt(args[0]), 50, InetAddress.getLoopbackAddress())) {
      while (true) {
        Socket client = server.accept();
        CONNECTIONS.incrementAndGet();
        Thread thread = new Thread(() -> serve(client, counts), "smtp-sink");
        thread.setDaemon(true);
        thread.start();
      }
    }
  }

  private static void serve(Socket client, Path counts) {
    try (client; BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(),
        StandardCharsets.ISO_8859_1)); OutputStream out = client.getOutputStream()) {
      answer(out, "220 sink ESMTP");
      String line;
      while ((line = in.readLine()) != null) {
        String command = line.length() < 4 ? line.toUpperCase() : line.substring(0, 4).toUpperCase();
        switch (command) {
          case "EHLO", "HELO" -> answer(out, "250 sink");
          case "RCPT" -> {
            RECIPIENTS.incrementAndGet();
            answer(out, "250 OK");
          }
          case "DATA" -> {
            answer(out, "354 go ahead");
            while ((line = in.readLine()) != null && !line.equals(".")) {
              // the content is not kept
            }
            MESSAGES.incrementAndGet();
            write(counts);
            answer(out, "250 OK");
          }
          case "QUIT" -> {
            answer(out, "221 bye");
            return;
          }
          default -> answer(out, "250 OK");
        }
      }
    } catch (IOException e) {
      // the client went away
    }
  }

  private static void answer(OutputStream out, String line) throws IOException {
    out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  private static synchronized void write(Path counts) {
    try {
      Files.writeString(counts, CONNECTIONS.get() + " " + MESSAGES.get() + " " + RECIPIENTS.get() + "\n");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
