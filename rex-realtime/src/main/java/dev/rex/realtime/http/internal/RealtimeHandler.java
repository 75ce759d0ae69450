package dev.rex.realtime.http.internal;

import dev.rex.realtime.http.SameOrigin;
import java.util.ArrayList;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.websocket.server.ServerWebSocketContainer;
import org.jspecify.annotations.Nullable;

/**
 * The Jetty handler of {@code RealtimeServer}: {@code {path}/sse/{table}} answers with an event
 * stream ({@link SseEndpoint}), {@code {path}/ws} upgrades to a WebSocket ({@link SocketSession});
 * other paths are left to the next handler. It can sit in any Jetty 12 server: on start it finds
 * (or creates) the server's WebSocket container. One thread sends heartbeats to every open
 * connection; stopping the handler ends every subscription and closes every connection.
 */
public final class RealtimeHandler extends Handler.Abstract {

  private final HttpSettings settings;
  private final ServedTables tables;
  private final ChangeJson json = new ChangeJson();
  private final Set<Connection> connections = ConcurrentHashMap.newKeySet();
  private final SseEndpoint sse;
  private final String ssePrefix;
  private final String socketPath;
  private @Nullable ServerWebSocketContainer container;
  private @Nullable ScheduledExecutorService heartbeats;
  private @Nullable ScheduledFuture<?> heartbeatTask;

  public RealtimeHandler(HttpSettings settings) {
    this.settings = settings;
    this.tables = new ServedTables(settings.tables());
    this.sse = new SseEndpoint(settings, tables, json, connections);
    String base = settings.path().equals("/") ? "" : settings.path();
    this.ssePrefix = base + "/sse/";
    this.socketPath = base + "/ws";
  }

  @Override
  protected void doStart() throws Exception {
    Server server = getServer();
    if (server == null) {
      throw new IllegalStateException("The realtime handler must be part of a Jetty Server");
    }
    ServerWebSocketContainer sockets = ServerWebSocketContainer.ensure(server);
    if (!sockets.isStarted()) {
      addManaged(sockets);
    }
    container = sockets;
    ScheduledExecutorService timer =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "rex-realtime-http-heartbeat");
              thread.setDaemon(true);
              return thread;
            });
    long every = settings.heartbeat().toMillis();
    heartbeatTask = timer.scheduleAtFixedRate(this::heartbeat, every, every, TimeUnit.MILLISECONDS);
    heartbeats = timer;
    super.doStart();
  }

  private void heartbeat() {
    for (Connection connection : connections) {
      try {
        connection.heartbeat();
      } catch (RuntimeException e) {
        connection.shutdown();
      }
    }
  }

  @Override
  protected void doStop() throws Exception {
    ScheduledFuture<?> task = heartbeatTask;
    if (task != null) {
      task.cancel(false);
    }
    ScheduledExecutorService timer = heartbeats;
    if (timer != null) {
      timer.shutdownNow();
    }
    for (Connection connection : new ArrayList<>(connections)) {
      connection.shutdown();
    }
    connections.clear();
    super.doStop();
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    String path = Request.getPathInContext(request);
    if (path.startsWith(ssePrefix) && path.length() > ssePrefix.length()) {
      sse.handle(path.substring(ssePrefix.length()), request, response, callback);
      return true;
    }
    if (path.equals(socketPath)) {
      upgrade(request, response, callback);
      return true;
    }
    return false;
  }

  private void upgrade(Request request, Response response, Callback callback) {
    if (!SameOrigin.allows(
        request.getHeaders().get(HttpHeader.ORIGIN),
        Request.getServerName(request),
        Request.getServerPort(request))) {
      Responses.text(
          response, callback, 403, "This WebSocket does not accept pages of another origin.");
      return;
    }
    ServerWebSocketContainer sockets = container;
    boolean upgraded =
        sockets != null
            && sockets.upgrade(
                (upgradeRequest, upgradeResponse, upgradeCallback) ->
                    new SocketSession(
                        settings, tables, json, RequestFacts.of(upgradeRequest), connections),
                request,
                response,
                callback);
    if (!upgraded) {
      Responses.text(response, callback, 400, "Connect to this path with a WebSocket.");
    }
  }

  /** How many SSE streams and WebSockets are open (for tests and diagnostics). */
  public int openConnections() {
    return connections.size();
  }
}
