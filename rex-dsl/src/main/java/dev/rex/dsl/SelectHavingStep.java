package dev.rex.dsl;

/**
 * A SELECT after GROUP BY, which may filter groups.
 *
 * @param <R> the record type of a row
 */
public interface SelectHavingStep<R extends Record> extends SelectOrderByStep<R> {

  /** {@code having conditions…}, combined with AND. */
  SelectHavingConditionStep<R> having(Condition... conditions);
}
