package dev.rex.graphql.toy;

import dev.rex.graphql.GraphQLExecutor;
import dev.rex.graphql.GraphQLRequest;
import dev.rex.graphql.safety.GraphQLLimits;
import dev.rex.graphql.safety.GraphQLSafety;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A small hand-built schema executed the way {@code RexGraphQL} does it: graphql-java with {@link
 * GraphQLSafety} installed. Every data fetcher call is counted, and the last request is kept.
 *
 * <pre>
 * type Query { hello(name: String): String, node: Node, count: Int! }
 * type Node { id: ID!, name: String, child: Node }
 * type Mutation { increment: Int! }
 * </pre>
 */
public final class ToyGraphQL implements GraphQLExecutor {

  private static final String SDL =
      """
      type Query { hello(name: String): String, node: Node, count: Int! }
      type Node { id: ID!, name: String, child: Node }
      type Mutation { increment: Int! }
      """;

  private final AtomicInteger fetches = new AtomicInteger();
  private final AtomicInteger counter = new AtomicInteger();
  private final AtomicReference<GraphQLRequest> lastRequest = new AtomicReference<>();
  private final GraphQL graphQL;

  /** The toy schema with {@code limits}. */
  public ToyGraphQL(GraphQLLimits limits) {
    this(limits, false);
  }

  /**
   * The toy schema with {@code limits}, and with a cache of parsed and validated documents when
   * {@code cacheDocuments} (graphql-java then skips parsing and validation for a query seen
   * before).
   */
  public ToyGraphQL(GraphQLLimits limits, boolean cacheDocuments) {
    GraphQL.Builder builder = GraphQLSafety.apply(GraphQL.newGraphQL(schema()), limits);
    if (cacheDocuments) {
      Map<String, PreparsedDocumentEntry> cache = new ConcurrentHashMap<>();
      builder.preparsedDocumentProvider(
          (input, parseAndValidate) ->
              CompletableFuture.completedFuture(
                  cache.computeIfAbsent(input.getQuery(), query -> parseAndValidate.apply(input))));
    }
    this.graphQL = builder.build();
  }

  /** The toy schema with the default limits. */
  public ToyGraphQL() {
    this(GraphQLLimits.defaults());
  }

  @Override
  public ExecutionResult execute(GraphQLRequest request) {
    lastRequest.set(request);
    ExecutionInput input =
        ExecutionInput.newExecutionInput()
            .query(request.query())
            .operationName(request.operationName())
            .variables(request.variables())
            .extensions(request.extensions())
            .graphQLContext(GraphQLSafety.requestContext(request))
            .build();
    return graphQL.execute(input);
  }

  /** How many times any data fetcher of the schema ran. */
  public int fetches() {
    return fetches.get();
  }

  /** The last request executed, or null. */
  public GraphQLRequest lastRequest() {
    return lastRequest.get();
  }

  private GraphQLSchema schema() {
    RuntimeWiring wiring =
        RuntimeWiring.newRuntimeWiring()
            .type(
                "Query",
                type ->
                    type.dataFetcher(
                            "hello",
                            counted(
                                env -> "Hello, " + env.getArgumentOrDefault("name", "world") + "!"))
                        .dataFetcher("node", counted(env -> node(1)))
                        .dataFetcher("count", counted(env -> counter.get())))
            .type("Node", type -> type.dataFetcher("child", counted(env -> node(2))))
            .type(
                "Mutation",
                type -> type.dataFetcher("increment", counted(env -> counter.incrementAndGet())))
            .build();
    return new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SDL), wiring);
  }

  private static Map<String, Object> node(int id) {
    return Map.of("id", String.valueOf(id), "name", "node " + id);
  }

  private <T> DataFetcher<T> counted(DataFetcher<T> fetcher) {
    return env -> {
      fetches.incrementAndGet();
      return fetcher.get(env);
    };
  }
}
