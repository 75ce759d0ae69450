package dev.rex.dsl;

/**
 * A complete SELECT. It can be executed, combined with another SELECT, used as a derived table or
 * used as a subquery in a condition.
 *
 * @param <R> the record type of a row
 */
public interface Select<R extends Record> extends ResultQuery<R> {

  /** {@code this union other}: rows of both, without duplicates. */
  SelectOrderByStep<R> union(Select<? extends R> other);

  /** {@code this union all other}: rows of both, with duplicates. */
  SelectOrderByStep<R> unionAll(Select<? extends R> other);

  /** {@code this intersect other}: rows in both. */
  SelectOrderByStep<R> intersect(Select<? extends R> other);

  /** {@code this except other}: rows of this that are not in other. */
  SelectOrderByStep<R> except(Select<? extends R> other);

  /**
   * This query as a derived table, {@code (select …) as alias}. Read its columns with {@link
   * Table#field(Field)}.
   */
  Table<R> asTable(String alias);
}
