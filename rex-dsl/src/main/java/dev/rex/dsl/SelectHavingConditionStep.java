package dev.rex.dsl;

/**
 * A SELECT after HAVING, whose condition may be extended.
 *
 * @param <R> the record type of a row
 */
public interface SelectHavingConditionStep<R extends Record> extends SelectOrderByStep<R> {

  /** Adds {@code and condition} to HAVING. */
  SelectHavingConditionStep<R> and(Condition condition);

  /** Adds {@code or condition} to HAVING. */
  SelectHavingConditionStep<R> or(Condition condition);
}
