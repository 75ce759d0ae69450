package dev.rex.realtime.http.internal;

import dev.rex.dsl.Table;
import dev.rex.realtime.ChangePosition;
import dev.rex.realtime.ChangeSubscription;
import dev.rex.realtime.http.RealtimeAccess;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET {path}/sse/{table}?column=value…}: checks the table (404), the filters (400) and the
 * authorizer (403), then answers {@code text/event-stream} with an {@link SseStream}. The stream
 * starts after the {@code Last-Event-ID} header (an EventSource reconnecting), else after the
 * {@code after} parameter, else at the live position, which the first message names as its id so
 * that a reconnect before any change loses nothing either.
 */
final class SseEndpoint {

  private static final Logger LOG = LoggerFactory.getLogger(SseEndpoint.class);

  private final HttpSettings settings;
  private final ServedTables tables;
  private final ChangeJson json;
  private final Set<Connection> connections;

  SseEndpoint(
      HttpSettings settings, ServedTables tables, ChangeJson json, Set<Connection> connections) {
    this.settings = settings;
    this.tables = tables;
    this.json = json;
    this.connections = connections;
  }

  void handle(String tableName, Request request, Response response, Callback callback) {
    if (!HttpMethod.GET.is(request.getMethod())) {
      response.getHeaders().put(HttpHeader.ALLOW, "GET");
      Responses.text(response, callback, 405, "Open an event stream with GET.");
      return;
    }
    try {
      open(tableName, request, response, callback);
    } catch (BadRequest e) {
      Responses.text(response, callback, e.status(), String.valueOf(e.getMessage()));
    }
  }

  private void open(String tableName, Request request, Response response, Callback callback)
      throws BadRequest {
    Table<?> table = tables.find(tableName);
    if (table == null) {
      throw new BadRequest(404, "There is no table '" + tableName + "' to subscribe to here.");
    }
    Map<String, List<String>> parameters = RequestFacts.queryParameters(request);
    ChangePosition after = after(request.getHeaders().get("Last-Event-ID"), parameters);
    List<ColumnFilters.ColumnFilter> filters = ColumnFilters.of(table, filterTexts(parameters));
    RealtimeAccess access =
        Authorization.check(settings.authorizer(), RequestFacts.of(request), table);
    SseStream stream =
        new SseStream(
            response,
            callback,
            json,
            Subscriptions.hidden(access),
            settings.maxPendingBytes(),
            settings.maxPendingMessages(),
            connections::remove);
    stream.preamble(settings.retry().toMillis(), after.toString());
    ChangeSubscription subscription;
    try {
      subscription = Subscriptions.open(settings.realtime(), table, filters, access, after, stream);
    } catch (RuntimeException e) {
      LOG.warn("Could not subscribe to {}", table.getName(), e);
      throw new BadRequest(500, "The server could not subscribe: " + e.getMessage());
    }
    response.setStatus(200);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/event-stream; charset=utf-8");
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-cache");
    response.getHeaders().put("X-Accel-Buffering", "no");
    connections.add(stream);
    request.addFailureListener(stream::clientGone);
    stream.start(subscription);
  }

  private ChangePosition after(@Nullable String lastEventId, Map<String, List<String>> parameters)
      throws BadRequest {
    List<String> afterParameter = parameters.get("after");
    String text =
        lastEventId != null
            ? lastEventId
            : afterParameter == null || afterParameter.isEmpty() ? null : afterParameter.get(0);
    if (text == null) {
      return settings.realtime().position();
    }
    try {
      return ChangePosition.parse(text);
    } catch (IllegalArgumentException e) {
      throw new BadRequest(400, "'" + text + "' is not a change position (a number).");
    }
  }

  private Map<String, @Nullable String> filterTexts(Map<String, List<String>> parameters)
      throws BadRequest {
    Map<String, @Nullable String> texts = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> entry : parameters.entrySet()) {
      String name = entry.getKey();
      if (name.equals("after") || settings.reservedParameters().contains(name)) {
        continue;
      }
      if (entry.getValue().size() != 1) {
        throw new BadRequest(400, "Give the column '" + name + "' one value to filter on.");
      }
      texts.put(name, entry.getValue().get(0));
    }
    return texts;
  }
}
