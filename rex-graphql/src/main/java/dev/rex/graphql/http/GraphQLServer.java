package dev.rex.graphql.http;

import dev.rex.graphql.GraphQLExecutor;
import dev.rex.graphql.http.internal.GraphQLHttpHandler;
import dev.rex.graphql.http.internal.GraphQLWebSockets;
import dev.rex.graphql.http.internal.HttpSettings;
import java.net.URI;
import java.util.Objects;
import java.util.regex.Pattern;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.jspecify.annotations.Nullable;

/**
 * A Jetty 12 server that answers GraphQL over HTTP at one path with a {@link GraphQLExecutor}.
 *
 * <ul>
 *   <li>POST with an {@code application/json} body {@code {query, operationName, variables,
 *       extensions}}; GET with the same as query parameters ({@code variables} and {@code
 *       extensions} as JSON text). GET runs only queries: a mutation gets 405 with {@code Allow:
 *       POST}.
 *   <li>The answer is {@code application/graphql-response+json} when the client asks for it: 200
 *       once execution started, 400 when the request could not be parsed or validated (no {@code
 *       data}). A client that accepts only {@code application/json}, {@code *}{@code /*} or sends
 *       no {@code Accept} gets {@code application/json} with status 200 for GraphQL errors, as
 *       before the specification. Neither acceptable: 406.
 *   <li>Malformed requests (not JSON, no query, variables not an object…): 400 with an error that
 *       says what is wrong; a body over {@link Builder#maxRequestBytes(int)}: 413; a body that is
 *       not {@code application/json}: 415; another method: 405.
 *   <li>The request's headers reach the executor in {@code GraphQLRequest.headers}, names in lower
 *       case.
 *   <li>Subscriptions (and queries and mutations) over WebSocket at the same path with the
 *       graphql-transport-ws subprotocol of the graphql-ws library: {@code connection_init} and
 *       {@code connection_ack}, {@code subscribe}, {@code next}, {@code error}, {@code complete},
 *       {@code ping} and {@code pong}, the protocol's close codes (4400, 4401, 4403, 4406, 4408,
 *       4409, 4429, 4500). The principal is resolved from the upgrade request's headers and the
 *       string members of the {@code connection_init} payload. The server pings every 15 s and
 *       closes a connection silent for 60 s.
 *   <li>GraphiQL, when on, is served from the jar (no CDN) at {@link Builder#graphiqlPath(String)}
 *       and for a browser's GET of the GraphQL path.
 * </ul>
 *
 * <pre>{@code
 * try (GraphQLServer server = GraphQLServer.builder(executor).port(8080).build().start()) {
 *   ...
 * }
 * }</pre>
 */
public final class GraphQLServer implements AutoCloseable {

  private final Server server;
  private final ServerConnector connector;
  private final String host;
  private final String path;
  private boolean started;

  private GraphQLServer(Builder builder) {
    QueuedThreadPool threads = new QueuedThreadPool(builder.threads, Math.min(4, builder.threads));
    threads.setName("rex-graphql-http");
    this.server = new Server(threads);
    this.connector = new ServerConnector(server, 1, 1);
    connector.setHost(builder.host);
    connector.setPort(builder.port);
    server.addConnector(connector);
    HttpSettings settings =
        new HttpSettings(
            builder.path, builder.graphiql, builder.graphiqlPath, builder.maxRequestBytes);
    server.setHandler(
        GraphQLWebSockets.around(
            server,
            builder.path,
            builder.executor,
            new GraphQLHttpHandler(builder.executor, settings)));
    this.host = builder.host;
    this.path = builder.path;
  }

  /** A builder for a server that runs requests with {@code executor}. */
  public static Builder builder(GraphQLExecutor executor) {
    return new Builder(executor);
  }

  /**
   * Starts listening; returns this server.
   *
   * @throws IllegalStateException when the port cannot be bound or the server was started before
   */
  public synchronized GraphQLServer start() {
    if (started) {
      throw new IllegalStateException("The server was already started");
    }
    try {
      server.start();
    } catch (Exception e) {
      throw new IllegalStateException(
          "Could not start the GraphQL server on " + host + ":" + connector.getPort(), e);
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

  /** The URI of the GraphQL endpoint, e.g. {@code http://127.0.0.1:8080/graphql}. */
  public URI uri() {
    String hostPart = host.contains(":") ? "[" + host + "]" : host;
    return URI.create("http://" + hostPart + ":" + port() + path);
  }

  /** Stops the server and waits for it; does nothing when it is not running. */
  @Override
  public synchronized void close() {
    try {
      server.stop();
    } catch (Exception e) {
      throw new IllegalStateException("Could not stop the GraphQL server", e);
    }
  }

  /** Settings of a {@link GraphQLServer}; every one has a default but the executor. */
  public static final class Builder {

    private static final Pattern PATH = Pattern.compile("/[A-Za-z0-9._~\\-/]*");

    private final GraphQLExecutor executor;
    private String host = "127.0.0.1";
    private int port = 0;
    private String path = "/graphql";
    private boolean graphiql = true;
    private String graphiqlPath = "/graphiql";
    private int maxRequestBytes = 1024 * 1024;
    private int threads = 16;

    private Builder(GraphQLExecutor executor) {
      this.executor = Objects.requireNonNull(executor, "executor");
    }

    /** The address to listen on; default {@code 127.0.0.1}, {@code 0.0.0.0} for all. */
    public Builder host(String host) {
      this.host = Objects.requireNonNull(host, "host");
      return this;
    }

    /** The port to listen on; default 0, any free port (see {@link GraphQLServer#port()}). */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
      }
      this.port = port;
      return this;
    }

    /** The GraphQL endpoint's path; default {@code /graphql}. */
    public Builder path(String path) {
      this.path = checkedPath(path);
      return this;
    }

    /** Whether GraphiQL is served; default true. */
    public Builder graphiql(boolean enabled) {
      this.graphiql = enabled;
      return this;
    }

    /**
     * Where GraphiQL is served (besides a browser's GET of the GraphQL path); default {@code
     * /graphiql}. Its scripts and styles are under this path's {@code /assets/}.
     */
    public Builder graphiqlPath(String graphiqlPath) {
      this.graphiqlPath = checkedPath(graphiqlPath);
      return this;
    }

    /** The largest request body accepted, in bytes; larger ones get 413. Default 1 MiB. */
    public Builder maxRequestBytes(int maxRequestBytes) {
      if (maxRequestBytes <= 0) {
        throw new IllegalArgumentException(
            "maxRequestBytes must be positive, was " + maxRequestBytes);
      }
      this.maxRequestBytes = maxRequestBytes;
      return this;
    }

    /**
     * The most threads the server uses, Jetty's own included (at least 4); default 16. Requests run
     * on them, one thread each while it executes.
     */
    public Builder threads(int threads) {
      if (threads < 4) {
        throw new IllegalArgumentException("threads must be at least 4, was " + threads);
      }
      this.threads = threads;
      return this;
    }

    /** The server, not yet started. */
    public GraphQLServer build() {
      return new GraphQLServer(this);
    }

    private static String checkedPath(@Nullable String path) {
      Objects.requireNonNull(path, "path");
      if (!PATH.matcher(path).matches() || (path.length() > 1 && path.endsWith("/"))) {
        throw new IllegalArgumentException(
            "A path starts with / and has only letters, digits and . _ ~ - /, with no / at the"
                + " end; was '"
                + path
                + "'");
      }
      return path;
    }
  }
}
