package dev.rex.graphql.safety.internal;

import dev.rex.graphql.safety.SafetyErrorCode;
import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Builds the GraphQL errors by which a limit refuses a request: a message for a human and {@code
 * extensions.code} (plus {@code extensions.limit} when a number was exceeded) for a program.
 */
final class SafetyErrors {

  private SafetyErrors() {}

  /** An error with {@code code}, {@code message} and, when not null, the exceeded {@code limit}. */
  static GraphQLError error(SafetyErrorCode code, String message, @Nullable Integer limit) {
    Map<String, Object> extensions = new LinkedHashMap<>();
    extensions.put("code", code.code());
    if (limit != null) {
      extensions.put("limit", limit);
    }
    return GraphqlErrorBuilder.newError()
        .message(message)
        .errorType(ErrorClassification.errorClassification(code.code()))
        .extensions(extensions)
        .build();
  }

  /** The exception that makes graphql-java stop the request and answer with {@code error}. */
  static AbortExecutionException abort(GraphQLError error) {
    return new AbortExecutionException(List.of(error));
  }
}
