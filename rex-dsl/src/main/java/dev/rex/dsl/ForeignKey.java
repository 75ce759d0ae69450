package dev.rex.dsl;

import java.util.List;

/**
 * A foreign key from table {@code R} to the unique key of table {@code O}.
 *
 * @param <R> the record type of the referencing table
 * @param <O> the record type of the referenced table
 * @param name the constraint name
 * @param table the referencing table
 * @param fields the referencing columns, in the order of the key they reference
 * @param key the referenced unique key
 */
public record ForeignKey<R extends Record, O extends Record>(
    String name, Table<R> table, List<TableField<R, ?>> fields, UniqueKey<O> key) {

  public ForeignKey {
    fields = List.copyOf(fields);
  }

  /** A foreign key on {@code fields} that references {@code key}. */
  @SafeVarargs
  @SuppressWarnings("varargs") // the array is only read, never stored or handed out
  public static <R extends Record, O extends Record> ForeignKey<R, O> of(
      String name, Table<R> table, UniqueKey<O> key, TableField<R, ?>... fields) {
    return new ForeignKey<>(name, table, List.of(fields), key);
  }

  @Override
  public String toString() {
    return name;
  }
}
