package dev.rex.graphql.internal;

import dev.rex.dsl.exception.CheckViolationException;
import dev.rex.dsl.exception.DataAccessException;
import dev.rex.dsl.exception.ForeignKeyViolationException;
import dev.rex.dsl.exception.InvalidValueException;
import dev.rex.dsl.exception.NotNullViolationException;
import dev.rex.dsl.exception.QueryTimeoutException;
import dev.rex.dsl.exception.UniqueViolationException;
import dev.rex.dsl.exception.ValidationException;
import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherExceptionHandlerParameters;
import graphql.execution.DataFetcherExceptionHandlerResult;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns an exception thrown while fetching a field into a GraphQL error with a sentence and an
 * {@code extensions.code}: Rex's typed exceptions keep their message ({@code VALIDATION}, {@code
 * CONFLICT}, {@code REFERENCE}, {@code BAD_USER_INPUT}); a mutation's violations are listed in
 * {@code extensions.violations} (see {@link InvalidInputException}); anything unexpected is logged
 * with its stack trace and answered with {@code INTERNAL_SERVER_ERROR} and no internals.
 */
public final class ErrorMapping implements DataFetcherExceptionHandler {

  /** SQLSTATE 42501: the database role lacks a privilege. */
  private static final String INSUFFICIENT_PRIVILEGE = "42501";

  private static final Logger LOG = LoggerFactory.getLogger("dev.rex.graphql");

  @Override
  public CompletableFuture<DataFetcherExceptionHandlerResult> handleException(
      DataFetcherExceptionHandlerParameters parameters) {
    Throwable failure = parameters.getException();
    while (failure instanceof CompletionException && failure.getCause() != null) {
      failure = failure.getCause();
    }
    Map<String, Object> extensions = new LinkedHashMap<>();
    String code = code(failure);
    extensions.put("code", code);
    if (failure instanceof InvalidInputException invalid) {
      extensions.put("violations", invalid.violations());
    }
    String message = failure.getMessage();
    if (code.equals("INTERNAL_SERVER_ERROR")) {
      LOG.error("GraphQL field {} failed", parameters.getPath(), failure);
      message = "internal error while fetching " + parameters.getPath();
    }
    GraphQLError error =
        GraphqlErrorBuilder.newError()
            .message(message == null ? code : message)
            .path(parameters.getPath())
            .location(parameters.getSourceLocation())
            .errorType(Classification.of(code))
            .extensions(extensions)
            .build();
    return CompletableFuture.completedFuture(
        DataFetcherExceptionHandlerResult.newResult(error).build());
  }

  static String code(Throwable failure) {
    if (failure instanceof RequestException request) {
      return request.code();
    }
    if (failure instanceof InvalidInputException) {
      return "VALIDATION";
    }
    if (failure instanceof ValidationException
        || failure instanceof NotNullViolationException
        || failure instanceof CheckViolationException) {
      return "VALIDATION";
    }
    if (failure instanceof UniqueViolationException) {
      return "CONFLICT";
    }
    if (failure instanceof ForeignKeyViolationException) {
      return "REFERENCE";
    }
    if (failure instanceof InvalidValueException || failure instanceof IllegalArgumentException) {
      return "BAD_USER_INPUT";
    }
    if (failure instanceof QueryTimeoutException) {
      return "TIMEOUT";
    }
    if (failure instanceof DataAccessException access
        && INSUFFICIENT_PRIVILEGE.equals(access.sqlState())) {
      // the principal's database role may not do this (row-level security pass-through)
      return "FORBIDDEN";
    }
    return "INTERNAL_SERVER_ERROR";
  }

  /** The error's classification, named after its code. */
  private record Classification(String code) implements ErrorClassification {
    static Classification of(String code) {
      return new Classification(code);
    }

    @Override
    public String toSpecification(GraphQLError error) {
      return code;
    }
  }
}
