package dev.rex.realtime.http.internal;

import dev.rex.dsl.Table;
import dev.rex.realtime.Realtime;
import dev.rex.realtime.http.RealtimeAuthorizer;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * What a {@link RealtimeHandler} serves and how.
 *
 * @param realtime the change streams
 * @param path the base path, e.g. {@code /realtime}
 * @param tables the tables clients may subscribe to
 * @param authorizer who may see what
 * @param heartbeat how often an idle SSE stream gets a comment line and a WebSocket a ping
 * @param retry the reconnection delay an SSE stream tells EventSource
 * @param maxPendingBytes how many bytes may wait to be written to one SSE client
 * @param maxPendingMessages how many messages may wait to be written to one SSE or WebSocket client
 * @param reservedParameters query parameters that are not column filters
 */
public record HttpSettings(
    Realtime realtime,
    String path,
    List<Table<?>> tables,
    RealtimeAuthorizer authorizer,
    Duration heartbeat,
    Duration retry,
    long maxPendingBytes,
    int maxPendingMessages,
    Set<String> reservedParameters) {

  public HttpSettings {
    tables = List.copyOf(tables);
    reservedParameters = Set.copyOf(reservedParameters);
  }
}
