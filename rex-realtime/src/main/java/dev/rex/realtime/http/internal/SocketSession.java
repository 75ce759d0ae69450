package dev.rex.realtime.http.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rex.dsl.Table;
import dev.rex.realtime.Change;
import dev.rex.realtime.ChangePosition;
import dev.rex.realtime.ChangeSubscription;
import dev.rex.realtime.SubscriptionEnd;
import dev.rex.realtime.SubscriptionEnd.Reason;
import dev.rex.realtime.http.RealtimeAccess;
import dev.rex.realtime.http.RealtimeRequest;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One WebSocket client and its subscriptions, by the ids the client gave them. Messages are sent
 * asynchronously; the number of sends not yet completed is bounded: when a change would exceed the
 * bound, every subscription of the socket ends {@code TOO_SLOW} (an {@code end} message, queued
 * after the changes already sent, names the position to resume after) and the socket stays open, so
 * the client can subscribe again once it has caught up. Closing the socket cancels its
 * subscriptions.
 */
public final class SocketSession implements Session.Listener.AutoDemanding, Connection {

  private static final Logger LOG = LoggerFactory.getLogger(SocketSession.class);
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final HttpSettings settings;
  private final ServedTables tables;
  private final ChangeJson json;
  private final RealtimeRequest request;
  private final Set<Connection> connections;
  private final Map<String, SocketSubscription> subscriptions = new ConcurrentHashMap<>();
  private final AtomicInteger pendingSends = new AtomicInteger();
  private volatile @Nullable Session session;

  SocketSession(
      HttpSettings settings,
      ServedTables tables,
      ChangeJson json,
      RealtimeRequest request,
      Set<Connection> connections) {
    this.settings = settings;
    this.tables = tables;
    this.json = json;
    this.request = request;
    this.connections = connections;
  }

  @Override
  public void onWebSocketOpen(Session session) {
    this.session = session;
    connections.add(this);
  }

  @Override
  public void onWebSocketText(String message) {
    JsonNode node;
    try {
      node = MAPPER.readTree(message);
    } catch (JsonProcessingException e) {
      send(SocketMessages.error(null, "A message is a JSON object: " + e.getOriginalMessage()));
      return;
    }
    String id = node.path("id").isTextual() ? node.path("id").asText() : null;
    String type = node.path("type").asText("");
    if (id == null) {
      send(SocketMessages.error(null, "A message needs an \"id\" (a string)."));
      return;
    }
    switch (type) {
      case "subscribe" -> subscribe(id, node);
      case "unsubscribe" -> unsubscribe(id);
      default ->
          send(
              SocketMessages.error(
                  id, "Unknown message type '" + type + "': use subscribe or unsubscribe."));
    }
  }

  private void subscribe(String id, JsonNode message) {
    if (subscriptions.containsKey(id)) {
      send(SocketMessages.error(id, "The subscription '" + id + "' is active already."));
      return;
    }
    try {
      String tableName = message.path("table").asText("");
      Table<?> table = tables.find(tableName);
      if (table == null) {
        throw new BadRequest(404, "There is no table '" + tableName + "' to subscribe to here.");
      }
      List<ColumnFilters.ColumnFilter> filters =
          ColumnFilters.of(table, whereTexts(message.path("where")));
      ChangePosition after = after(message.path("after"));
      RealtimeAccess access = Authorization.check(settings.authorizer(), request, table);
      SocketSubscription subscription =
          new SocketSubscription(id, Subscriptions.hidden(access), after);
      subscriptions.put(id, subscription);
      try {
        subscription.started(
            Subscriptions.open(settings.realtime(), table, filters, access, after, subscription));
      } catch (RuntimeException e) {
        subscriptions.remove(id, subscription);
        LOG.warn("Could not subscribe to {}", table.getName(), e);
        throw new BadRequest(500, "The server could not subscribe: " + e.getMessage());
      }
    } catch (BadRequest e) {
      send(SocketMessages.error(id, String.valueOf(e.getMessage())));
    }
  }

  private ChangePosition after(JsonNode after) throws BadRequest {
    if (after.isMissingNode() || after.isNull()) {
      return settings.realtime().position();
    }
    try {
      return ChangePosition.parse(after.asText());
    } catch (IllegalArgumentException e) {
      throw new BadRequest(400, "'" + after.asText() + "' is not a change position (a number).");
    }
  }

  private static Map<String, @Nullable String> whereTexts(JsonNode where) throws BadRequest {
    Map<String, @Nullable String> texts = new LinkedHashMap<>();
    if (where.isMissingNode() || where.isNull()) {
      return texts;
    }
    if (!where.isObject()) {
      throw new BadRequest(400, "\"where\" is an object of column names and values.");
    }
    for (Map.Entry<String, JsonNode> field : where.properties()) {
      JsonNode value = field.getValue();
      if (value.isContainerNode()) {
        throw new BadRequest(
            400, "The value of '" + field.getKey() + "' is a string, number, boolean or null.");
      }
      texts.put(field.getKey(), value.isNull() ? null : value.asText());
    }
    return texts;
  }

  private void unsubscribe(String id) {
    SocketSubscription subscription = subscriptions.get(id);
    if (subscription == null) {
      send(SocketMessages.error(id, "There is no subscription '" + id + "'."));
      return;
    }
    subscription.cancel();
  }

  @Override
  public void onWebSocketClose(int statusCode, @Nullable String reason, Callback callback) {
    closed();
    callback.succeed();
  }

  @Override
  public void onWebSocketError(Throwable cause) {
    closed();
  }

  private void closed() {
    connections.remove(this);
    for (SocketSubscription subscription : new ArrayList<>(subscriptions.values())) {
      subscription.quietly = true;
      subscription.cancel();
    }
  }

  @Override
  public void heartbeat() {
    Session current = session;
    if (current != null && current.isOpen()) {
      current.sendPing(ByteBuffer.allocate(0), Callback.NOOP);
    }
  }

  @Override
  public void shutdown() {
    closed();
    Session current = session;
    if (current != null) {
      current.close(1001, "The server stops", Callback.NOOP);
    }
  }

  private void send(String text) {
    Session current = session;
    if (current == null || !current.isOpen()) {
      return;
    }
    pendingSends.incrementAndGet();
    current.sendText(
        text,
        Callback.from(pendingSends::decrementAndGet, failure -> pendingSends.decrementAndGet()));
  }

  /** Ends every subscription as too slow: the client lets too many messages wait. */
  private void tooSlow() {
    for (SocketSubscription subscription : new ArrayList<>(subscriptions.values())) {
      subscription.cutOff();
    }
  }

  /** One subscription of this socket. */
  private final class SocketSubscription implements ChangeSink {
    private final String id;
    private final String messagePrefix;
    private final Set<String> hidden;
    private volatile ChangePosition lastSent;
    private volatile @Nullable ChangeSubscription subscription;
    private volatile boolean quietly;
    private volatile boolean cut;
    private volatile boolean cancelled;

    SocketSubscription(String id, Set<String> hidden, ChangePosition start) {
      this.id = id;
      this.messagePrefix = SocketMessages.changePrefix(id);
      this.hidden = hidden;
      this.lastSent = start;
    }

    void started(ChangeSubscription subscription) {
      this.subscription = subscription;
      if (cancelled) {
        // The socket closed (or was cut off) while the subscription was being opened.
        subscription.cancel();
      }
    }

    void cancel() {
      cancelled = true;
      ChangeSubscription current = subscription;
      if (current != null) {
        current.cancel();
      } else {
        subscriptions.remove(id, this);
      }
    }

    void cutOff() {
      cut = true;
      cancel();
    }

    @Override
    public void change(Change<?> change) {
      if (cut) {
        return;
      }
      if (pendingSends.get() >= settings.maxPendingMessages()) {
        tooSlow();
        return;
      }
      send(SocketMessages.change(messagePrefix, json.encode(change, hidden)));
      lastSent = change.position();
    }

    @Override
    public void end(SubscriptionEnd end) {
      subscriptions.remove(id, this);
      if (quietly) {
        return;
      }
      if (cut) {
        send(SocketMessages.end(id, Reason.TOO_SLOW.name(), lastSent.toString()));
        return;
      }
      String resumeAfter =
          end.reason() == Reason.RESYNC_REQUIRED
              ? end.resumeAfter().toString()
              : lastSent.toString();
      send(SocketMessages.end(id, end.reason().name(), resumeAfter));
    }
  }
}
