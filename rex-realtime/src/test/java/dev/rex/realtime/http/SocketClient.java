package dev.rex.realtime.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.client.WebSocketClient;
import org.jspecify.annotations.Nullable;

/**
 * A WebSocket client of the realtime protocol: JSON messages in, JSON messages out. It reads only
 * when {@link #reading} is on, so a test can play a client that does not keep up.
 */
public final class SocketClient implements Session.Listener, AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final WebSocketClient client = new WebSocketClient();
  private final BlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();
  private volatile @Nullable Session session;
  private volatile boolean reading = true;

  private SocketClient() {}

  public static SocketClient connect(URI uri) throws Exception {
    SocketClient socket = new SocketClient();
    socket.client.start();
    socket.client.connect(socket, uri).get(20, TimeUnit.SECONDS);
    return socket;
  }

  @Override
  public void onWebSocketOpen(Session session) {
    this.session = session;
    session.demand();
  }

  @Override
  public void onWebSocketText(String message) {
    try {
      messages.add(JSON.readTree(message));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    Session current = session;
    if (reading && current != null) {
      current.demand();
    }
  }

  /** Stops reading from the socket: the server's messages back up. */
  public void stopReading() {
    reading = false;
  }

  /** Reads again. */
  public void startReading() {
    reading = true;
    Session current = session;
    if (current != null) {
      current.demand();
    }
  }

  public void send(String json) {
    Session current = session;
    assertThat(current).isNotNull();
    current.sendText(json, Callback.NOOP);
  }

  /** The next message within {@code wait}; fails without one. */
  public JsonNode next(Duration wait) throws InterruptedException {
    JsonNode message = messages.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
    assertThat(message).as("a message within " + wait).isNotNull();
    return message;
  }

  public @Nullable JsonNode poll(Duration wait) throws InterruptedException {
    return messages.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public void close() throws Exception {
    Session current = session;
    if (current != null) {
      current.close();
    }
    client.stop();
  }
}
