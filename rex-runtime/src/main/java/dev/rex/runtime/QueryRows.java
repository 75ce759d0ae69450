package dev.rex.runtime;

import dev.rex.dsl.Record;
import dev.rex.dsl.RenderedQuery;
import dev.rex.dsl.ResultQuery;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The work of a query on its connection: {@link JdbcExecutor#rows}, reading all of the rows, the
 * one, or the one of a query that returns one at most by its shape ({@link #KEYED_ROW}: no second
 * row is looked for). A class rather than a lambda, and reading in {@code rows} itself rather than
 * through a function, because each lambda adds two calls to the path from the application's call to
 * the driver's column reads, which the JIT inlines only so deep (15 calls on JDK 17): past that,
 * the reads of a row are calls it cannot optimise with the code around them.
 */
final class QueryRows<R extends Record> implements JdbcExecutor.Work<ResultQuery<R>, Object> {

  static final QueryRows<?> ALL_ROWS = new QueryRows<>(false, false);
  static final QueryRows<?> ONE_ROW = new QueryRows<>(true, false);
  static final QueryRows<?> KEYED_ROW = new QueryRows<>(true, true);

  /** Whether one row is read (what {@link RowReader#readOne} returns) rather than a list. */
  final boolean one;

  /** Whether the query's shape allows one row at most, so that no second one is looked for. */
  final boolean keyed;

  private QueryRows(boolean one, boolean keyed) {
    this.one = one;
    this.keyed = keyed;
  }

  @Override
  @SuppressWarnings("NullAway") // a one-row read's "no row" is null, as fetchOne expects
  public Object run(
      JdbcExecutor executor,
      Connection connection,
      RenderedQuery rendered,
      ResultQuery<R> query,
      int maxRows)
      throws SQLException {
    return executor.rows(connection, rendered, query, maxRows, this);
  }

  static int allRowCount(Object rows) {
    return ((List<?>) rows).size();
  }
}
