package dev.rex.dsl;

/**
 * A join that needs its ON condition.
 *
 * @param <R> the record type of a row
 */
public interface SelectOnStep<R extends Record> {

  /** {@code on conditions…}, combined with AND. */
  SelectOnConditionStep<R> on(Condition... conditions);
}
