package dev.rex.graphql.internal;

import dev.rex.dsl.Condition;
import dev.rex.dsl.Table;
import graphql.schema.SelectedField;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The connection ({@code albumsConnection}) and aggregate ({@code albumsAggregate}) fields of a
 * to-many relation, compiled below a row of its source: the same selects as at the root, scoped to
 * the rows the relation links to that source row.
 */
final class RelationSummaries {

  private RelationSummaries() {}

  /** {@code selected} compiled below a row of {@code source}, or null if it is no such field. */
  static @Nullable CompiledField compile(
      Compilation compilation, Entity entity, Table<?> source, SelectedField selected) {
    String name = selected.getName();
    for (Relation relation : entity.relations()) {
      if (!relation.many()) {
        continue;
      }
      Function<Table<?>, Condition> scope =
          target -> Link.of(relation, source, target, compilation.tables);
      Entity target = compilation.entity(relation.target());
      if (name.equals(ConnectionTypes.fieldName(relation))) {
        return Connections.compile(
            compilation, target, scope, selected.getSelectionSet(), selected.getArguments());
      }
      if (name.equals(AggregateTypes.fieldName(relation))) {
        return Aggregates.compile(
            compilation, target, scope, selected.getSelectionSet(), selected.getArguments());
      }
    }
    return null;
  }
}
