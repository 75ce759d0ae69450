package dev.rex.graphql.safety;

import dev.rex.graphql.GraphQLRequest;
import dev.rex.graphql.safety.internal.SafetyInstrumentation;
import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Installs {@link GraphQLLimits} on a {@link GraphQL} object. All checks run inside graphql-java's
 * instrumentation, before any data fetcher:
 *
 * <pre>{@code
 * GraphQL graphQL = GraphQLSafety.apply(GraphQL.newGraphQL(schema), GraphQLLimits.defaults()).build();
 * ExecutionInput input = ExecutionInput.newExecutionInput()
 *     .query(request.query())
 *     .operationName(request.operationName())
 *     .variables(request.variables())
 *     .extensions(request.extensions())
 *     .graphQLContext(GraphQLSafety.requestContext(request))
 *     .build();
 * ExecutionResult result = graphQL.execute(input);
 * }</pre>
 *
 * <p>A refused request's result has the error and no {@code data}. The error's {@code
 * extensions.code} is a {@link SafetyErrorCode}. The instrumentation writes its parser options and
 * validation limits into each request's {@code GraphQLContext}, replacing any set there before.
 */
public final class GraphQLSafety {

  /**
   * The {@code GraphQLContext} key whose value {@code true} lets a request run only queries (a
   * mutation or subscription is refused with {@link SafetyErrorCode#OPERATION_NOT_ALLOWED}). {@link
   * #requestContext(GraphQLRequest)} sets it from {@link GraphQLRequest#queriesOnly()}.
   */
  public static final String QUERIES_ONLY = SafetyInstrumentation.QUERIES_ONLY;

  private GraphQLSafety() {}

  /**
   * The instrumentation that enforces {@code limits}, to combine with other instrumentations in a
   * {@code ChainedInstrumentation} (put it first).
   */
  public static Instrumentation instrumentation(GraphQLLimits limits) {
    return new SafetyInstrumentation(limits);
  }

  /**
   * Sets {@code builder}'s instrumentation to the one enforcing {@code limits}, followed by {@code
   * others} when given; returns {@code builder}. It replaces an instrumentation set on the builder
   * before, so pass any you need as {@code others}.
   */
  public static GraphQL.Builder apply(
      GraphQL.Builder builder, GraphQLLimits limits, Instrumentation... others) {
    if (others.length == 0) {
      return builder.instrumentation(instrumentation(limits));
    }
    List<Instrumentation> chain = new ArrayList<>();
    chain.add(instrumentation(limits));
    chain.addAll(List.of(others));
    return builder.instrumentation(new ChainedInstrumentation(chain));
  }

  /**
   * The entries to put into the {@code GraphQLContext} of {@code request}'s execution input: {@link
   * #QUERIES_ONLY} from {@link GraphQLRequest#queriesOnly()}.
   */
  public static Map<String, Object> requestContext(GraphQLRequest request) {
    return Map.of(QUERIES_ONLY, request.queriesOnly());
  }
}
