package dev.rex.dsl;

/**
 * A join that needs its ON condition.
 *
 * @param <R> the record type of a row
 */
public interface SelectOnStep<R extends Record> {

  /** {@code on conditions…}, combined with AND. */
  SelectOnConditionStep<R> on(Condition... conditions);

  /**
   * Joins along the one foreign key between the joined table and a table already in the query, in
   * either direction: {@code from(TRACK).join(ALBUM).onKey()} renders {@code on "track"."album_id"
   * = "album"."album_id"}.
   *
   * @throws IllegalArgumentException when there is no such key, or more than one (then name it with
   *     {@link #onKey(ForeignKey)})
   */
  SelectOnConditionStep<R> onKey();

  /**
   * Joins along {@code key}. When both sides could hold it (a self-reference such as {@code
   * employee.reports_to}), the joined table is the referenced one: {@code
   * from(EMPLOYEE).join(manager).onKey(REPORTS_TO)} joins each employee to their manager.
   */
  SelectOnConditionStep<R> onKey(ForeignKey<?, ?> key);
}
