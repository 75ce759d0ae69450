package dev.rex.realtime.http;

import dev.rex.dsl.Table;
import dev.rex.realtime.Realtime;
import dev.rex.realtime.http.internal.HttpSettings;
import dev.rex.realtime.http.internal.RealtimeHandler;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.jspecify.annotations.Nullable;

/**
 * Serves a {@link Realtime}'s change streams over HTTP on Jetty 12, to browsers and other clients.
 *
 * <ul>
 *   <li>{@code GET {path}/sse/{table}?column=value…}: Server-Sent Events, one {@code change} event
 *       per change with the position as its {@code id}; an EventSource that reconnects sends {@code
 *       Last-Event-ID} and resumes without loss ({@code ?after=position} does the same by hand).
 *   <li>{@code {path}/ws}: a WebSocket with many subscriptions, each opened by a {@code subscribe}
 *       message and ended by {@code unsubscribe}.
 *   <li>Tables by their SQL name; filters are column equalities, with values converted to the
 *       column's type; the {@link RealtimeAuthorizer} may deny (403), restrict rows and hide
 *       columns.
 *   <li>Writes never block Realtime's delivery threads: a client that lets too much wait is cut off
 *       and told (or, for SSE, reconnects) where to resume.
 * </ul>
 *
 * See {@code docs/realtime-http.md} for the protocol.
 *
 * <pre>{@code
 * try (RealtimeServer server =
 *     RealtimeServer.builder(realtime).table(ALBUM).table(TRACK).port(8080).build().start()) {
 *   ...
 * }
 * }</pre>
 *
 * To serve it beside other handlers in a server of your own, mount {@link Builder#handler()}.
 */
public final class RealtimeServer implements AutoCloseable {

  private final Server server;
  private final ServerConnector connector;
  private final String host;
  private final String path;
  private boolean started;

  private RealtimeServer(Builder builder) {
    QueuedThreadPool threads = new QueuedThreadPool(builder.threads, Math.min(4, builder.threads));
    threads.setName("rex-realtime-http");
    this.server = new Server(threads);
    this.connector = new ServerConnector(server, 1, 1);
    connector.setHost(builder.host);
    connector.setPort(builder.port);
    connector.setIdleTimeout(Math.max(30_000, 3 * builder.heartbeat.toMillis()));
    server.addConnector(connector);
    server.setHandler(builder.handler());
    this.host = builder.host;
    this.path = builder.path;
  }

  /** A builder for a server of {@code realtime}'s changes. */
  public static Builder builder(Realtime realtime) {
    return new Builder(realtime);
  }

  /**
   * Starts listening; returns this server.
   *
   * @throws IllegalStateException when the port cannot be bound or the server was started before
   */
  public synchronized RealtimeServer start() {
    if (started) {
      throw new IllegalStateException("The server was already started");
    }
    try {
      server.start();
    } catch (Exception e) {
      throw new IllegalStateException(
          "Could not start the realtime server on " + host + ":" + connector.getPort(), e);
    }
    started = true;
    return this;
  }

  /**
   * The port the server listens on: the one asked for, or the one the system chose for port 0.
   *
   * @throws IllegalStateException before {@link #start()}
   */
  public int port() {
    int port = connector.getLocalPort();
    if (port <= 0) {
      throw new IllegalStateException("The server is not started");
    }
    return port;
  }

  /** The base URI of the endpoints, e.g. {@code http://127.0.0.1:8080/realtime}. */
  public URI uri() {
    String hostPart = host.contains(":") ? "[" + host + "]" : host;
    return URI.create("http://" + hostPart + ":" + port() + (path.equals("/") ? "" : path));
  }

  /**
   * Ends every subscription, closes every connection and stops the server; the {@link Realtime}
   * stays open. Does nothing when the server is not running.
   */
  @Override
  public synchronized void close() {
    try {
      server.stop();
    } catch (Exception e) {
      throw new IllegalStateException("Could not stop the realtime server", e);
    }
  }

  /** Settings of a {@link RealtimeServer}; at least one table must be given. */
  public static final class Builder {

    private static final Pattern PATH = Pattern.compile("/[A-Za-z0-9._~\\-/]*");

    private final Realtime realtime;
    private final List<Table<?>> tables = new ArrayList<>();
    private final Set<String> reservedParameters = new HashSet<>();
    private RealtimeAuthorizer authorizer = RealtimeAuthorizer.allowAll();
    private String host = "127.0.0.1";
    private int port = 0;
    private String path = "/realtime";
    private Duration heartbeat = Duration.ofSeconds(15);
    private Duration retry = Duration.ofSeconds(1);
    private long maxPendingBytes = 4L * 1024 * 1024;
    private int maxPendingMessages = 1_000;
    private int threads = 32;

    private Builder(Realtime realtime) {
      this.realtime = Objects.requireNonNull(realtime, "realtime");
    }

    /** Serves {@code table}'s changes, under its SQL name. */
    public Builder table(Table<?> table) {
      tables.add(Objects.requireNonNull(table, "table"));
      return this;
    }

    /** Serves each of {@code tables}. */
    public Builder tables(List<? extends Table<?>> tables) {
      tables.forEach(this::table);
      return this;
    }

    /** Who may subscribe to what; default {@link RealtimeAuthorizer#allowAll()}. */
    public Builder authorizer(RealtimeAuthorizer authorizer) {
      this.authorizer = Objects.requireNonNull(authorizer, "authorizer");
      return this;
    }

    /** The address to listen on; default {@code 127.0.0.1}, {@code 0.0.0.0} for all. */
    public Builder host(String host) {
      this.host = Objects.requireNonNull(host, "host");
      return this;
    }

    /** The port to listen on; default 0, any free port (see {@link RealtimeServer#port()}). */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
      }
      this.port = port;
      return this;
    }

    /** The base path of the endpoints; default {@code /realtime}. */
    public Builder path(String path) {
      Objects.requireNonNull(path, "path");
      if (!PATH.matcher(path).matches() || (path.length() > 1 && path.endsWith("/"))) {
        throw new IllegalArgumentException(
            "A path starts with / and has only letters, digits and . _ ~ - /, with no / at the"
                + " end; was '"
                + path
                + "'");
      }
      this.path = path;
      return this;
    }

    /**
     * How often an SSE stream gets a comment line and a WebSocket a ping, to keep proxies from
     * closing quiet connections and to notice clients that left; default 15 s.
     */
    public Builder heartbeat(Duration interval) {
      this.heartbeat = positive(interval, "heartbeat");
      return this;
    }

    /** The reconnection delay SSE streams tell EventSource ({@code retry:}); default 1 s. */
    public Builder retry(Duration delay) {
      this.retry = positive(delay, "retry");
      return this;
    }

    /**
     * How much may wait to be written to one client before it is cut off as too slow: messages (SSE
     * events, WebSocket messages) and, for SSE, bytes; default 1,000 messages and 4 MiB.
     */
    public Builder maxPending(int messages, long bytes) {
      if (messages < 1 || bytes < 1) {
        throw new IllegalArgumentException("The pending limits must be at least 1");
      }
      this.maxPendingMessages = messages;
      this.maxPendingBytes = bytes;
      return this;
    }

    /**
     * Query parameters that are not column filters, such as an access token the authorizer reads
     * ({@code after} never is one).
     */
    public Builder reservedParameters(String... names) {
      reservedParameters.addAll(List.of(names));
      return this;
    }

    /** The most threads the server uses, Jetty's own included (at least 4); default 32. */
    public Builder threads(int threads) {
      if (threads < 4) {
        throw new IllegalArgumentException("threads must be at least 4, was " + threads);
      }
      this.threads = threads;
      return this;
    }

    /** The server, not yet started. */
    public RealtimeServer build() {
      return new RealtimeServer(this);
    }

    /**
     * A Jetty handler that serves the endpoints under {@link #path} inside a server of your own
     * (beside static files or GraphQL, say, in a {@code Handler.Sequence}); requests for other
     * paths pass to the next handler. Stopping it ends its subscriptions. Host, port and threads do
     * not apply.
     */
    public Handler handler() {
      if (tables.isEmpty()) {
        throw new IllegalStateException("Serve at least one table");
      }
      return new RealtimeHandler(
          new HttpSettings(
              realtime,
              path,
              tables,
              authorizer,
              heartbeat,
              retry,
              maxPendingBytes,
              maxPendingMessages,
              reservedParameters));
    }

    private static Duration positive(@Nullable Duration duration, String what) {
      Objects.requireNonNull(duration, what);
      if (duration.isNegative() || duration.isZero()) {
        throw new IllegalArgumentException("The " + what + " must be positive, not " + duration);
      }
      return duration;
    }
  }
}
