package dev.rex.dsl.impl;

import dev.rex.dsl.Condition;
import dev.rex.dsl.Field;
import dev.rex.dsl.Table;
import dev.rex.dsl.UniqueKey;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code pk1 = ? and pk2 = ?} for a table's primary key, checking the values against its columns.
 */
final class PrimaryKeyCondition {

  private PrimaryKeyCondition() {}

  @SuppressWarnings("unchecked")
  static Condition of(Table<?> table, Object... key) {
    UniqueKey<?> primaryKey = table.getPrimaryKey();
    if (primaryKey == null) {
      throw new IllegalArgumentException(table.getName() + " has no primary key.");
    }
    List<? extends Field<?>> fields = primaryKey.fields();
    if (fields.size() != key.length) {
      throw new IllegalArgumentException(
          "The primary key of "
              + table.getName()
              + " has "
              + fields.size()
              + " columns but "
              + key.length
              + " values were given.");
    }
    List<Condition> parts = new ArrayList<>(key.length);
    for (int i = 0; i < key.length; i++) {
      Field<Object> field = (Field<Object>) fields.get(i);
      if (key[i] == null || !field.getType().isInstance(key[i])) {
        throw new IllegalArgumentException(
            "Key column "
                + field.getName()
                + " of "
                + table.getName()
                + " takes "
                + field.getType().getSimpleName()
                + " values, not "
                + (key[i] == null ? "null" : key[i].getClass().getSimpleName())
                + ".");
      }
      parts.add(field.eq(key[i]));
    }
    return Combined.of(Combined.Operator.AND, parts);
  }
}
