package dev.rex.dsl;

/**
 * An UPDATE that may be filtered. Without WHERE it updates every row.
 *
 * @param <R> the record type of the table
 */
public interface UpdateWhereStep<R extends Record> extends UpdateReturningStep<R> {

  /** {@code where conditions…}, combined with AND. */
  UpdateConditionStep<R> where(Condition... conditions);
}
