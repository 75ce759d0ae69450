package dev.rex.graphql.http.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.rex.graphql.GraphQLExecutor;
import dev.rex.graphql.GraphQLRequest;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.util.thread.Scheduler;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One WebSocket connection speaking graphql-transport-ws (the protocol of the graphql-ws library):
 * {@code connection_init} / {@code connection_ack}, {@code ping} / {@code pong}, then any number of
 * operations, each a {@code subscribe} answered with {@code next} events and a {@code complete} or
 * an {@code error}, and stopped by the client's {@code complete}.
 *
 * <ul>
 *   <li>The principal: the executor sees the upgrade request's headers, overridden by the string
 *       members of the {@code connection_init} payload (browsers cannot set headers on a
 *       WebSocket), names in lower case. A connection its {@link GraphQLExecutor#refusal} refuses
 *       is closed with 4403.
 *   <li>Close codes, as the protocol has them: 4400 for a message that is not valid, 4401 for a
 *       {@code subscribe} before the acknowledgement, 4403 for a refused connection, 4406 without
 *       the subprotocol, 4408 when no {@code connection_init} came within the timeout, 4409 for a
 *       second operation with a running operation's id, 4429 for a second {@code connection_init},
 *       4500 when the server failed.
 *   <li>A query or mutation gets one {@code next} and {@code complete}; a request without data
 *       (parse or validation failed, the principal or a subscription's filter was refused) gets
 *       {@code error} with its GraphQL errors; a subscription's stream that ends by itself
 *       (rex-realtime ended it) gets {@code error} with that error, whose {@code
 *       extensions.resumeAfter} says where to resume.
 *   <li>Events flow as the client reads them: the next is asked for once the previous frame is
 *       written.
 * </ul>
 */
public final class GraphQLWebSocket implements Session.Listener.AutoDemanding {

  static final String SUBPROTOCOL = "graphql-transport-ws";

  private static final Logger LOG = LoggerFactory.getLogger(GraphQLWebSocket.class);
  private static final Duration INIT_TIMEOUT = Duration.ofSeconds(3);

  private final GraphQLExecutor executor;
  private final Scheduler scheduler;
  private final Duration keepAlive;
  private final Map<String, Operation> operations = new ConcurrentHashMap<>();
  private volatile @Nullable Session session;
  private volatile @Nullable Outbox outbox;
  private volatile Map<String, String> headers = Map.of();
  private volatile boolean initReceived;
  private volatile boolean acknowledged;
  private volatile boolean closed;

  GraphQLWebSocket(GraphQLExecutor executor, Scheduler scheduler, Duration keepAlive) {
    this.executor = executor;
    this.scheduler = scheduler;
    this.keepAlive = keepAlive;
  }

  @Override
  public void onWebSocketOpen(Session opened) {
    this.session = opened;
    this.outbox = new Outbox(opened);
    if (!SUBPROTOCOL.equals(opened.getUpgradeResponse().getAcceptedSubProtocol())) {
      close(4406, "Subprotocol not acceptable");
      return;
    }
    headers = upgradeHeaders(opened);
    scheduler.schedule(
        () -> {
          if (!initReceived) {
            close(4408, "Connection initialisation timeout");
          }
        },
        INIT_TIMEOUT);
    scheduler.schedule(this::ping, keepAlive);
  }

  @Override
  public void onWebSocketText(String text) {
    JsonNode message;
    try {
      message = Json.read(text);
    } catch (JsonProcessingException e) {
      close(4400, "Invalid message received: not JSON");
      return;
    }
    JsonNode type = message.get("type");
    if (!message.isObject() || type == null || !type.isTextual()) {
      close(4400, "Invalid message received: no type");
      return;
    }
    try {
      switch (type.asText()) {
        case "connection_init" -> init(message);
        case "ping" -> send(Map.of("type", "pong"));
        case "pong" -> {
          // an answer to our ping, or unsolicited: nothing to do
        }
        case "subscribe" -> subscribe(message);
        case "complete" -> stop(message);
        default -> close(4400, "Invalid message received: unknown type " + type.asText());
      }
    } catch (RuntimeException e) {
      LOG.error("graphql-transport-ws message failed", e);
      close(4500, "Internal server error");
    }
  }

  @Override
  public void onWebSocketClose(int statusCode, @Nullable String reason, Callback callback) {
    closed = true;
    for (String id : List.copyOf(operations.keySet())) {
      Operation operation = operations.remove(id);
      if (operation != null) {
        operation.cancel();
      }
    }
    callback.succeed();
  }

  private void init(JsonNode message) {
    if (initReceived) {
      close(4429, "Too many initialisation requests");
      return;
    }
    initReceived = true;
    JsonNode payload = message.get("payload");
    if (payload != null && !payload.isNull() && !payload.isObject()) {
      close(4400, "Invalid message received: the connection_init payload is not an object");
      return;
    }
    Map<String, String> merged = new LinkedHashMap<>(headers);
    if (payload != null && payload.isObject()) {
      for (Map.Entry<String, JsonNode> member : payload.properties()) {
        if (member.getValue().isTextual()) {
          merged.put(member.getKey(), member.getValue().asText());
        }
      }
    }
    GraphQLRequest connection = new GraphQLRequest("", null, Map.of(), Map.of(), merged, false);
    headers = connection.headers();
    String refusal = executor.refusal(connection);
    if (refusal != null) {
      close(4403, "Forbidden");
      return;
    }
    acknowledged = true;
    send(Map.of("type", "connection_ack"));
  }

  private void subscribe(JsonNode message) {
    if (!acknowledged) {
      close(4401, "Unauthorized");
      return;
    }
    JsonNode id = message.get("id");
    JsonNode payload = message.get("payload");
    JsonNode query = payload == null ? null : payload.get("query");
    if (id == null
        || !id.isTextual()
        || id.asText().isEmpty()
        || payload == null
        || !payload.isObject()
        || query == null
        || !query.isTextual()) {
      close(4400, "Invalid message received: a subscribe needs an id and a payload with a query");
      return;
    }
    Operation operation = new Operation(id.asText());
    if (operations.putIfAbsent(operation.id, operation) != null) {
      close(4409, "Subscriber for " + operation.id + " already exists");
      return;
    }
    GraphQLRequest request =
        new GraphQLRequest(
            query.asText(),
            text(payload.get("operationName")),
            object(payload.get("variables")),
            object(payload.get("extensions")),
            headers,
            false);
    operation.start(executor.execute(request));
  }

  private void stop(JsonNode message) {
    JsonNode id = message.get("id");
    Operation operation = id == null ? null : operations.remove(id.asText());
    if (operation != null) {
      operation.cancel();
    }
  }

  private void ping() {
    Session open = session;
    if (closed || open == null || !open.isOpen()) {
      return;
    }
    open.sendPing(java.nio.ByteBuffer.allocate(0), Callback.NOOP);
    scheduler.schedule(this::ping, keepAlive);
  }

  private void send(Map<String, ?> message) {
    send(message, () -> {});
  }

  private void send(Map<String, ?> message, Runnable sent) {
    Outbox out = outbox;
    if (out == null || closed) {
      return;
    }
    try {
      out.send(new String(Json.write(message), StandardCharsets.UTF_8), sent);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a graphql-transport-ws message could not be written", e);
    }
  }

  private void close(int code, String reason) {
    Session open = session;
    if (open != null && open.isOpen()) {
      open.close(code, reason, Callback.NOOP);
    }
  }

  private static Map<String, String> upgradeHeaders(Session session) {
    Map<String, String> headers = new LinkedHashMap<>();
    session
        .getUpgradeRequest()
        .getHeaders()
        .forEach(
            (name, values) -> {
              if (!values.isEmpty()) {
                headers.put(name, values.get(0));
              }
            });
    return headers;
  }

  private static @Nullable String text(@Nullable JsonNode node) {
    return node != null && node.isTextual() ? node.asText() : null;
  }

  private static Map<String, @Nullable Object> object(@Nullable JsonNode node) {
    return node != null && node.isObject() ? Json.toMap(node) : Map.of();
  }

  private static List<Map<String, Object>> errors(List<GraphQLError> errors) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (GraphQLError error : errors) {
      list.add(error.toSpecification());
    }
    return list;
  }

  /** One running operation: its result or its stream of results, until it ends or is stopped. */
  private final class Operation implements org.reactivestreams.Subscriber<ExecutionResult> {

    private final String id;
    private volatile org.reactivestreams.@Nullable Subscription upstream;
    private volatile boolean cancelled;

    Operation(String id) {
      this.id = id;
    }

    void start(ExecutionResult result) {
      Object data = result.isDataPresent() ? result.getData() : null;
      if (data instanceof Publisher<?> stream) {
        @SuppressWarnings("unchecked")
        Publisher<ExecutionResult> events = (Publisher<ExecutionResult>) stream;
        events.subscribe(this);
        return;
      }
      if (result.getData() == null && !result.getErrors().isEmpty()) {
        // it failed before it ran, or its root field did (a subscription that was refused)
        if (operations.remove(id, this)) {
          send(Map.of("type", "error", "id", id, "payload", errors(result.getErrors())));
        }
        return;
      }
      if (operations.remove(id, this)) {
        send(Map.of("type", "next", "id", id, "payload", result.toSpecification()));
        send(Map.of("type", "complete", "id", id));
      }
    }

    void cancel() {
      cancelled = true;
      org.reactivestreams.Subscription subscription = upstream;
      if (subscription != null) {
        subscription.cancel();
      }
    }

    @Override
    public void onSubscribe(org.reactivestreams.Subscription subscription) {
      upstream = subscription;
      if (cancelled) {
        subscription.cancel();
        return;
      }
      subscription.request(1);
    }

    @Override
    public void onNext(ExecutionResult event) {
      if (cancelled) {
        return;
      }
      send(
          Map.of("type", "next", "id", id, "payload", event.toSpecification()),
          () -> {
            org.reactivestreams.Subscription subscription = upstream;
            if (subscription != null && !cancelled) {
              subscription.request(1);
            }
          });
    }

    @Override
    public void onError(Throwable failure) {
      if (!operations.remove(id, this)) {
        return;
      }
      Map<String, Object> error;
      if (failure instanceof GraphQLError graphQLError) {
        error = graphQLError.toSpecification();
      } else {
        LOG.error("subscription {} failed", id, failure);
        error = Map.of("message", "The subscription failed; the server's log says why.");
      }
      send(Map.of("type", "error", "id", id, "payload", List.of(error)));
    }

    @Override
    public void onComplete() {
      if (operations.remove(id, this)) {
        send(Map.of("type", "complete", "id", id));
      }
    }
  }
}
