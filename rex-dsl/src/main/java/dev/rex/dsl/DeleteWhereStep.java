package dev.rex.dsl;

/**
 * A DELETE that may be filtered. Without WHERE it deletes every row.
 *
 * @param <R> the record type of the table
 */
public interface DeleteWhereStep<R extends Record> extends DeleteReturningStep<R> {

  /** {@code where conditions…}, combined with AND. */
  DeleteConditionStep<R> where(Condition... conditions);
}
