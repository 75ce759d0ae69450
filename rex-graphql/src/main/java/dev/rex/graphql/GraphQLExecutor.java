package dev.rex.graphql;

import graphql.ExecutionResult;
import org.jspecify.annotations.Nullable;

/**
 * Runs GraphQL requests. {@code RexGraphQL} is the implementation; transports (the Jetty server, an
 * application's own servlet) depend only on this.
 */
@FunctionalInterface
public interface GraphQLExecutor {

  /**
   * Runs {@code request} and returns its result: data and errors, never an exception for a bad
   * request (syntax, validation, a limit) — those are errors in the result.
   */
  ExecutionResult execute(GraphQLRequest request);

  /**
   * Checks the credentials a long-lived connection presents once when it opens
   * (graphql-transport-ws {@code connection_init}): {@code connection} has no document, only the
   * upgrade request's headers and those the client put in its init payload. Returns null to accept
   * the connection, or why it is refused. By default every connection is accepted; each operation
   * on it is still checked by {@link #execute}.
   */
  default @Nullable String refusal(GraphQLRequest connection) {
    return null;
  }
}
