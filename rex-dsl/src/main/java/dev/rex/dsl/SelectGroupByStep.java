package dev.rex.dsl;

import java.util.Collection;

/**
 * A SELECT that may be grouped.
 *
 * @param <R> the record type of a row
 */
public interface SelectGroupByStep<R extends Record> extends SelectHavingStep<R> {

  /** {@code group by fields…}. */
  SelectHavingStep<R> groupBy(Field<?>... fields);

  /** {@code group by fields…}. */
  SelectHavingStep<R> groupBy(Collection<? extends Field<?>> fields);
}
