package dev.rex.dsl;

import java.util.Collection;

/**
 * A SELECT that may be ordered.
 *
 * @param <R> the record type of a row
 */
public interface SelectOrderByStep<R extends Record> extends SelectLimitStep<R> {

  /** {@code order by fields…}; a plain field sorts ascending. */
  SelectLimitStep<R> orderBy(OrderField<?>... fields);

  /** {@code order by fields…}. */
  SelectLimitStep<R> orderBy(Collection<? extends OrderField<?>> fields);
}
