package dev.rex.dsl;

import dev.rex.dsl.impl.Queries;
import dev.rex.dsl.spi.Dialect;
import java.util.function.Predicate;

/**
 * A condition evaluated in memory against records of one table, without the database: for example
 * to apply a subscriber's filter {@code ALBUM.ARTIST_ID.eq(1).and(ALBUM.TITLE.like("A%"))} to the
 * old and new images of a changed row. It gives the answer {@code select … where condition} would
 * give for that row on the dialect's database:
 *
 * <ul>
 *   <li>SQL's three-valued logic: a comparison with NULL is UNKNOWN, {@code not} UNKNOWN is
 *       UNKNOWN, {@code null in (1, null)} and {@code 1 not in (2, null)} are UNKNOWN, FALSE and
 *       UNKNOWN is FALSE, TRUE or UNKNOWN is TRUE; a record matches only when the condition is
 *       TRUE.
 *   <li>Numbers compare by value across Java types ({@code 1 = 1L = 1.00}); text by Unicode code
 *       point, which is PostgreSQL's {@code "C"} / {@code C.UTF-8} collation and SQLite's {@code
 *       BINARY} (a PostgreSQL column under a language collation such as {@code en_US.UTF-8} may
 *       order text differently, so {@code lt}/{@code gt}/{@code between} on such text can
 *       disagree); offset timestamps by instant; UUIDs and byte arrays by unsigned bytes; enums in
 *       declaration order (by literal on SQLite).
 *   <li>LIKE as the dialect has it: on PostgreSQL case-sensitive with backslash as escape
 *       character; on SQLite ASCII-case-insensitive with no escape character. Case-insensitive
 *       LIKE, {@code lower} and {@code upper} follow Unicode on PostgreSQL (a UTF-8 ctype) and
 *       change ASCII letters only on SQLite.
 *   <li>Supported: {@code eq ne lt le gt ge}, {@code between}, {@code in}/{@code notIn} with
 *       values, {@code isNull}/{@code isNotNull}, {@code like}/{@code notLike} and their
 *       case-insensitive forms, {@code and or not andNot orNot}, {@code trueCondition}, {@code
 *       falseCondition}, {@code noCondition}, over columns of the table, values, {@code lower upper
 *       length coalesce abs concat}, {@code + - * / %} and {@code neg}, and {@code case when}. An
 *       overflow or division by zero, an error on PostgreSQL, makes the value NULL.
 * </ul>
 *
 * <p>A predicate is immutable and thread-safe. Where the databases differ in a way the dialect does
 * not describe, it follows PostgreSQL.
 *
 * @param <R> the record type of the table
 */
public interface RowPredicate<R extends Record> extends Predicate<R> {

  /**
   * Whether the condition is TRUE for {@code record}; false when it is FALSE or UNKNOWN.
   *
   * @throws IllegalArgumentException if the record lacks a column the condition reads (a record
   *     holding a value that is not of its column's Java type may also fail, with this or a {@link
   *     ClassCastException})
   */
  @Override
  boolean test(R record);

  /**
   * Compiles {@code condition} for records of {@code table}, with the comparison rules of {@code
   * dialect} ({@link Dialect#comparisonRules()}).
   *
   * @throws dev.rex.dsl.exception.InvalidQueryException naming the part that cannot be evaluated in
   *     memory: a subquery ({@code in (select …)}, {@code exists}, a scalar subquery), an aggregate
   *     or window function, a cast, a condition not built by Rex's DSL (raw SQL), a column of
   *     another table or of the same table under another alias, an unsupported function, division
   *     of decimals, or a type Rex does not compare in memory (JSON, arrays); always here, never in
   *     {@link #test}
   */
  static <R extends Record> RowPredicate<R> of(
      Table<R> table, Condition condition, Dialect dialect) {
    return Queries.rowPredicate(table, condition, dialect);
  }
}
