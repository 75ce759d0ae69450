package dev.rex.dsl;

/**
 * A SELECT after WHERE, whose condition may be extended.
 *
 * @param <R> the record type of a row
 */
public interface SelectConditionStep<R extends Record> extends SelectGroupByStep<R> {

  /** Adds {@code and condition} to WHERE. */
  SelectConditionStep<R> and(Condition condition);

  /** Adds {@code and not condition} to WHERE. */
  SelectConditionStep<R> andNot(Condition condition);

  /** Adds {@code or condition} to WHERE. */
  SelectConditionStep<R> or(Condition condition);

  /** Adds {@code or not condition} to WHERE. */
  SelectConditionStep<R> orNot(Condition condition);
}
