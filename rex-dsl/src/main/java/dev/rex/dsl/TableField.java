package dev.rex.dsl;

/**
 * A column of a table.
 *
 * @param <R> the record type of the table
 * @param <T> the Java type of the column
 */
public interface TableField<R extends Record, T> extends Field<T> {

  /** The table that owns this column. */
  Table<R> getTable();
}
