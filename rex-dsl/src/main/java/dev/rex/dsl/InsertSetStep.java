package dev.rex.dsl;

import org.jspecify.annotations.Nullable;

/**
 * An INSERT whose columns are given one by one, or by a query.
 *
 * @param <R> the record type of the table
 */
public interface InsertSetStep<R extends Record> {

  /** Sets a column of the row to insert. */
  <T> InsertSetMoreStep<R> set(Field<T> field, @Nullable T value);

  /** Sets a column of the row to insert to an expression. */
  <T> InsertSetMoreStep<R> set(Field<T> field, Field<T> value);

  /** Sets every column whose value was changed in {@code record} (a record of this table). */
  InsertSetMoreStep<R> set(Record record);

  /** {@code insert into table default values}. */
  InsertOnDuplicateStep<R> defaultValues();
}
