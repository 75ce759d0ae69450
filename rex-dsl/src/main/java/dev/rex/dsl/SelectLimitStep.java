package dev.rex.dsl;

/**
 * A SELECT after ORDER BY, which may limit and skip rows. Limit and offset are bind values, so
 * paging through a result reuses one rendered statement.
 *
 * @param <R> the record type of a row
 */
public interface SelectLimitStep<R extends Record> extends SelectFinalStep<R> {

  /** {@code limit rows}. */
  SelectOffsetStep<R> limit(int rows);

  /**
   * {@code limit ?} with the value of {@code rows}, usually a {@link DSLContext#prepare prepared
   * query}'s parameter.
   */
  SelectOffsetStep<R> limit(Field<Integer> rows);

  /** {@code offset rows}, without a limit. */
  SelectFinalStep<R> offset(int rows);

  /** {@code offset ?} with the value of {@code rows}, without a limit. */
  SelectFinalStep<R> offset(Field<Integer> rows);
}
