package dev.rex.dsl;

/**
 * A SELECT that may be filtered.
 *
 * @param <R> the record type of a row
 */
public interface SelectWhereStep<R extends Record> extends SelectGroupByStep<R> {

  /**
   * {@code where condition}: the usual one condition, without the array a call of {@link
   * #where(Condition...)} makes.
   */
  SelectConditionStep<R> where(Condition condition);

  /** {@code where conditions…}, combined with AND. */
  SelectConditionStep<R> where(Condition... conditions);
}
