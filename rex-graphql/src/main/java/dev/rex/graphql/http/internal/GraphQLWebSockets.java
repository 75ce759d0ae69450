package dev.rex.graphql.http.internal;

import dev.rex.graphql.GraphQLExecutor;
import dev.rex.realtime.http.SameOrigin;
import java.time.Duration;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;

/**
 * The graphql-transport-ws endpoint at the GraphQL path: a WebSocket upgrade there, offering the
 * subprotocol, opens a {@link GraphQLWebSocket}; every other request goes on to {@code next}.
 */
public final class GraphQLWebSockets {

  /** How often the server pings an open connection, so that dead peers are noticed. */
  private static final Duration KEEP_ALIVE = Duration.ofSeconds(15);

  /** How long a connection may stay silent, pongs included, before it is closed. */
  private static final Duration IDLE_TIMEOUT = Duration.ofSeconds(60);

  private GraphQLWebSockets() {}

  /** {@code next} behind the WebSocket endpoint of {@code executor} at {@code path}. */
  public static Handler around(Server server, String path, GraphQLExecutor executor, Handler next) {
    WebSocketUpgradeHandler upgrades =
        WebSocketUpgradeHandler.from(
            server,
            container -> {
              container.setIdleTimeout(IDLE_TIMEOUT);
              container.addMapping(
                  path,
                  (request, response, callback) -> {
                    if (!SameOrigin.allows(
                        request.getHeaders().get(HttpHeader.ORIGIN),
                        Request.getServerName(request),
                        Request.getServerPort(request))) {
                      Response.writeError(
                          request,
                          response,
                          callback,
                          403,
                          "This WebSocket does not accept pages of another origin.");
                      return null;
                    }
                    if (request.hasSubProtocol(GraphQLWebSocket.SUBPROTOCOL)) {
                      response.setAcceptedSubProtocol(GraphQLWebSocket.SUBPROTOCOL);
                    }
                    return new GraphQLWebSocket(executor, server.getScheduler(), KEEP_ALIVE);
                  });
            });
    upgrades.setHandler(next);
    return upgrades;
  }
}
