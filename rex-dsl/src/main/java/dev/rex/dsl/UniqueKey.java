package dev.rex.dsl;

import java.util.List;

/**
 * A primary key or unique constraint.
 *
 * @param <R> the record type of the table
 * @param name the constraint name
 * @param table the constrained table
 * @param fields the key's columns in order
 * @param primary whether this is the primary key
 */
public record UniqueKey<R extends Record>(
    String name, Table<R> table, List<TableField<R, ?>> fields, boolean primary) {

  public UniqueKey {
    fields = List.copyOf(fields);
  }

  /** A primary key. */
  @SafeVarargs
  @SuppressWarnings("varargs") // the array is only read, never stored or handed out
  public static <R extends Record> UniqueKey<R> primaryKey(
      String name, Table<R> table, TableField<R, ?>... fields) {
    return new UniqueKey<>(name, table, List.of(fields), true);
  }

  /** A unique key that is not the primary key. */
  @SafeVarargs
  @SuppressWarnings("varargs") // the array is only read, never stored or handed out
  public static <R extends Record> UniqueKey<R> unique(
      String name, Table<R> table, TableField<R, ?>... fields) {
    return new UniqueKey<>(name, table, List.of(fields), false);
  }

  @Override
  public String toString() {
    return name;
  }
}
