package dev.rex.graphql;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rex.Database;
import dev.rex.dsl.Table;
import dev.rex.dsl.exception.TransactionAbortedException;
import dev.rex.graphql.internal.CompletingStrategies;
import dev.rex.graphql.internal.DocumentCache;
import dev.rex.graphql.internal.Engine;
import dev.rex.graphql.internal.ErrorMapping;
import dev.rex.graphql.internal.RequestScope;
import dev.rex.graphql.internal.Subscriptions;
import dev.rex.graphql.safety.GraphQLLimits;
import dev.rex.graphql.safety.GraphQLSafety;
import dev.rex.realtime.Realtime;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphqlErrorBuilder;
import graphql.schema.GraphQLSchema;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.dataloader.DataLoaderRegistry;
import org.jspecify.annotations.Nullable;

/**
 * The GraphQL API of a database: a schema derived from a {@link Catalog} of generated tables, run
 * against a {@link Database} with one SQL statement per root field.
 *
 * <pre>{@code
 * RexGraphQL graphql = RexGraphQL.builder(rex, GraphQLCatalog.catalog()).build();
 * ExecutionResult result = graphql.execute(GraphQLRequest.of("{ albums(limit: 3) { title } }"));
 * }</pre>
 *
 * <p>Each request's principal (from the {@link PrincipalResolver}) picks the schema of its role —
 * built once per role, without the tables and columns {@link AccessRules} hide from it — and the
 * {@link RowPolicy row policies} apply to every table it reads. Instances are immutable and
 * thread-safe; build one at start-up and share it.
 */
public final class RexGraphQL implements GraphQLExecutor {

  /** The most rows one list field returns unless the builder says otherwise. */
  public static final int DEFAULT_MAX_ROWS = 10_000;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ErrorMapping ERRORS = new ErrorMapping();

  private final Database database;
  private final Catalog catalog;
  private final int maxRows;
  private final PrincipalResolver principals;
  private final AccessRules access;
  private final SchemaExtensions extensions;
  private final GraphQLLimits limits;
  private final @Nullable Function<Principal, DataLoaderRegistry> dataLoaders;
  private final @Nullable Subscriptions subscriptions;
  private final Map<String, GraphQL> byRole = new ConcurrentHashMap<>();

  private RexGraphQL(Builder builder) {
    this.database = builder.database;
    this.catalog = builder.catalog;
    this.maxRows = builder.maxRows;
    this.principals = builder.principals;
    this.access = builder.access;
    this.extensions = builder.extensions;
    this.limits = builder.limits;
    this.dataLoaders = builder.dataLoaders;
    Realtime realtime = builder.realtime;
    this.subscriptions =
        realtime == null ? null : new Subscriptions(realtime, Set.copyOf(builder.captured));
  }

  /** A builder for the API of {@code catalog}'s tables on {@code database}. */
  public static Builder builder(Database database, Catalog catalog) {
    return new Builder(database, catalog);
  }

  /** The executable schema of anonymous requests. */
  public GraphQLSchema schema() {
    return schema(Principal.ANONYMOUS_ROLE);
  }

  /** The executable schema {@code role} sees. */
  public GraphQLSchema schema(String role) {
    return graphQL(role).getGraphQLSchema();
  }

  /** The schema in SDL, as {@code rex:generate} writes it (without any role's restrictions). */
  public String sdl() {
    return Engine.sdl(Engine.schema(catalog, catalog.overrides(), maxRows, extensions));
  }

  private GraphQL graphQL(String role) {
    return byRole.computeIfAbsent(
        role,
        r ->
            GraphQLSafety.apply(
                    GraphQL.newGraphQL(
                        Engine.schema(
                            catalog,
                            access.restrict(catalog.overrides(), r),
                            maxRows,
                            extensions,
                            subscriptions)),
                    limits)
                .defaultDataFetcherExceptionHandler(ERRORS)
                // rows Rex decoded whole skip graphql-java's field-by-field completion
                .queryExecutionStrategy(CompletingStrategies.query(ERRORS))
                .mutationExecutionStrategy(CompletingStrategies.mutation(ERRORS))
                // a query seen before skips parsing and validation (see DocumentCache)
                .preparsedDocumentProvider(new DocumentCache())
                .build());
  }

  @Override
  public ExecutionResult execute(GraphQLRequest request) {
    Principal principal;
    try {
      principal = principals.resolve(request);
    } catch (RuntimeException refused) {
      return refusal("UNAUTHENTICATED", String.valueOf(refused.getMessage()));
    }
    GraphQL graphQL = graphQL(principal.role());
    if (!access.rowLevelSecurity()) {
      return run(graphQL, request, new RequestScope(database, principal, access));
    }
    AtomicReference<ExecutionResult> result = new AtomicReference<>();
    try {
      database.transaction(
          tx -> {
            tx.fetch(
                "select set_config('role', ?, true), set_config('request.jwt.claims', ?, true)",
                principal.role(),
                claims(principal));
            result.set(run(graphQL, request, new RequestScope(tx, principal, access)));
          });
    } catch (TransactionAbortedException failedStatement) {
      // A field's statement failed: its error is in the result, and the transaction rolled back.
      if (result.get() == null) {
        throw failedStatement;
      }
    }
    ExecutionResult done = result.get();
    if (done == null) {
      throw new IllegalStateException("the request's transaction ended without a result");
    }
    return done;
  }

  /** Accepts a connection whose headers the {@link PrincipalResolver} accepts. */
  @Override
  public @Nullable String refusal(GraphQLRequest connection) {
    try {
      principals.resolve(connection);
      return null;
    } catch (RuntimeException refused) {
      return String.valueOf(refused.getMessage());
    }
  }

  private ExecutionResult run(GraphQL graphQL, GraphQLRequest request, RequestScope scope) {
    ExecutionInput.Builder input =
        ExecutionInput.newExecutionInput()
            .query(request.query())
            .operationName(request.operationName())
            .variables(request.variables())
            .extensions(request.extensions())
            .graphQLContext(
                context -> {
                  context.of(GraphQLSafety.requestContext(request));
                  scope.into(context);
                });
    if (dataLoaders != null) {
      input.dataLoaderRegistry(dataLoaders.apply(scope.principal()));
    }
    return graphQL.execute(input.build());
  }

  private static String claims(Principal principal) {
    try {
      return JSON.writeValueAsString(principal.claims());
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("the principal's claims cannot be written as JSON", e);
    }
  }

  private static ExecutionResult refusal(String code, String message) {
    return ExecutionResult.newExecutionResult()
        .addError(
            GraphqlErrorBuilder.newError()
                .message(message)
                .extensions(Map.of("code", code))
                .build())
        .build();
  }

  /** Settings of a {@link RexGraphQL}. */
  public static final class Builder {
    private final Database database;
    private final Catalog catalog;
    private int maxRows = DEFAULT_MAX_ROWS;
    private PrincipalResolver principals = request -> Principal.anonymous();
    private AccessRules access = AccessRules.none();
    private SchemaExtensions extensions = SchemaExtensions.none();
    private GraphQLLimits limits = GraphQLLimits.defaults();
    private @Nullable Function<Principal, DataLoaderRegistry> dataLoaders;
    private @Nullable Realtime realtime;
    private final Set<String> captured = new LinkedHashSet<>();

    private Builder(Database database, Catalog catalog) {
      this.database = Objects.requireNonNull(database, "database");
      this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    /**
     * The most rows one list field may return. A field asked for more ({@code limit} above it) is
     * refused, and one without a limit whose rows would exceed it fails with {@code TOO_MANY_ROWS}
     * rather than being cut short. The same bounds a connection's {@code first} and {@code last} (a
     * connection without either returns a page of this many rows) and an aggregate's groups.
     */
    public Builder maxRows(int rows) {
      if (rows < 1) {
        throw new IllegalArgumentException("maxRows must be positive, not " + rows);
      }
      this.maxRows = rows;
      return this;
    }

    /** How a request's principal is found; by default every request is anonymous. */
    public Builder principals(PrincipalResolver resolver) {
      this.principals = Objects.requireNonNull(resolver, "resolver");
      return this;
    }

    /** Row policies and per-role visibility; by default none. */
    public Builder access(AccessRules rules) {
      this.access = Objects.requireNonNull(rules, "rules");
      return this;
    }

    /** Fields and types the application adds beside the generated ones; by default none. */
    public Builder extensions(SchemaExtensions added) {
      this.extensions = Objects.requireNonNull(added, "added");
      return this;
    }

    /**
     * The limits a request must stay within — depth, fields, aliases, root fields, parser tokens,
     * length, introspection; by default {@link GraphQLLimits#defaults()}. A request beyond one is
     * refused before anything runs.
     */
    public Builder limits(GraphQLLimits newLimits) {
      this.limits = Objects.requireNonNull(newLimits, "newLimits");
      return this;
    }

    /**
     * A fresh {@link DataLoaderRegistry} per request, for the fields an application adds ({@link
     * SchemaExtensions}) to batch their own loads; the generated fields never need one. The
     * function gets the request's principal, so loaders can apply the same rules.
     */
    public Builder dataLoaders(Function<Principal, DataLoaderRegistry> perRequest) {
      this.dataLoaders = Objects.requireNonNull(perRequest, "perRequest");
      return this;
    }

    /**
     * Turns on subscriptions to the changes of {@code tables}, delivered by {@code realtime}: the
     * schema gains a {@code Subscription} root with an {@code albumChanged(where:, after:)} field
     * per table (as the role sees it), served over graphql-transport-ws by {@code GraphQLServer}.
     * List the tables whose changes {@code RealtimeSchema}'s migration captures; a table the
     * catalog does not show (a hidden table, a view) gets no field. Without this call the schema
     * has no {@code Subscription} type.
     *
     * @throws IllegalArgumentException when no table is given
     */
    public Builder realtime(Realtime changes, Table<?>... tables) {
      if (tables.length == 0) {
        throw new IllegalArgumentException("realtime needs the tables whose changes are captured");
      }
      this.realtime = Objects.requireNonNull(changes, "changes");
      for (Table<?> table : tables) {
        captured.add(table.getName());
      }
      return this;
    }

    /**
     * The API.
     *
     * @throws IllegalStateException when subscriptions are on and the access rules pass requests to
     *     PostgreSQL's row-level security, which change events never go through
     */
    public RexGraphQL build() {
      if (realtime != null && access.rowLevelSecurity()) {
        throw new IllegalStateException(
            "subscriptions cannot apply PostgreSQL row-level security: change events are not"
                + " read through the principal's role; use row policies (AccessRules.withRowPolicy)"
                + " instead");
      }
      return new RexGraphQL(this);
    }
  }
}
