package dev.rex.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rex.Rex;
import dev.rex.RexSettings;
import dev.rex.listener.ExecuteContext;
import dev.rex.listener.ExecuteListener;
import dev.rex.testing.Pools;
import dev.rex.testing.TestDatabases;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.flywaydb.core.Flyway;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * A GraphQL suite's lifecycle, once per dialect: a Chinook database migrated from the {@code
 * rex-db} migrations (one per dialect and test JVM, shared by the read-only suites), a {@link Rex}
 * that records every statement's SQL, and the {@link RexGraphQL} of the generated Chinook tables.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class GraphQLTest {

  private static final Map<String, String> CHINOOK = new ConcurrentHashMap<>();

  protected Rex db;
  protected RexGraphQL graphql;
  protected final List<String> statements = new CopyOnWriteArrayList<>();

  /** {@code postgres} or {@code sqlite}. */
  protected abstract String dialect();

  /** The URL of a Chinook database this suite may use. */
  protected String chinookUrl() {
    return CHINOOK.computeIfAbsent(dialect(), GraphQLTest::migrate);
  }

  /** A new, migrated Chinook database of {@code dialect}. */
  protected static String migrate(String dialect) {
    String url =
        dialect.equals("postgres")
            ? TestDatabases.newPostgresDatabase()
            : TestDatabases.newSqliteDatabase();
    if (dialect.equals("postgres") && TestDatabases.externalPostgres()) {
      Runtime.getRuntime()
          .addShutdownHook(new Thread(() -> TestDatabases.dropPostgresDatabase(url)));
    }
    Flyway.configure()
        .dataSource(url, null, null)
        .locations("classpath:db/migration/" + dialect)
        .load()
        .migrate();
    return url;
  }

  @BeforeAll
  void connect() {
    db =
        Rex.connect(
            chinookUrl(),
            settings(
                RexSettings.defaults()
                    .withListener(
                        ExecuteListener.onExecuteEnd(
                            (ExecuteContext c) -> statements.add(c.sql())))));
    graphql = configure(RexGraphQL.builder(db, ChinookCatalogs.of(dialect()))).build();
  }

  /** The settings of the suite's {@link Rex}; suites override it to register validators. */
  protected RexSettings settings(RexSettings defaults) {
    return defaults;
  }

  /** The API under test; suites override it to change settings. */
  protected RexGraphQL.Builder configure(RexGraphQL.Builder builder) {
    return builder;
  }

  @BeforeEach
  void forgetStatements() {
    statements.clear();
  }

  @AfterEach
  void noConnectionLeaks() {
    Pools.assertNoActiveConnections(db);
  }

  @AfterAll
  void close() {
    db.close();
  }

  /** Runs {@code query} and returns its data, failing the test on any error. */
  protected Map<String, Object> data(String query) {
    return data(query, Map.of());
  }

  protected Map<String, Object> data(String query, Map<String, @Nullable Object> variables) {
    ExecutionResult result = graphql.execute(GraphQLRequest.of(query, variables));
    assertThat(result.getErrors()).as("errors of %s", query).isEmpty();
    return result.getData();
  }

  /** Runs {@code query} with {@code headers} and returns the whole result. */
  protected ExecutionResult execute(String query, Map<String, String> headers) {
    return graphql.execute(GraphQLRequest.of(query).withHeaders(headers));
  }

  /** Runs {@code query}, which must fail, and returns its errors. */
  protected List<GraphQLError> errors(String query) {
    ExecutionResult result = graphql.execute(GraphQLRequest.of(query));
    assertThat(result.getErrors()).as("errors of %s", query).isNotEmpty();
    return result.getErrors();
  }
}
