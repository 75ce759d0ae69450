package dev.rex.graphql.internal;

import dev.rex.Database;
import dev.rex.dsl.Condition;
import dev.rex.dsl.DSL;
import dev.rex.dsl.Field;
import dev.rex.dsl.Record;
import dev.rex.dsl.Result;
import dev.rex.dsl.Select;
import dev.rex.dsl.SelectField;
import dev.rex.dsl.Table;
import dev.rex.graphql.Catalog;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The data fetchers of the {@code Query} root: each compiles its whole selection into one
 * statement, runs it on the request's database and returns rows as maps; every field below a root
 * field is read from those maps by the default fetcher, without touching the database.
 */
final class QueryFetchers {

  private final GraphModel model;
  private final Catalog catalog;
  private final int maxRows;
  private final RootPlans plans = new RootPlans();

  QueryFetchers(GraphModel model, Catalog catalog, int maxRows) {
    this.model = model;
    this.catalog = catalog;
    this.maxRows = maxRows;
  }

  void register(GraphQLCodeRegistry.Builder registry) {
    for (Entity entity : model.entities()) {
      registry.dataFetcher(FieldCoordinates.coordinates("Query", entity.listField()), list(entity));
      String single = entity.singleField();
      if (single != null && !entity.keyAttributes().isEmpty()) {
        registry.dataFetcher(FieldCoordinates.coordinates("Query", single), single(entity));
      }
    }
    new SummaryFetchers(model, catalog, maxRows).register(registry);
  }

  private DataFetcher<List<Map<String, @Nullable Object>>> list(Entity entity) {
    return env -> {
      RootPlans.Plan plan = plans.get(env);
      if (plan == null) {
        plan = compileList(entity, env);
      }
      return Selections.decode(database(env).fetch(plan.select()), plan.projection(), maxRows);
    };
  }

  private RootPlans.Plan compileList(Entity entity, DataFetchingEnvironment env) {
    Compilation compilation =
        new Compilation(model, new Tables(catalog, RequestScope.of(env)), maxRows);
    Table<?> table = compilation.table(entity);
    Selections.Projection projection =
        Selections.project(compilation, entity, table, env.getSelectionSet());
    Map<String, Object> arguments = env.getArguments();
    var select =
        Selections.page(
            compilation,
            projection,
            table,
            Filters.where(compilation, entity, table, arguments.get(ObjectTypes.WHERE)),
            Orders.orderBy(compilation, entity, table, arguments.get(ObjectTypes.ORDER_BY)),
            arguments,
            false);
    return plans.keep(env, compilation, new RootPlans.Plan(select, projection));
  }

  private DataFetcher<@Nullable Map<String, @Nullable Object>> single(Entity entity) {
    return env -> {
      RootPlans.Plan plan = plans.get(env);
      if (plan == null) {
        plan = compileSingle(entity, env);
      }
      Result<Record> rows = database(env).fetch(plan.select());
      List<Map<String, @Nullable Object>> decoded =
          Selections.decode(rows, plan.projection(), maxRows);
      return decoded.isEmpty() ? null : decoded.get(0);
    };
  }

  @SuppressWarnings("unchecked")
  private RootPlans.Plan compileSingle(Entity entity, DataFetchingEnvironment env) {
    Compilation compilation =
        new Compilation(model, new Tables(catalog, RequestScope.of(env)), maxRows);
    Table<?> table = compilation.table(entity);
    Selections.Projection projection =
        Selections.project(compilation, entity, table, env.getSelectionSet());
    List<Condition> key = new ArrayList<>();
    for (Attribute attribute : entity.keyAttributes()) {
      Field<Object> column = (Field<Object>) Tables.column(table, attribute.column().name());
      key.add(
          column.eq(
              Values.required(
                  column, env.getArgument(attribute.fieldName()), attribute.fieldName())));
    }
    Select<Record> select =
        DSL.select(projection.fields().toArray(SelectField<?>[]::new))
            .from(table)
            .where(DSL.and(key));
    return plans.keep(env, compilation, new RootPlans.Plan(select, projection));
  }

  /** The database of the request: a transaction when one is open, else the Rex instance. */
  static Database database(DataFetchingEnvironment env) {
    return RequestScope.of(env).database();
  }
}
