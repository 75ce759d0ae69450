package dev.rex.dsl;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A {@link PreparedQuery} of 1 parameter: made by {@code DSLContext.prepare}, run with the
 * argument. A null argument binds SQL {@code NULL} (so {@code column.eq(parameter)} then matches no
 * row, as in SQL); an argument of the wrong type does not compile.
 *
 * @param <A> the Java type of parameter 1
 * @param <R> the record type of a row
 */
public interface Prepared1<A, R extends Record> extends PreparedQuery<R> {

  /**
   * Runs the query with these values and returns every row.
   *
   * @see ResultQuery#fetch()
   */
  Result<R> fetch(@Nullable A a);

  /**
   * Runs the query with these values and returns its only row, or {@code null} when there is none.
   *
   * @throws dev.rex.dsl.exception.TooManyRowsException when there is more than one row
   */
  @Nullable R fetchOne(@Nullable A a);

  /** {@link #fetchOne} as an {@link Optional}. */
  default Optional<R> fetchOptional(@Nullable A a) {
    return Optional.ofNullable(fetchOne(a));
  }

  /**
   * Runs the query with these values and returns its only row.
   *
   * @throws dev.rex.dsl.exception.NoDataFoundException when there is no row
   * @throws dev.rex.dsl.exception.TooManyRowsException when there is more than one row
   */
  R fetchSingle(@Nullable A a);

  /**
   * The query with these values, for everything else a {@link ResultQuery} offers: {@code
   * stream()}, {@code fetchInto(...)}, the result cache ({@code db.cache().fetch(q.bind(...))}). It
   * renders no SQL either.
   */
  ResultQuery<R> bind(@Nullable A a);

  /**
   * This query run on {@code context} instead: a transaction handle (the query joins the
   * transaction), {@code db.readOnly()} (replicas), or another database. Nothing is rendered again
   * when {@code context} has the same dialect.
   */
  Prepared1<A, R> on(DSLContext context);
}
