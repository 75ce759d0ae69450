package dev.rex.realtime.http;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What an {@link RealtimeAuthorizer} knows of a client: the HTTP request that opened the
 * Server-Sent Events stream, or the WebSocket's upgrade request (browsers cannot set headers on a
 * WebSocket, so tokens usually come as a query parameter or a cookie there).
 *
 * @param headers the request's headers, names in lower case
 * @param queryParameters the query parameters of the request's URI
 * @param remoteAddress the client's IP address as text
 */
public record RealtimeRequest(
    Map<String, List<String>> headers,
    Map<String, List<String>> queryParameters,
    String remoteAddress) {

  public RealtimeRequest {
    headers = Map.copyOf(headers);
    queryParameters = Map.copyOf(queryParameters);
  }

  /** The first value of the header {@code name} (any case), or {@code null}. */
  public @Nullable String header(String name) {
    return first(headers.get(name.toLowerCase(Locale.ROOT)));
  }

  /** The first value of the query parameter {@code name}, or {@code null}. */
  public @Nullable String queryParameter(String name) {
    return first(queryParameters.get(name));
  }

  private static @Nullable String first(@Nullable List<String> values) {
    return values == null || values.isEmpty() ? null : values.get(0);
  }
}
