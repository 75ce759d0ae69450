package dev.rex.dsl;

/**
 * A DELETE after WHERE, whose condition may be extended.
 *
 * @param <R> the record type of the table
 */
public interface DeleteConditionStep<R extends Record> extends DeleteReturningStep<R> {

  /** Adds {@code and condition}. */
  DeleteConditionStep<R> and(Condition condition);

  /** Adds {@code or condition}. */
  DeleteConditionStep<R> or(Condition condition);
}
