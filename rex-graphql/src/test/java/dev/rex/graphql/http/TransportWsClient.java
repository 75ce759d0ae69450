package dev.rex.graphql.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.client.ClientUpgradeRequest;
import org.eclipse.jetty.websocket.client.WebSocketClient;
import org.jspecify.annotations.Nullable;

/**
 * A graphql-transport-ws client for tests, on Jetty's WebSocket client: it sends what a test says
 * and queues every message it receives, and the close status when the server closes.
 */
public final class TransportWsClient implements AutoCloseable, Session.Listener.AutoDemanding {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration WAIT = Duration.ofSeconds(20);

  private final WebSocketClient client = new WebSocketClient();
  private final BlockingQueue<Map<String, Object>> received = new LinkedBlockingQueue<>();
  private final CompletableFuture<Integer> closed = new CompletableFuture<>();
  private @Nullable Session session;

  private TransportWsClient() {}

  /** Opens a connection to {@code uri} (http or ws) offering the subprotocol when {@code offer}. */
  public static TransportWsClient open(URI uri, boolean offer) throws Exception {
    TransportWsClient ws = new TransportWsClient();
    ws.client.start();
    ClientUpgradeRequest request = new ClientUpgradeRequest();
    if (offer) {
      request.setSubProtocols("graphql-transport-ws");
    }
    URI ws_uri = URI.create(uri.toString().replaceFirst("^http", "ws"));
    ws.session = ws.client.connect(ws, ws_uri, request).get(20, TimeUnit.SECONDS);
    return ws;
  }

  /** Opens a connection, sends {@code connection_init} with {@code payload}, awaits the ack. */
  public static TransportWsClient connected(URI uri, Map<String, Object> payload) throws Exception {
    TransportWsClient ws = open(uri, true);
    ws.send(Map.of("type", "connection_init", "payload", payload));
    assertThat(ws.next().get("type")).isEqualTo("connection_ack");
    return ws;
  }

  /** Sends {@code subscribe} with {@code id} and {@code query}. */
  public void subscribe(String id, String query) throws Exception {
    send(Map.of("type", "subscribe", "id", id, "payload", Map.of("query", query)));
  }

  /** Sends {@code message} as JSON. */
  public void send(Map<String, Object> message) throws Exception {
    sendText(JSON.writeValueAsString(message));
  }

  /** Sends {@code text} as it is. */
  public void sendText(String text) {
    Session open = session;
    assertThat(open).isNotNull();
    open.sendText(text, Callback.NOOP);
  }

  /** The next message received, failing after 20 s. */
  public Map<String, Object> next() throws InterruptedException {
    Map<String, Object> message = received.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    assertThat(message).as("a message within " + WAIT).isNotNull();
    return message;
  }

  /** The next message received within {@code millis}, or null. */
  public @Nullable Map<String, Object> poll(long millis) throws InterruptedException {
    return received.poll(millis, TimeUnit.MILLISECONDS);
  }

  /** The status the connection was closed with, failing after 20 s. */
  public int closeStatus() throws Exception {
    return closed.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public void onWebSocketText(String message) {
    try {
      received.add(JSON.readValue(message, new TypeReference<LinkedHashMap<String, Object>>() {}));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void onWebSocketClose(int statusCode, String reason, Callback callback) {
    closed.complete(statusCode);
    callback.succeed();
  }

  @Override
  public void close() throws Exception {
    Session open = session;
    if (open != null && open.isOpen()) {
      open.close(1000, "done", Callback.NOOP);
    }
    client.stop();
  }
}
