package dev.rex.graphql;

import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One GraphQL request as a transport received it: the document, the operation to run, its variables
 * and extensions, and the transport's headers (names in lower case), from which the principal hook
 * may read credentials.
 *
 * @param query the GraphQL document
 * @param operationName the operation to run, or {@code null} when the document has one
 * @param variables the variables' values, as decoded from JSON
 * @param extensions the request's extensions, as decoded from JSON
 * @param headers the transport's headers, names in lower case; empty when there is no transport
 * @param queriesOnly true when the transport allows only queries (GraphQL over HTTP's GET)
 */
public record GraphQLRequest(
    String query,
    @Nullable String operationName,
    Map<String, @Nullable Object> variables,
    Map<String, @Nullable Object> extensions,
    Map<String, String> headers,
    boolean queriesOnly) {

  /** Copies the maps and lower-cases the header names. */
  public GraphQLRequest {
    variables = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(variables));
    extensions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(extensions));
    Map<String, String> lowerCased = new java.util.LinkedHashMap<>();
    headers.forEach((name, value) -> lowerCased.put(name.toLowerCase(Locale.ROOT), value));
    headers = Map.copyOf(lowerCased);
  }

  /** A request with only a document, as a Java caller sends it. */
  public static GraphQLRequest of(String query) {
    return new GraphQLRequest(query, null, Map.of(), Map.of(), Map.of(), false);
  }

  /** A request with a document and variables. */
  public static GraphQLRequest of(String query, Map<String, @Nullable Object> variables) {
    return new GraphQLRequest(query, null, variables, Map.of(), Map.of(), false);
  }

  /** This request with {@code headers} instead of its own. */
  public GraphQLRequest withHeaders(Map<String, String> headers) {
    return new GraphQLRequest(query, operationName, variables, extensions, headers, queriesOnly);
  }
}
