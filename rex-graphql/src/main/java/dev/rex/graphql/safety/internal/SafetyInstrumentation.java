package dev.rex.graphql.safety.internal;

import dev.rex.graphql.safety.GraphQLLimits;
import dev.rex.graphql.safety.SafetyErrorCode;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.InvalidSyntaxError;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.introspection.Introspection;
import graphql.introspection.IntrospectionDisabledError;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.ParserOptions;
import graphql.parser.exceptions.ParseCancelledException;
import graphql.parser.exceptions.ParseCancelledTooDeepException;
import graphql.parser.exceptions.ParseCancelledTooManyCharsException;
import graphql.validation.QueryComplexityLimits;
import graphql.validation.ValidationError;
import graphql.validation.ValidationErrorType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * Enforces {@link GraphQLLimits} at the earliest point graphql-java offers for each, so that a
 * refused request never reaches a data fetcher:
 *
 * <ol>
 *   <li>{@code instrumentExecutionInput}, before parsing: refuses a query longer than {@code
 *       maxQueryCharacters}; puts into the request's {@link GraphQLContext} the {@link
 *       ParserOptions} (token limit), graphql-java's validation-time {@link QueryComplexityLimits}
 *       (depth and field count, checked during validation, which stops at the first excess) and,
 *       when introspection is off, {@link Introspection#INTROSPECTION_DISABLED}.
 *   <li>{@code beginParse}: notes when the parser stopped at a limit, to name that error below.
 *   <li>{@code beginValidation}, after parsing and before validation: counts aliases and root
 *       fields with {@link OperationShape}. These depend only on the document, so a document cache
 *       that skips validation for a document seen before skips nothing that matters.
 *   <li>{@code beginExecuteOperation}, once the operation is chosen and before its fields run:
 *       refuses a mutation or subscription when the context's {@link #QUERIES_ONLY} is true. This
 *       depends on the request, so it runs on every request, cached document or not.
 *   <li>{@code instrumentExecutionResult}: graphql-java reports its own limits as validation or
 *       syntax errors without a code; they are replaced by errors with {@code extensions.code}.
 * </ol>
 *
 * <p>Refusals in steps 1, 3 and 4 throw graphql-java's {@code AbortExecutionException}, which
 * {@code GraphQL.execute} turns into a result with the error and no data. A {@code
 * PreparsedDocumentProvider} must therefore let exceptions from its compute function propagate, as
 * graphql-java's default provider and a map's {@code computeIfAbsent} do.
 */
public final class SafetyInstrumentation extends SimplePerformantInstrumentation {

  /** The {@link GraphQLContext} key whose value {@code true} allows only queries. */
  public static final String QUERIES_ONLY = "dev.rex.graphql.safety.queriesOnly";

  private final GraphQLLimits limits;
  private final ParserOptions parserOptions;
  private final QueryComplexityLimits complexityLimits;

  /** An instrumentation that enforces {@code limits}. */
  public SafetyInstrumentation(GraphQLLimits limits) {
    this.limits = limits;
    this.parserOptions =
        ParserOptions.getDefaultOperationParserOptions()
            .transform(
                options ->
                    options
                        .maxTokens(limits.maxTokens())
                        .maxCharacters(limits.maxQueryCharacters())
                        .maxWhitespaceTokens(limits.maxQueryCharacters()));
    this.complexityLimits =
        QueryComplexityLimits.newLimits()
            .maxDepth(limits.maxDepth())
            .maxFieldsCount(limits.maxFields())
            .build();
  }

  @Override
  public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
    return new RequestState();
  }

  @Override
  public ExecutionInput instrumentExecutionInput(
      ExecutionInput executionInput,
      InstrumentationExecutionParameters parameters,
      InstrumentationState state) {
    int length = executionInput.getQuery().length();
    if (length > limits.maxQueryCharacters()) {
      throw SafetyErrors.abort(
          SafetyErrors.error(
              SafetyErrorCode.QUERY_TOO_LARGE,
              "The query has "
                  + length
                  + " characters; at most "
                  + limits.maxQueryCharacters()
                  + " are accepted. Send a shorter query.",
              limits.maxQueryCharacters()));
    }
    GraphQLContext context = executionInput.getGraphQLContext();
    context.put(ParserOptions.class, parserOptions);
    context.put(QueryComplexityLimits.KEY, complexityLimits);
    if (!limits.introspectionEnabled()) {
      context.put(Introspection.INTROSPECTION_DISABLED, true);
    }
    return executionInput;
  }

  @Override
  public InstrumentationContext<Document> beginParse(
      InstrumentationExecutionParameters parameters, InstrumentationState state) {
    RequestState request = (RequestState) state;
    return SimpleInstrumentationContext.whenCompleted(
        (document, failure) -> request.parseFailure = failure);
  }

  @Override
  public InstrumentationContext<List<ValidationError>> beginValidation(
      InstrumentationValidationParameters parameters, InstrumentationState state) {
    ExecutionInput input = parameters.getExecutionInput();
    OperationShape shape = OperationShape.of(parameters.getDocument(), input.getOperationName());
    if (shape.aliases() > limits.maxAliases()) {
      throw SafetyErrors.abort(
          SafetyErrors.error(
              SafetyErrorCode.TOO_MANY_ALIASES,
              "The operation uses "
                  + shape.aliases()
                  + " aliases; at most "
                  + limits.maxAliases()
                  + " are allowed.",
              limits.maxAliases()));
    }
    if (shape.rootFields() > limits.maxRootFields()) {
      throw SafetyErrors.abort(
          SafetyErrors.error(
              SafetyErrorCode.TOO_MANY_ROOT_FIELDS,
              "The operation selects "
                  + shape.rootFields()
                  + " root fields; at most "
                  + limits.maxRootFields()
                  + " are allowed. Split it into several requests.",
              limits.maxRootFields()));
    }
    return SimpleInstrumentationContext.noOp();
  }

  @Override
  public InstrumentationContext<ExecutionResult> beginExecuteOperation(
      InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
    ExecutionContext execution = parameters.getExecutionContext();
    boolean query =
        execution.getOperationDefinition().getOperation() == OperationDefinition.Operation.QUERY;
    if (!query && execution.getGraphQLContext().getBoolean(QUERIES_ONLY, false)) {
      throw SafetyErrors.abort(
          SafetyErrors.error(
              SafetyErrorCode.OPERATION_NOT_ALLOWED,
              "This request may run only queries, and the operation is a mutation or a"
                  + " subscription. Over HTTP, send it with POST instead of GET.",
              null));
    }
    return SimpleInstrumentationContext.noOp();
  }

  @Override
  public CompletableFuture<ExecutionResult> instrumentExecutionResult(
      ExecutionResult executionResult,
      InstrumentationExecutionParameters parameters,
      InstrumentationState state) {
    List<GraphQLError> errors = executionResult.getErrors();
    if (errors.isEmpty()) {
      return CompletableFuture.completedFuture(executionResult);
    }
    @Nullable Throwable parseFailure = state == null ? null : ((RequestState) state).parseFailure;
    List<GraphQLError> translated = new ArrayList<>(errors.size());
    for (GraphQLError error : errors) {
      translated.add(translate(error, parseFailure));
    }
    return CompletableFuture.completedFuture(
        executionResult.transform(builder -> builder.errors(translated)));
  }

  private GraphQLError translate(GraphQLError error, @Nullable Throwable parseFailure) {
    if (error instanceof ValidationError validation) {
      return translateValidation(validation);
    }
    if (error instanceof IntrospectionDisabledError) {
      return SafetyErrors.error(
          SafetyErrorCode.INTROSPECTION_DISABLED,
          "Introspection (__schema, __type) is turned off on this server.",
          null);
    }
    if (error instanceof InvalidSyntaxError && parseFailure != null) {
      return translateParseCancelled(error, parseFailure);
    }
    return error;
  }

  private GraphQLError translateValidation(ValidationError error) {
    Object type = error.getValidationErrorType();
    if (type == ValidationErrorType.MaxQueryDepthExceeded) {
      return SafetyErrors.error(
          SafetyErrorCode.QUERY_TOO_DEEP,
          "The query nests fields more than "
              + limits.maxDepth()
              + " levels deep, the limit. Ask for less nested data.",
          limits.maxDepth());
    }
    if (type == ValidationErrorType.MaxQueryFieldsExceeded) {
      return SafetyErrors.error(
          SafetyErrorCode.QUERY_TOO_COMPLEX,
          "The query selects more than "
              + limits.maxFields()
              + " fields (fragments counted at each use), the limit. Ask for fewer fields.",
          limits.maxFields());
    }
    return error;
  }

  private GraphQLError translateParseCancelled(GraphQLError error, Throwable parseFailure) {
    if (parseFailure instanceof ParseCancelledTooDeepException) {
      return SafetyErrors.error(
          SafetyErrorCode.QUERY_TOO_DEEP,
          "The query nests too deeply for the parser: " + error.getMessage(),
          null);
    }
    if (parseFailure instanceof ParseCancelledTooManyCharsException) {
      return SafetyErrors.error(
          SafetyErrorCode.QUERY_TOO_LARGE,
          "The query has more than " + limits.maxQueryCharacters() + " characters, the limit.",
          limits.maxQueryCharacters());
    }
    if (parseFailure instanceof ParseCancelledException) {
      return SafetyErrors.error(
          SafetyErrorCode.QUERY_TOO_LARGE,
          "The query has more than "
              + limits.maxTokens()
              + " tokens, the limit; parsing was stopped. Send a smaller query.",
          limits.maxTokens());
    }
    return error;
  }

  /** What one request's parse left behind for the result translation. */
  private static final class RequestState implements InstrumentationState {
    volatile @Nullable Throwable parseFailure;
  }
}
