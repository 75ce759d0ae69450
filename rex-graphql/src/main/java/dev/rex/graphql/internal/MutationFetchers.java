package dev.rex.graphql.internal;

import dev.rex.Database;
import dev.rex.dsl.Table;
import dev.rex.dsl.exception.ValidationException;
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
 * The data fetchers of the {@code Mutation} root (graphql-java runs its fields one after another).
 * Each field runs in one transaction ({@code db.transactionResult}) in three steps: plan every row
 * it writes ({@link WritePlanner}), validate every planned record and refuse the whole mutation
 * with every violation ({@link InvalidInputException}) before anything is written, then write
 * ({@link WriteExecution}) and read the result ({@link Payload}). Any failure — a violation, a
 * database constraint, a missing child — rolls back everything the field wrote.
 *
 * <p>Statements per field, besides the transaction itself: {@code createAlbum} and {@code
 * upsertAlbum}: one insert (an upsert's {@code insert … on conflict do update … returning}) per row
 * written, nested rows included, then one select of the result; {@code updateAlbum}: one select of
 * the row, one update per changed row (nested ones included, each nested update or delete by key
 * one more select or delete), one select of the result; {@code updateAlbums}: the same with one
 * select of every matching row; {@code deleteAlbum} and {@code deleteAlbums}: one select of the
 * result (the rows as they were) and one delete. A field whose row is missing sends only its first
 * select.
 */
final class MutationFetchers {

  private final GraphModel model;
  private final Catalog catalog;
  private final int maxRows;

  MutationFetchers(GraphModel model, Catalog catalog, int maxRows) {
    this.model = model;
    this.catalog = catalog;
    this.maxRows = maxRows;
  }

  void register(GraphQLCodeRegistry.Builder registry) {
    for (Entity entity : model.entities()) {
      if (!Writability.mutable(entity)) {
        continue;
      }
      register(registry, MutationNames.createOne(entity), one(entity, this::createOne));
      register(registry, MutationNames.createMany(entity), many(entity, this::createMany));
      register(registry, MutationNames.updateOne(entity), one(entity, this::updateOne));
      register(registry, MutationNames.updateMany(entity), many(entity, this::updateMany));
      register(registry, MutationNames.upsert(entity), one(entity, this::upsert));
      register(registry, MutationNames.deleteOne(entity), deleteOne(entity));
      register(registry, MutationNames.deleteMany(entity), deleteMany(entity));
    }
  }

  private static void register(
      GraphQLCodeRegistry.Builder registry, String field, DataFetcher<?> fetcher) {
    registry.dataFetcher(FieldCoordinates.coordinates(MutationNames.MUTATION, field), fetcher);
  }

  /** Plans the rows a field writes, reading what it must but writing nothing. */
  @FunctionalInterface
  private interface Plan {
    List<WriteNode> plan(WritePlanner planner, Entity entity, DataFetchingEnvironment env);
  }

  private List<WriteNode> createOne(
      WritePlanner planner, Entity entity, DataFetchingEnvironment env) {
    Map<?, ?> input = (Map<?, ?>) argument(env, MutationNames.INPUT);
    return List.of(planner.insert(entity, input, List.of(MutationNames.INPUT)));
  }

  private List<WriteNode> createMany(
      WritePlanner planner, Entity entity, DataFetchingEnvironment env) {
    List<?> inputs = (List<?>) argument(env, MutationNames.INPUTS);
    if (inputs.size() > maxRows) {
      throw new RequestException(
          "BAD_USER_INPUT",
          "at most " + maxRows + " rows may be created at once, not " + inputs.size());
    }
    List<WriteNode> nodes = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      nodes.add(
          planner.insert(entity, (Map<?, ?>) inputs.get(i), List.of(MutationNames.INPUTS, i)));
    }
    return nodes;
  }

  private List<WriteNode> updateOne(
      WritePlanner planner, Entity entity, DataFetchingEnvironment env) {
    Map<?, ?> patch = (Map<?, ?>) argument(env, MutationNames.PATCH);
    WriteNode node =
        planner.updateByKey(entity, env.getArguments(), patch, List.of(MutationNames.PATCH));
    return node == null ? List.of() : List.of(node);
  }

  private List<WriteNode> updateMany(
      WritePlanner planner, Entity entity, DataFetchingEnvironment env) {
    Map<?, ?> patch = (Map<?, ?>) argument(env, MutationNames.PATCH);
    return planner.updateByFilter(
        entity, env.getArgument(ObjectTypes.WHERE), patch, List.of(MutationNames.PATCH));
  }

  private List<WriteNode> upsert(WritePlanner planner, Entity entity, DataFetchingEnvironment env) {
    Map<?, ?> input = (Map<?, ?>) argument(env, MutationNames.INPUT);
    String onConflict = env.getArgument(MutationNames.ON_CONFLICT);
    return List.of(
        planner.upsert(
            entity,
            input,
            onConflict == null ? MutationNames.PRIMARY_KEY : onConflict,
            List.of(MutationNames.INPUT)));
  }

  private DataFetcher<@Nullable Map<String, @Nullable Object>> one(Entity entity, Plan plan) {
    return env -> {
      List<Map<String, @Nullable Object>> rows = write(env, entity, plan);
      return rows.isEmpty() ? null : rows.get(0);
    };
  }

  private DataFetcher<List<Map<String, @Nullable Object>>> many(Entity entity, Plan plan) {
    return env -> write(env, entity, plan);
  }

  private List<Map<String, @Nullable Object>> write(
      DataFetchingEnvironment env, Entity entity, Plan plan) {
    return inTransaction(
        env,
        tx -> {
          RequestScope scope = scope(env, tx);
          WritePlanner planner = new WritePlanner(model, catalog, scope, maxRows);
          List<WriteNode> roots = plan.plan(planner, entity, env);
          List<Map<String, @Nullable Object>> violations = WriteExecution.violations(roots);
          if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
          }
          List<List<Object>> keys = new ArrayList<>();
          for (WriteNode root : roots) {
            WriteExecution.write(tx, root);
            WriteChecks.visibleAfterWriting(scope, root);
            keys.add(
                Payload.keyOf(entity, root.table, java.util.Objects.requireNonNull(root.stored)));
          }
          return Payload.byKeys(tx, compilation(scope), entity, env.getSelectionSet(), keys);
        });
  }

  /** An argument the schema declares non-null, so graphql-java has checked that it is there. */
  private static Object argument(DataFetchingEnvironment env, String name) {
    Object value = env.getArgument(name);
    if (value == null) {
      throw new RequestException("BAD_USER_INPUT", "the argument " + name + " is required");
    }
    return value;
  }

  @SuppressWarnings("NullAway") // a missing row is a null result, which the field's type allows
  private DataFetcher<@Nullable Map<String, @Nullable Object>> deleteOne(Entity entity) {
    return env ->
        inTransaction(
            env,
            tx -> {
              Payload.Rows rows =
                  Payload.byFilter(
                      tx,
                      compilation(scope(env, tx)),
                      entity,
                      env.getSelectionSet(),
                      keyFilter(entity, env));
              delete(tx, entity, rows);
              return rows.rows().isEmpty() ? null : rows.rows().get(0);
            });
  }

  private DataFetcher<List<Map<String, @Nullable Object>>> deleteMany(Entity entity) {
    return env ->
        inTransaction(
            env,
            tx -> {
              Payload.Rows rows =
                  Payload.byFilter(
                      tx,
                      compilation(scope(env, tx)),
                      entity,
                      env.getSelectionSet(),
                      env.getArgument(ObjectTypes.WHERE));
              delete(tx, entity, rows);
              return rows.rows();
            });
  }

  /** The {@code where} input that finds the row with the key in the field's arguments. */
  private static Map<String, Object> keyFilter(Entity entity, DataFetchingEnvironment env) {
    Map<String, Object> filter = new java.util.LinkedHashMap<>();
    for (Attribute attribute : entity.keyAttributes()) {
      filter.put(
          attribute.fieldName(), Map.of(FilterTypes.EQ, env.getArgument(attribute.fieldName())));
    }
    return filter;
  }

  private void delete(Database tx, Entity entity, Payload.Rows rows) {
    if (rows.keys().isEmpty()) {
      return;
    }
    Table<?> table = catalog.table(entity.table().name());
    if (table == null) {
      throw new IllegalStateException("the catalog has no table " + entity.table().name());
    }
    tx.deleteFrom(WriteExecution.writable(table))
        .where(Payload.keysIn(entity, table, rows.keys()))
        .execute();
  }

  /** Reads through {@code scope}: the field's transaction, with the principal's row policies. */
  private Compilation compilation(RequestScope scope) {
    return new Compilation(model, new Tables(catalog, scope), maxRows);
  }

  /** The request's scope with the field's transaction as its database. */
  private static RequestScope scope(DataFetchingEnvironment env, Database tx) {
    RequestScope request = RequestScope.of(env);
    return new RequestScope(tx, request.principal(), request.access());
  }

  @FunctionalInterface
  private interface Work<T> {
    T run(Database tx);
  }

  /**
   * Runs {@code work} in a transaction of the request's database; a record Rex refuses while
   * writing is reported like a violation found while planning.
   */
  private <T> T inTransaction(DataFetchingEnvironment env, Work<T> work) {
    try {
      return QueryFetchers.database(env).transactionResult(work::run);
    } catch (ValidationException e) {
      throw InvalidInputException.of(model, e);
    }
  }
}
