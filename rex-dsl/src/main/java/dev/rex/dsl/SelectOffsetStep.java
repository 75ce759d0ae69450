package dev.rex.dsl;

/**
 * A SELECT after LIMIT, which may skip rows.
 *
 * @param <R> the record type of a row
 */
public interface SelectOffsetStep<R extends Record> extends SelectFinalStep<R> {

  /** {@code offset rows}. */
  SelectFinalStep<R> offset(int rows);

  /** {@code offset ?} with the value of {@code rows}, usually a prepared query's parameter. */
  SelectFinalStep<R> offset(Field<Integer> rows);
}
