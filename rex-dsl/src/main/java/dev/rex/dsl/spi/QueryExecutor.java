package dev.rex.dsl.spi;

import dev.rex.dsl.Query;
import dev.rex.dsl.Record;
import dev.rex.dsl.Result;
import dev.rex.dsl.ResultQuery;
import dev.rex.dsl.exception.InvalidQueryException;
import dev.rex.dsl.exception.TooManyRowsException;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Executes attached queries. A runtime (such as {@code dev.rex.Rex}) implements it; the query model
 * itself never opens connections.
 */
public interface QueryExecutor {

  /** The dialect that queries are rendered for. */
  Dialect dialect();

  /**
   * Runs a query and reads its rows into records.
   *
   * @param maxRows stop after this many rows; 0 reads all
   */
  <R extends Record> Result<R> fetch(ResultQuery<R> query, int maxRows);

  /**
   * Runs a query that should return at most one row and returns that row, or null when there is
   * none. The default runs {@link #fetch(ResultQuery, int)} for two rows; an executor may read the
   * row without holding it in a {@link Result}.
   *
   * @throws TooManyRowsException when the query returns more than one row
   */
  default <R extends Record> @Nullable R fetchOne(ResultQuery<R> query) {
    Result<R> rows = fetch(query, 2);
    if (rows.size() > 1) {
      throw RareFailures.tooManyRows(query.render(dialect()).sql());
    }
    return rows.isEmpty() ? null : rows.get(0);
  }

  /**
   * Whether this executor is done with a query when {@link #fetch} or {@link #fetchOne} returns or
   * throws: it keeps no reference to the query object itself afterwards (its rendering and record
   * type may be kept). A prepared query ({@code DSLContext.prepare}) then runs each of its
   * executions on one query object per thread, reset every time, instead of a new one. The default
   * is false, which is always safe.
   */
  default boolean releasesQueries() {
    return false;
  }

  /**
   * Runs a query and returns its rows lazily. The stream holds a connection until it is closed or
   * fully consumed.
   *
   * @param fetchSize rows the driver fetches per round trip; 0 leaves the driver's default
   */
  <R extends Record> Stream<R> stream(ResultQuery<R> query, int fetchSize);

  /** Runs a statement that returns no rows and returns the affected row count. */
  int execute(Query query);

  /**
   * Runs an INSERT of one row and returns the key the database generated for it (JDBC's generated
   * keys), or null when it generated none. Records insert themselves this way on a dialect without
   * {@code RETURNING} ({@link Dialect#supportsReturning()}). The default refuses.
   *
   * @throws InvalidQueryException when the executor cannot read generated keys
   */
  default @Nullable Object executeReturningGeneratedKey(Query insert) {
    throw new InvalidQueryException(
        "This executor cannot read generated keys; the "
            + dialect().name()
            + " dialect has no RETURNING.");
  }
}
