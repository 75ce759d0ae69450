package dev.rex.graphql.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.rex.dsl.Record;
import dev.rex.dsl.Select;
import graphql.language.Field;
import graphql.schema.DataFetchingEnvironment;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Compiled root fields, so that a query sent again with the same variables runs its statement
 * without compiling its selection again.
 *
 * <p>Compiling asks graphql-java for the field's selection set, which normalizes the whole
 * operation, then builds the statement: together about a sixth of the server's CPU on a small query
 * (docs/benchmarks.md, "GraphQL vs PostGraphile"). What they produce depends only on the document,
 * the variables and the schema: the key is the root field's node in the parsed document — {@link
 * DocumentCache} hands the same document to every request with the same text, and a node is equal
 * only to itself — and the variables. Each role's schema has its own fetchers, so its own plans.
 *
 * <p>Not kept: a plan that depends on the request itself ({@link Compilation#reusable()}) — a table
 * read through a row policy, whose condition holds the principal, and a row read as the record an
 * application's field takes, which is bound to the request's database. Bounded: at most {@link
 * #MAXIMUM_PLANS}, the least recently used go first.
 */
final class RootPlans {

  /** The most plans kept per schema. */
  static final int MAXIMUM_PLANS = 1_000;

  /** A root field's statement and how its rows decode. */
  record Plan(Select<Record> select, Selections.Projection projection) {}

  private record Key(Field field, Map<String, Object> variables) {}

  private final Cache<Key, Plan> plans = Caffeine.newBuilder().maximumSize(MAXIMUM_PLANS).build();

  /** The plan compiled for this field with these variables before, or null. */
  @Nullable Plan get(DataFetchingEnvironment env) {
    return plans.getIfPresent(key(env));
  }

  /** Keeps {@code plan} for the next requests, if {@code compilation} made it reusable. */
  Plan keep(DataFetchingEnvironment env, Compilation compilation, Plan plan) {
    if (compilation.reusable()) {
      plans.put(key(env), plan);
    }
    return plan;
  }

  private static Key key(DataFetchingEnvironment env) {
    return new Key(env.getField(), env.getVariables());
  }
}
