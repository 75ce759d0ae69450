package dev.rex.dsl;

import org.jspecify.annotations.Nullable;

/**
 * The VALUES clause of an INSERT into a list of columns whose types are checked at run time. Prefer
 * the typed {@code InsertValuesStepN} from {@code insertInto(table, f1, …, fN)}.
 *
 * @param <R> the record type of the table
 */
public interface InsertValuesStep<R extends Record> extends InsertOnDuplicateStep<R> {

  /**
   * Adds one row of values.
   *
   * @throws IllegalArgumentException when the number or types of values do not match the columns
   */
  InsertValuesStep<R> values(@Nullable Object... values);

  /** Inserts the rows of a query instead of values. */
  InsertOnDuplicateStep<R> select(Select<?> select);
}
