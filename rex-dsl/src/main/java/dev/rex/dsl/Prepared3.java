package dev.rex.dsl;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A {@link PreparedQuery} of 3 parameters: made by {@code DSLContext.prepare}, run with the
 * arguments, in the order the parameters were declared. A null argument binds SQL {@code NULL} (so
 * {@code column.eq(parameter)} then matches no row, as in SQL); an argument of the wrong type does
 * not compile.
 *
 * @param <A> the Java type of parameter 1
 * @param <B> the Java type of parameter 2
 * @param <C> the Java type of parameter 3
 * @param <R> the record type of a row
 */
public interface Prepared3<A, B, C, R extends Record> extends PreparedQuery<R> {

  /**
   * Runs the query with these values and returns every row.
   *
   * @see ResultQuery#fetch()
   */
  Result<R> fetch(@Nullable A a, @Nullable B b, @Nullable C c);

  /**
   * Runs the query with these values and returns its only row, or {@code null} when there is none.
   *
   * @throws dev.rex.dsl.exception.TooManyRowsException when there is more than one row
   */
  @Nullable R fetchOne(@Nullable A a, @Nullable B b, @Nullable C c);

  /** {@link #fetchOne} as an {@link Optional}. */
  default Optional<R> fetchOptional(@Nullable A a, @Nullable B b, @Nullable C c) {
    return Optional.ofNullable(fetchOne(a, b, c));
  }

  /**
   * Runs the query with these values and returns its only row.
   *
   * @throws dev.rex.dsl.exception.NoDataFoundException when there is no row
   * @throws dev.rex.dsl.exception.TooManyRowsException when there is more than one row
   */
  R fetchSingle(@Nullable A a, @Nullable B b, @Nullable C c);

  /**
   * The query with these values, for everything else a {@link ResultQuery} offers: {@code
   * stream()}, {@code fetchInto(...)}, the result cache ({@code db.cache().fetch(q.bind(...))}). It
   * renders no SQL either.
   */
  ResultQuery<R> bind(@Nullable A a, @Nullable B b, @Nullable C c);

  /**
   * This query run on {@code context} instead: a transaction handle (the query joins the
   * transaction), {@code db.readOnly()} (replicas), or another database. Nothing is rendered again
   * when {@code context} has the same dialect.
   */
  Prepared3<A, B, C, R> on(DSLContext context);

  /**
   * Builds the query of a {@code Prepared3} around its three parameter placeholders.
   *
   * @param <A> the Java type of parameter 1
   * @param <B> the Java type of parameter 2
   * @param <C> the Java type of parameter 3
   * @param <R> the record type of a row
   */
  @FunctionalInterface
  interface Template<A, B, C, R extends Record> {

    /** The query, with {@code a}, {@code b} and {@code c} where the values go. */
    ResultQuery<R> query(Field<A> a, Field<B> b, Field<C> c);
  }
}
