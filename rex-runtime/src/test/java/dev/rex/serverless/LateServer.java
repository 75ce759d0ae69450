package dev.rex.serverless;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * A database that is still starting: a loopback port that refuses connections until {@code delay}
 * has passed, then forwards each connection to the real server of a JDBC URL.
 */
final class LateServer implements AutoCloseable {

  private final int port;
  private final List<AutoCloseable> open = new ArrayList<>();
  private final Thread opener;
  private volatile boolean closed;

  private LateServer(int port, String host, int targetPort, long delayMillis) {
    this.port = port;
    this.opener = new Thread(() -> serve(host, targetPort, delayMillis), "late-server");
    opener.setDaemon(true);
    opener.start();
  }

  /** Refuses connections for {@code delayMillis}, then forwards to the server of {@code url}. */
  static LateServer forwardingTo(String url, long delayMillis) throws IOException {
    URI uri = URI.create(url.substring("jdbc:".length()));
    int port;
    try (ServerSocket probe = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      port = probe.getLocalPort();
    }
    return new LateServer(port, uri.getHost(), uri.getPort(), delayMillis);
  }

  /** {@code url} with its host and port replaced by this server's. */
  String url(String url) {
    URI uri = URI.create(url.substring("jdbc:".length()));
    return "jdbc:postgresql://127.0.0.1:"
        + port
        + uri.getPath()
        + (uri.getQuery() == null ? "" : "?" + uri.getQuery());
  }

  private void serve(String host, int targetPort, long delayMillis) {
    try {
      Thread.sleep(delayMillis);
      ServerSocket server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
      synchronized (open) {
        open.add(server);
      }
      while (!closed) {
        Socket client = server.accept();
        Socket target = new Socket(host, targetPort);
        synchronized (open) {
          open.add(client);
          open.add(target);
        }
        pump(client.getInputStream(), target.getOutputStream());
        pump(target.getInputStream(), client.getOutputStream());
      }
    } catch (IOException | InterruptedException e) {
      // closed
    }
  }

  private static void pump(InputStream from, OutputStream to) {
    Thread thread =
        new Thread(
            () -> {
              try {
                from.transferTo(to);
                to.close();
              } catch (IOException e) {
                // one side closed
              }
            },
            "late-server-pump");
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public void close() throws Exception {
    closed = true;
    opener.interrupt();
    synchronized (open) {
      for (AutoCloseable closeable : open) {
        closeable.close();
      }
    }
  }
}
