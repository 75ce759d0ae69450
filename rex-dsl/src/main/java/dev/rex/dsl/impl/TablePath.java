package dev.rex.dsl.impl;

import dev.rex.dsl.Condition;
import dev.rex.dsl.Field;
import dev.rex.dsl.ForeignKey;
import dev.rex.dsl.Table;
import dev.rex.dsl.gen.AbstractTable;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One navigation step: a table reached from {@code child} along the foreign key {@code key} that
 * {@code child} holds. The implicit join it stands for is LEFT when any key column on the way from
 * the query's own table is nullable (an inner join would silently drop rows whose key is null),
 * INNER otherwise.
 *
 * @param child the table holding the key (itself possibly reached by navigation)
 * @param key the foreign key, declared on the child's table
 */
record TablePath(Table<?> child, ForeignKey<?, ?> key) {

  /** How {@code table} was reached by navigation, or null for a table named directly. */
  static @Nullable TablePath of(Table<?> table) {
    if (!(table instanceof AbstractTable<?>)) {
      return null;
    }
    Queries.GeneratedCode generated = Queries.generated();
    Table<?> child = generated.navigatedFrom(table);
    ForeignKey<?, ?> key = generated.navigatedAlong(table);
    return child == null || key == null ? null : new TablePath(child, key);
  }

  /** Whether the join to the table at the end of this step must keep rows without a match. */
  boolean optional() {
    for (Field<?> field : key.fields()) {
      if (field.getDataType().isNullable()) {
        return true;
      }
    }
    TablePath before = of(child);
    return before != null && before.optional();
  }

  /** {@code child.fk1 = parent.pk1 and …}, with each side's own (aliased) fields. */
  @SuppressWarnings("unchecked")
  Condition condition(Table<?> parent) {
    List<Condition> parts = new ArrayList<>();
    List<? extends Field<?>> from = key.fields();
    List<? extends Field<?>> to = key.key().fields();
    for (int i = 0; i < from.size(); i++) {
      Field<Object> childField = (Field<Object>) child.field(from.get(i));
      parts.add(childField.eq((Field<Object>) parent.field(to.get(i))));
    }
    return Combined.of(Combined.Operator.AND, parts);
  }
}
