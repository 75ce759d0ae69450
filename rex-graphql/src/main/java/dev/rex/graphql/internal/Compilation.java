package dev.rex.graphql.internal;

import dev.rex.dsl.Condition;
import dev.rex.dsl.DSL;
import dev.rex.dsl.Table;

/**
 * The state of compiling one root field into one statement: the model, fresh table aliases, and the
 * largest list a field may return.
 */
final class Compilation {

  final GraphModel model;
  final Tables tables;
  final int maxRows;

  Compilation(GraphModel model, Tables tables, int maxRows) {
    this.model = model;
    this.tables = tables;
    this.maxRows = maxRows;
  }

  Entity entity(String typeName) {
    Entity entity = model.entity(typeName);
    if (entity == null) {
      throw new IllegalStateException("no entity " + typeName);
    }
    return entity;
  }

  Table<?> table(Entity entity) {
    return tables.aliased(entity.table().name());
  }

  /** Rows of {@code relation}'s target reached from {@code source}, as an exists condition. */
  Condition related(Relation relation, Table<?> source, Table<?> target, Condition also) {
    return DSL.exists(
        DSL.select(DSL.val(1))
            .from(target)
            .where(DSL.and(Link.of(relation, source, target, tables), also)));
  }
}
