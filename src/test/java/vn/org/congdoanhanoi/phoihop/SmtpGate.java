package vn.org.congdoanhanoi.phoihop;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP gate in front of the test SMTP server that plays the outages mail meets in production: it forwards
 * (the server works), holds connections without ever answering (a server that accepts and hangs), refuses
 * ({@code 421} and close), or forwards a given number of SMTP transactions and then holds the next one (a server
 * that dies in the middle of a mail with several recipients). It counts the connections it holds and those whose
 * client gave up waiting, so a test can tell whether a mail attempt is still stuck.
 */
public final class SmtpGate {

  private enum Mode { FORWARD, HANG, REFUSE }

  private final int targetPort;
  private final ServerSocket server;
  private volatile Mode mode = Mode.FORWARD;
  /** SMTP transactions (MAIL FROM) still let through in FORWARD mode; the next one is held. */
  private final AtomicInteger transactionsLeft = new AtomicInteger(Integer.MAX_VALUE);
  private final AtomicInteger held = new AtomicInteger();
  private final AtomicInteger abandoned = new AtomicInteger();
  private final AtomicInteger refused = new AtomicInteger();
  private final AtomicInteger accepted = new AtomicInteger();
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();

  SmtpGate(int targetPort) {
    this.targetPort = targetPort;
    try {
      server = new ServerSocket();
      server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Thread acceptor = new Thread(this::acceptLoop, "smtp-gate");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  public int port() {
    return server.getLocalPort();
  }

  /** The server works again; held connections are cut (their clients see the connection drop) and counters reset. */
  public synchronized void forward() {
    mode = Mode.FORWARD;
    transactionsLeft.set(Integer.MAX_VALUE);
    open.forEach(SmtpGate::closeQuietly);
    open.clear();
    held.set(0);
    abandoned.set(0);
    refused.set(0);
    accepted.set(0);
  }

  /** Accepts every connection and never answers. */
  public synchronized void hang() {
    forward();
    mode = Mode.HANG;
  }

  /** Answers every connection with 421 and closes it: the attempt fails at once. */
  public synchronized void refuse() {
    forward();
    mode = Mode.REFUSE;
  }

  /** Lets this many SMTP transactions (one per envelope) through, then holds the connection at the next one. */
  public synchronized void forwardThenHang(int transactions) {
    forward();
    transactionsLeft.set(transactions);
  }

  /** Connections held right now: mail attempts that are stuck. */
  public int heldConnections() {
    return held.get();
  }

  /** Held connections that their client closed: attempts that gave up (timed out) while stuck. */
  public int abandonedConnections() {
    return abandoned.get();
  }

  public int refusedConnections() {
    return refused.get();
  }

  /** Every connection a client opened since the last mode change (a batch of mails should need one). */
  public int connections() {
    return accepted.get();
  }

  private void acceptLoop() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        Thread handler = new Thread(() -> handle(client), "smtp-gate-connection");
        handler.setDaemon(true);
        handler.start();
      } catch (IOException e) {
        return;
      }
    }
  }

  private void handle(Socket client) {
    accepted.incrementAndGet();
    open.add(client);
    try {
      switch (mode) {
        case HANG -> hold(client);
        case REFUSE -> {
          refused.incrementAndGet();
          client.getOutputStream().write("421 4.3.2 Service not available\r\n".getBytes(StandardCharsets.US_ASCII));
          client.getOutputStream().flush();
        }
        case FORWARD -> forwardConnection(client);
      }
    } catch (IOException e) {
      // the client or the server went away: nothing to relay any more
    } finally {
      open.remove(client);
      closeQuietly(client);
    }
  }

  /** Reads whatever the client sends until it closes the connection; never writes. */
  private void hold(Socket client) throws IOException {
    held.incrementAndGet();
    boolean clientGaveUp = false;
    try (InputStream in = client.getInputStream()) {
      byte[] buffer = new byte[1024];
      while (in.read(buffer) >= 0) {
        // discard
      }
      clientGaveUp = true;
    } catch (IOException e) {
      clientGaveUp = open.contains(client);
    } finally {
      if (open.contains(client)) {
        held.decrementAndGet();
        if (clientGaveUp) {
          abandoned.incrementAndGet();
        }
      }
    }
  }

  private void forwardConnection(Socket client) throws IOException {
    try (Socket upstream = new Socket(InetAddress.getLoopbackAddress(), targetPort)) {
      open.add(upstream);
      Thread answers = new Thread(() -> pump(upstream, client), "smtp-gate-answers");
      answers.setDaemon(true);
      answers.start();
      InputStream in = new java.io.BufferedInputStream(client.getInputStream());
      OutputStream out = upstream.getOutputStream();
      boolean inData = false;
      byte[] line;
      while ((line = readLine(in)) != null) {
        String text = new String(line, StandardCharsets.US_ASCII).strip();
        if (!inData && text.regionMatches(true, 0, "MAIL FROM:", 0, 10) && transactionsLeft.getAndDecrement() <= 0) {
          open.remove(upstream);
          closeQuietly(upstream);
          hold(client);
          return;
        }
        out.write(line);
        out.flush();
        if (!inData && text.equalsIgnoreCase("DATA")) {
          inData = true;
        } else if (inData && text.equals(".")) {
          inData = false;
        }
      }
    } finally {
      open.removeIf(s -> s.isClosed());
    }
  }

  private static void pump(Socket from, Socket to) {
    try {
      from.getInputStream().transferTo(to.getOutputStream());
    } catch (IOException e) {
      // one side closed
    }
  }

  private static byte[] readLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) >= 0) {
      line.write(b);
      if (b == '\n') {
        return line.toByteArray();
      }
    }
    return line.size() == 0 ? null : line.toByteArray();
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // already closed
    }
  }
}
