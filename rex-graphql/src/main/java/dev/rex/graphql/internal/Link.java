package dev.rex.graphql.internal;

import dev.rex.dsl.Condition;
import dev.rex.dsl.DSL;
import dev.rex.dsl.Field;
import dev.rex.dsl.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * The condition that ties the rows of a relation's target (aliased {@code target}) to a source row
 * (aliased {@code source}): column equalities, or for a many-to-many relation an {@code exists} on
 * the join table.
 */
final class Link {

  private Link() {}

  static Condition of(Relation relation, Table<?> source, Table<?> target, Tables tables) {
    Relation.Through through = relation.through();
    if (through == null) {
      return equal(target, relation.targetColumns(), source, relation.sourceColumns());
    }
    Table<?> join = tables.aliased(through.table());
    Condition bothSides =
        DSL.and(
            equal(join, through.sourceSide(), source, relation.sourceColumns()),
            equal(join, through.targetSide(), target, relation.targetColumns()));
    return DSL.exists(DSL.select(DSL.val(1)).from(join).where(bothSides));
  }

  @SuppressWarnings("unchecked")
  private static Condition equal(
      Table<?> left, List<String> leftColumns, Table<?> right, List<String> rightColumns) {
    List<Condition> equalities = new ArrayList<>();
    for (int i = 0; i < leftColumns.size(); i++) {
      Field<Object> a = (Field<Object>) Tables.column(left, leftColumns.get(i));
      Field<Object> b = (Field<Object>) Tables.column(right, rightColumns.get(i));
      equalities.add(a.eq(b));
    }
    return DSL.and(equalities);
  }
}
