package dev.rex.graphql;

import graphql.ExecutionResult;

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
}
