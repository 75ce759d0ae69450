package dev.rex.dsl;

/**
 * An UPDATE after WHERE, whose condition may be extended.
 *
 * @param <R> the record type of the table
 */
public interface UpdateConditionStep<R extends Record> extends UpdateReturningStep<R> {

  /** Adds {@code and condition}. */
  UpdateConditionStep<R> and(Condition condition);

  /** Adds {@code or condition}. */
  UpdateConditionStep<R> or(Condition condition);
}
