package dev.rex.dsl;

/**
 * A SELECT list, which reads FROM tables (or, without FROM, selects expressions only).
 *
 * @param <R> the record type of a row
 */
public interface SelectFromStep<R extends Record> extends SelectWhereStep<R> {

  /** {@code from tables…}. */
  SelectJoinStep<R> from(Table<?>... tables);
}
