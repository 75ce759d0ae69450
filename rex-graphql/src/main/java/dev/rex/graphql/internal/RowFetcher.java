package dev.rex.graphql.internal;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.LightDataFetcher;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The default data fetcher: reads a field from its parent's row map, where {@link Selections}
 * decoded it under the field's result key.
 *
 * <p>It is a {@link LightDataFetcher}, so graphql-java calls it with the field definition and the
 * source and builds the {@code DataFetchingEnvironment} only when asked for it. A query's rows hold
 * thousands of fields, and building an environment for each was about a seventh of the server's CPU
 * on the nested benchmark query (docs/benchmarks.md, "GraphQL vs PostGraphile"). The result key is
 * known only from the environment, though: a {@link Selections.NamedRow}, decoded from a selection
 * without aliases, is read by the field's name instead; any other map (aliases, or a connection's
 * or aggregate's own maps) asks for the environment and reads by result key.
 */
final class RowFetcher implements LightDataFetcher<@Nullable Object> {

  @Override
  public @Nullable Object get(
      GraphQLFieldDefinition field, Object source, Supplier<DataFetchingEnvironment> environment) {
    if (source instanceof Selections.NamedRow row) {
      return row.get(field.getName());
    }
    return source instanceof Map<?, ?> ? get(environment.get()) : null;
  }

  @Override
  public @Nullable Object get(DataFetchingEnvironment environment) {
    Object source = environment.getSource();
    return source instanceof Map<?, ?> row ? row.get(environment.getField().getResultKey()) : null;
  }
}
