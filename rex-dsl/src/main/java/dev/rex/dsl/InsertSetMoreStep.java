package dev.rex.dsl;

import org.jspecify.annotations.Nullable;

/**
 * An INSERT with some columns set, which may set more.
 *
 * @param <R> the record type of the table
 */
public interface InsertSetMoreStep<R extends Record> extends InsertOnDuplicateStep<R> {

  /** Sets another column. */
  <T> InsertSetMoreStep<R> set(Field<T> field, @Nullable T value);

  /** Sets another column to an expression. */
  <T> InsertSetMoreStep<R> set(Field<T> field, Field<T> value);

  /** Starts another row, for a multi-row insert; it must set the same columns. */
  InsertSetMoreStep<R> newRecord();
}
