package dev.rex.graphql;

import dev.rex.Database;
import dev.rex.graphql.internal.Engine;
import dev.rex.graphql.internal.ErrorMapping;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.GraphQLSchema;
import java.util.Objects;

/**
 * The GraphQL API of a database: a schema derived from a {@link Catalog} of generated tables, run
 * against a {@link Database} with one SQL statement per root field.
 *
 * <pre>{@code
 * RexGraphQL graphql = RexGraphQL.builder(rex, GraphQLCatalog.catalog()).build();
 * ExecutionResult result = graphql.execute(GraphQLRequest.of("{ albums(limit: 3) { title } }"));
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; build one at start-up and share it.
 */
public final class RexGraphQL implements GraphQLExecutor {

  /** The most rows one list field returns unless the builder says otherwise. */
  public static final int DEFAULT_MAX_ROWS = 10_000;

  private final Database database;
  private final GraphQLSchema schema;
  private final GraphQL graphQL;

  private RexGraphQL(Builder builder) {
    this.database = builder.database;
    this.schema = Engine.schema(builder.catalog, builder.maxRows);
    this.graphQL =
        GraphQL.newGraphQL(schema).defaultDataFetcherExceptionHandler(new ErrorMapping()).build();
  }

  /** A builder for the API of {@code catalog}'s tables on {@code database}. */
  public static Builder builder(Database database, Catalog catalog) {
    return new Builder(database, catalog);
  }

  /** The executable schema. */
  public GraphQLSchema schema() {
    return schema;
  }

  /** The schema in SDL, as {@code rex:generate} writes it. */
  public String sdl() {
    return Engine.sdl(schema);
  }

  @Override
  public ExecutionResult execute(GraphQLRequest request) {
    ExecutionInput input =
        ExecutionInput.newExecutionInput()
            .query(request.query())
            .operationName(request.operationName())
            .variables(request.variables())
            .extensions(request.extensions())
            .graphQLContext(context -> context.of(Database.class, database))
            .build();
    return graphQL.execute(input);
  }

  /** Settings of a {@link RexGraphQL}. */
  public static final class Builder {
    private final Database database;
    private final Catalog catalog;
    private int maxRows = DEFAULT_MAX_ROWS;

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

    /** The API. */
    public RexGraphQL build() {
      return new RexGraphQL(this);
    }
  }
}
