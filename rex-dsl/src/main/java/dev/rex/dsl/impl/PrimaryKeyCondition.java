package dev.rex.dsl.impl;

import dev.rex.dsl.Condition;
import dev.rex.dsl.Field;
import dev.rex.dsl.Table;
import dev.rex.dsl.UniqueKey;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code pk1 = ? and pk2 = ?} for a table's primary key, checking the values against its columns.
 */
final class PrimaryKeyCondition {

  private PrimaryKeyCondition() {}

  @SuppressWarnings("unchecked")
  static Condition of(Table<?> table, @Nullable Object... key) {
    List<? extends Field<?>> fields = ownColumns(table, check(table, key));
    List<Condition> parts = new ArrayList<>(key.length);
    for (int i = 0; i < key.length; i++) {
      parts.add(((Field<Object>) fields.get(i)).eq(key[i]));
    }
    return Combined.of(Combined.Operator.AND, parts);
  }

  /**
   * The key's columns (as the key names them: an alias's are its base table's), after checking that
   * {@code key} has a non-null value of the right type for each of them.
   *
   * @throws IllegalArgumentException when the table has no primary key or the values do not fit it
   */
  static List<? extends Field<?>> check(Table<?> table, @Nullable Object... key) {
    List<? extends Field<?>> fields = keyColumns(table);
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
    for (int i = 0; i < key.length; i++) {
      Field<?> field = fields.get(i);
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
    }
    return fields;
  }

  /**
   * The columns of {@code table}'s primary key, as the key names them.
   *
   * @throws IllegalArgumentException when the table has no primary key
   */
  static List<? extends Field<?>> keyColumns(Table<?> table) {
    UniqueKey<?> primaryKey = table.getPrimaryKey();
    if (primaryKey == null) {
      throw new IllegalArgumentException(table.getName() + " has no primary key.");
    }
    return primaryKey.fields();
  }

  /**
   * The key's columns as fields of {@code table}: an alias's primary key names the base table's
   * columns, and {@code where "artist"."artist_id" = ?} would not resolve against {@code "artist"
   * as "a"}.
   */
  static List<? extends Field<?>> ownColumns(Table<?> table, List<? extends Field<?>> keyColumns) {
    List<Field<?>> own = new ArrayList<>(keyColumns.size());
    for (Field<?> column : keyColumns) {
      Field<?> field = table.field(column.getName());
      own.add(field == null ? column : field);
    }
    return own;
  }
}
