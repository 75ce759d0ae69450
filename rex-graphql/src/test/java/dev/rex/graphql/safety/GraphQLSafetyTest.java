package dev.rex.graphql.safety;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rex.graphql.GraphQLRequest;
import dev.rex.graphql.toy.ToyGraphQL;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Hostile queries against the toy schema: each is refused quickly, before any data fetcher. */
class GraphQLSafetyTest {

  private static final Duration QUICKLY = Duration.ofSeconds(1);

  /**
   * Runs graphql-java's parser and validation a few times first, so that the timed refusals below
   * measure the limits, not the JVM's class loading and compiling. Refusing at the token limit
   * costs about what parsing that many tokens costs (0.1 to 0.6 s here on a loaded 2-core box).
   */
  @BeforeAll
  static void warmUp() {
    ToyGraphQL toy = new ToyGraphQL(GraphQLLimits.defaults().withMaxQueryCharacters(1_000_000));
    for (int i = 0; i < 3; i++) {
      toy.execute(GraphQLRequest.of("{ a: hello node { child { id } } }"));
      toy.execute(GraphQLRequest.of("{ " + "hello ".repeat(20_000) + "}"));
    }
  }

  @Test
  void refusesAQueryDeeperThanTheLimit() {
    String query = "{ node { " + "child { ".repeat(49) + "id" + " }".repeat(49) + " } }";
    assertRefused(new ToyGraphQL(), query, SafetyErrorCode.QUERY_TOO_DEEP, "15 levels");
  }

  @Test
  void refusesAQueryWithMoreAliasesThanTheLimit() {
    String query =
        IntStream.range(0, 1_000)
            .mapToObj(i -> "a" + i + ": hello")
            .collect(Collectors.joining(" ", "{ ", " }"));
    assertRefused(new ToyGraphQL(), query, SafetyErrorCode.TOO_MANY_ALIASES, "1000 aliases");
  }

  @Test
  void countsTheAliasesOfAFragmentAtEverySpread() {
    String fragment =
        IntStream.range(0, 60)
            .mapToObj(i -> "n" + i + ": name")
            .collect(Collectors.joining(" ", "fragment F on Node { ", " }"));
    String query =
        "{ a: node { ...F } b: node { ...F } c: node { ...F } d: node { ...F } } " + fragment;
    assertRefused(new ToyGraphQL(), query, SafetyErrorCode.TOO_MANY_ALIASES, "244 aliases");
  }

  @Test
  void refusesAFragmentBombQuickly() {
    StringBuilder query = new StringBuilder("{ node { ...F30 } }\n");
    query.append("fragment F0 on Node { id }\n");
    for (int i = 1; i <= 30; i++) {
      query.append("fragment F").append(i).append(" on Node { child { ...F").append(i - 1);
      query.append(" } ...F").append(i - 1).append(" }\n");
    }
    ToyGraphQL toy = new ToyGraphQL();
    ExecutionResult result = timed(toy, query.toString());
    assertThat(codes(result)).containsAnyOf("QUERY_TOO_DEEP", "QUERY_TOO_COMPLEX");
    assertThat(result.isDataPresent()).isFalse();
    assertThat(toy.fetches()).isZero();
  }

  @Test
  void refusesAQueryWithMoreFieldsThanTheLimit() {
    String query = "{ node { " + "id name ".repeat(40) + "} }";
    assertRefused(
        new ToyGraphQL(GraphQLLimits.defaults().withMaxFields(50)),
        query,
        SafetyErrorCode.QUERY_TOO_COMPLEX,
        "50 fields");
  }

  @Test
  void refusesAnOperationWithMoreRootFieldsThanTheLimit() {
    String query = "{ hello count ...Roots } fragment Roots on Query { node { id } count }";
    assertRefused(
        new ToyGraphQL(GraphQLLimits.defaults().withMaxRootFields(3)),
        query,
        SafetyErrorCode.TOO_MANY_ROOT_FIELDS,
        "4 root fields");
  }

  @Test
  void refusesATenMegabyteQueryBeforeParsingIt() {
    String query = "{ hello }" + " ".repeat(10 * 1024 * 1024);
    assertRefused(new ToyGraphQL(), query, SafetyErrorCode.QUERY_TOO_LARGE, "100000 are accepted");
  }

  @Test
  void refusesAQueryWithMoreTokensThanTheLimit() {
    String query = "{ " + "hello ".repeat(100_000) + "}";
    ToyGraphQL toy = new ToyGraphQL(GraphQLLimits.defaults().withMaxQueryCharacters(1_000_000));
    assertRefused(toy, query, SafetyErrorCode.QUERY_TOO_LARGE, "more than 15000 tokens");
  }

  @Test
  void refusesADocumentNestedDeeperThanTheParserAllows() {
    String query = "{ hello(name: " + "[".repeat(600) + "]".repeat(600) + ") }";
    assertRefused(new ToyGraphQL(), query, SafetyErrorCode.QUERY_TOO_DEEP, "too deeply");
  }

  @Test
  void refusesIntrospectionWhenItIsTurnedOff() {
    ToyGraphQL toy = new ToyGraphQL(GraphQLLimits.defaults().withIntrospectionEnabled(false));
    assertRefused(
        toy, "{ __schema { types { name } } }", SafetyErrorCode.INTROSPECTION_DISABLED, "off");
    assertRefused(
        toy, "{ __type(name: \"Query\") { name } }", SafetyErrorCode.INTROSPECTION_DISABLED, "off");
    assertThat(toy.execute(GraphQLRequest.of("{ __typename }")).getErrors()).isEmpty();
  }

  @Test
  void answersIntrospectionWhenItIsOn() {
    ExecutionResult result =
        new ToyGraphQL().execute(GraphQLRequest.of("{ __schema { queryType { name } } }"));
    assertThat(result.getErrors()).isEmpty();
    assertThat(result.<Map<String, Object>>getData())
        .isEqualTo(Map.of("__schema", Map.of("queryType", Map.of("name", "Query"))));
  }

  @Test
  void refusesAMutationWhenTheRequestMayRunOnlyQueries() {
    GraphQLRequest request =
        new GraphQLRequest("mutation { increment }", null, Map.of(), Map.of(), Map.of(), true);
    ToyGraphQL toy = new ToyGraphQL();
    ExecutionResult result = toy.execute(request);
    assertThat(codes(result)).containsExactly("OPERATION_NOT_ALLOWED");
    assertThat(result.getErrors().get(0).getMessage()).contains("only queries");
    assertThat(toy.fetches()).isZero();
  }

  @Test
  void refusesAMutationWhenOnlyQueriesAreAllowedEvenFromADocumentCache() {
    ToyGraphQL toy = new ToyGraphQL(GraphQLLimits.defaults(), true);
    assertThat(toy.execute(GraphQLRequest.of("mutation { increment }")).getErrors()).isEmpty();
    GraphQLRequest queriesOnly =
        new GraphQLRequest("mutation { increment }", null, Map.of(), Map.of(), Map.of(), true);
    assertThat(codes(toy.execute(queriesOnly))).containsExactly("OPERATION_NOT_ALLOWED");
    assertThat(toy.fetches()).isEqualTo(1);
  }

  @Test
  void runsTheSelectedQueryOfSeveralWhenOnlyQueriesAreAllowed() {
    GraphQLRequest request =
        new GraphQLRequest(
            "query Q { count } mutation M { increment }", "Q", Map.of(), Map.of(), Map.of(), true);
    ExecutionResult result = new ToyGraphQL().execute(request);
    assertThat(result.getErrors()).isEmpty();
    assertThat(result.<Map<String, Object>>getData()).isEqualTo(Map.of("count", 0));
  }

  @Test
  void runsAMutationWhenTheRequestMayRunAnything() {
    ToyGraphQL toy = new ToyGraphQL();
    ExecutionResult result = toy.execute(GraphQLRequest.of("mutation { increment }"));
    assertThat(result.getErrors()).isEmpty();
    assertThat(result.<Map<String, Object>>getData()).isEqualTo(Map.of("increment", 1));
  }

  @Test
  void runsAQueryWithinTheLimits() {
    ToyGraphQL toy = new ToyGraphQL();
    ExecutionResult result =
        toy.execute(
            GraphQLRequest.of(
                "query($n: String) { a: hello(name: $n) node { child { name } } }",
                Map.of("n", "Rex")));
    assertThat(result.getErrors()).isEmpty();
    assertThat(result.<Map<String, Object>>getData())
        .isEqualTo(Map.of("a", "Hello, Rex!", "node", Map.of("child", Map.of("name", "node 2"))));
    assertThat(toy.fetches()).isEqualTo(3);
  }

  @Test
  void leavesOrdinaryErrorsAsGraphQLJavaReportsThem() {
    ExecutionResult syntax = new ToyGraphQL().execute(GraphQLRequest.of("{ hello "));
    assertThat(syntax.getErrors()).singleElement().satisfies(e -> assertThat(codeOf(e)).isNull());
    ExecutionResult unknown = new ToyGraphQL().execute(GraphQLRequest.of("{ nope }"));
    assertThat(unknown.getErrors()).singleElement().satisfies(e -> assertThat(codeOf(e)).isNull());
  }

  @Test
  void chainsTheLimitsBeforeOtherInstrumentations() {
    AtomicInteger executions = new AtomicInteger();
    Instrumentation counting =
        new SimplePerformantInstrumentation() {
          @Override
          public InstrumentationContext<ExecutionResult> beginExecuteOperation(
              InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
            executions.incrementAndGet();
            return SimpleInstrumentationContext.noOp();
          }
        };
    GraphQLSchema schema =
        new SchemaGenerator()
            .makeExecutableSchema(
                new SchemaParser().parse("type Query { a: Int }"),
                RuntimeWiring.newRuntimeWiring().build());
    GraphQL graphQL =
        GraphQLSafety.apply(
                GraphQL.newGraphQL(schema), GraphQLLimits.defaults().withMaxAliases(1), counting)
            .build();
    assertThat(graphQL.execute("{ x: a }").getErrors()).isEmpty();
    ExecutionResult refused = graphQL.execute("{ x: a y: a }");
    assertThat(codes(refused)).containsExactly("TOO_MANY_ALIASES");
    assertThat(executions).hasValue(1);
  }

  @Test
  void limitsMustBePositive() {
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> GraphQLLimits.defaults().withMaxDepth(0))
        .withMessageContaining("maxDepth");
    GraphQLLimits limits =
        GraphQLLimits.defaults()
            .withMaxDepth(3)
            .withMaxFields(4)
            .withMaxAliases(5)
            .withMaxRootFields(6)
            .withMaxTokens(7)
            .withMaxQueryCharacters(8)
            .withIntrospectionEnabled(false);
    assertThat(limits).isEqualTo(new GraphQLLimits(3, 4, 5, 6, 7, 8, false));
  }

  private static void assertRefused(
      ToyGraphQL toy, String query, SafetyErrorCode code, String messagePart) {
    int before = toy.fetches();
    ExecutionResult result = timed(toy, query);
    assertThat(codes(result)).containsExactly(code.code());
    assertThat(result.getErrors().get(0).getMessage()).contains(messagePart);
    assertThat(result.isDataPresent()).isFalse();
    assertThat(toy.fetches()).isEqualTo(before);
  }

  private static ExecutionResult timed(ToyGraphQL toy, String query) {
    long start = System.nanoTime();
    ExecutionResult result = toy.execute(GraphQLRequest.of(query));
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertThat(took).isLessThan(QUICKLY);
    return result;
  }

  private static List<Object> codes(ExecutionResult result) {
    return result.getErrors().stream().map(GraphQLSafetyTest::codeOf).toList();
  }

  private static Object codeOf(GraphQLError error) {
    return error.getExtensions() == null ? null : error.getExtensions().get("code");
  }
}
