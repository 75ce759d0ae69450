package dev.rex.graphql.internal;

import dev.rex.dsl.Condition;
import dev.rex.dsl.DSL;
import dev.rex.dsl.Table;
import dev.rex.graphql.Catalog;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The data fetchers of the root connection ({@code albumsConnection}) and aggregate ({@code
 * albumsAggregate}) fields: each compiles its selection into one select, unscoped, and runs it as
 * the field's one statement.
 */
final class SummaryFetchers {

  /** How a connection or aggregate field compiles: {@link Connections}, {@link Aggregates}. */
  private interface Compiler {
    CompiledField compile(
        Compilation compilation,
        Entity entity,
        Function<Table<?>, Condition> scope,
        DataFetchingFieldSelectionSet set,
        Map<String, Object> arguments);
  }

  private final GraphModel model;
  private final Catalog catalog;
  private final int maxRows;

  SummaryFetchers(GraphModel model, Catalog catalog, int maxRows) {
    this.model = model;
    this.catalog = catalog;
    this.maxRows = maxRows;
  }

  void register(GraphQLCodeRegistry.Builder registry) {
    for (Entity entity : model.entities()) {
      if (ConnectionTypes.hasConnection(entity)) {
        registry.dataFetcher(
            FieldCoordinates.coordinates("Query", entity.connectionField()),
            fetcher(entity, Connections::compile));
      }
      registry.dataFetcher(
          FieldCoordinates.coordinates("Query", entity.aggregateField()),
          fetcher(entity, Aggregates::compile));
    }
  }

  private DataFetcher<@Nullable Object> fetcher(Entity entity, Compiler compiler) {
    return env -> {
      Compilation compilation =
          new Compilation(model, new Tables(catalog, RequestScope.of(env)), maxRows);
      CompiledField compiled =
          compiler.compile(
              compilation,
              entity,
              table -> DSL.noCondition(),
              env.getSelectionSet(),
              env.getArguments());
      return compiled.decoder().apply(QueryFetchers.database(env).fetch(compiled.select()));
    };
  }
}
