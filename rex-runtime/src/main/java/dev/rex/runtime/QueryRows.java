package dev.rex.runtime;

import dev.rex.dsl.Record;
import dev.rex.dsl.RecordType;
import dev.rex.dsl.RenderedQuery;
import dev.rex.dsl.ResultQuery;
import dev.rex.dsl.impl.Queries;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The work of a query on its connection: prepare it (or take it from the statement cache), bind,
 * run and read all of its rows, the one, or the one of a query that returns one at most by its
 * shape ({@link #KEYED_ROW}: no second row is looked for).
 *
 * <p>It is written for the depth the JIT inlines to (15 calls on JDK 17): past it, the driver's
 * column reads are calls the JIT cannot optimise with the code around them, and sqlite-jdbc's
 * per-read lambda is allocated. So this is one method, not a call to the executor; its argument is
 * an {@code Object}, so that no bridge method stands between the executor's call and this one; and
 * it is a class rather than a lambda, which would add two calls.
 */
final class QueryRows implements JdbcExecutor.Work<Object, Object> {

  static final QueryRows ALL_ROWS = new QueryRows(false, false);
  static final QueryRows ONE_ROW = new QueryRows(true, false);
  static final QueryRows KEYED_ROW = new QueryRows(true, true);

  /** Whether one row is read (what {@link RowReader#readOne} returns) rather than a list. */
  private final boolean one;

  /** Whether the query's shape allows one row at most, so that no second one is looked for. */
  private final boolean keyed;

  private QueryRows(boolean one, boolean keyed) {
    this.one = one;
    this.keyed = keyed;
  }

  /** Runs {@code query}, a {@link ResultQuery}, and reads at most {@code maxRows} rows (0: all). */
  @Override
  @SuppressWarnings({"unchecked", "NullAway"}) // a one-row read's "no row" is null
  public @Nullable Object run(
      JdbcExecutor executor,
      Connection connection,
      RenderedQuery rendered,
      Object query,
      int maxRows)
      throws SQLException {
    ResultQuery<Record> rows = (ResultQuery<Record>) query;
    CachedStatement cached = executor.cached(connection, rendered.sql(), maxRows);
    PreparedStatement statement =
        cached != null ? cached.statement : executor.prepare(connection, rendered.sql(), maxRows);
    QueryTimer.Watch watch = executor.timer().watch(statement);
    try {
      StatementSteps.bind(statement, rendered, rows, cached, executor.types(), executor.dialect());
      try (ResultSet resultSet = statement.executeQuery()) {
        RecordType<Record> type = rows.recordType();
        RowReader<Record> reader =
            cached != null
                ? cached.reader(resultSet, type, executor.types(), executor)
                : RowReader.of(resultSet, type, executor.types(), executor);
        return one
            ? reader.readOne(resultSet, keyed)
            : reader.readAll(resultSet, maxRows, Queries.limitHint(rows));
      }
    } catch (SQLException e) {
      throw watch.explain(e);
    } finally {
      watch.close();
      executor.closeIfUncached(statement);
    }
  }

  static int allRowCount(Object rows) {
    return ((List<?>) rows).size();
  }
}
