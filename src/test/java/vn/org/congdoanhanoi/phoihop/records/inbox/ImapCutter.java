package vn.org.congdoanhanoi.phoihop.records.inbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP relay in front of the test IMAP server whose open connections a test can cut at a chosen moment, as a
 * crashing application (or network) would: the intake's next IMAP command fails, nothing more reaches the server.
 * New connections are relayed again at once.
 */
final class ImapCutter implements AutoCloseable {

  private final ServerSocket server;
  private final int target;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();

  ImapCutter(int target) throws IOException {
    this.target = target;
    this.server = new ServerSocket();
    server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    Thread acceptor = new Thread(this::accept, "imap-cutter");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  int port() {
    return server.getLocalPort();
  }

  /** Cuts every open connection, both ways. */
  void cut() {
    open.forEach(ImapCutter::close);
    open.clear();
  }

  @Override
  public void close() {
    cut();
    close(server);
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        Socket upstream = new Socket(InetAddress.getLoopbackAddress(), target);
        open.add(client);
        open.add(upstream);
        relay(client, upstream);
        relay(upstream, client);
      } catch (IOException e) {
        if (!server.isClosed()) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }

  private void relay(Socket from, Socket to) {
    Thread thread = new Thread(() -> {
      try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
        in.transferTo(out);
      } catch (IOException e) {
        // cut, or closed by either side
      } finally {
        close(from);
        close(to);
      }
    }, "imap-cutter-relay");
    thread.setDaemon(true);
    thread.start();
  }

  private static void close(java.io.Closeable closeable) {
    try {
      closeable.close();
    } catch (IOException e) {
      // already closed
    }
  }
}
