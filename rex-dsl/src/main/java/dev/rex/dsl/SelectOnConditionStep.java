package dev.rex.dsl;

/**
 * A SELECT after a join's ON, whose condition may be extended.
 *
 * @param <R> the record type of a row
 */
public interface SelectOnConditionStep<R extends Record> extends SelectJoinStep<R> {

  /** Adds {@code and condition} to the last join's ON. */
  SelectOnConditionStep<R> and(Condition condition);

  /** Adds {@code or condition} to the last join's ON. */
  SelectOnConditionStep<R> or(Condition condition);
}
