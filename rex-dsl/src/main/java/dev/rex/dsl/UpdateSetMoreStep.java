package dev.rex.dsl;

/**
 * An UPDATE with some SETs, which may set more, read other tables, or filter.
 *
 * @param <R> the record type of the table
 */
public interface UpdateSetMoreStep<R extends Record>
    extends UpdateSetFirstStep<R>, UpdateWhereStep<R> {

  /** {@code from tables…}: other tables the SET and WHERE may read. */
  UpdateWhereStep<R> from(Table<?>... tables);
}
