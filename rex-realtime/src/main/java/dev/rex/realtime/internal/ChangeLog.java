package dev.rex.realtime.internal;

import dev.rex.dsl.Table;
import dev.rex.dsl.spi.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

/**
 * The change log of one database: the table the capture triggers write, numbered in an order that
 * respects commit order per row and read by position. Each dialect keeps it its own way.
 */
public interface ChangeLog {

  /** The most changes one {@link #sequence} call numbers. */
  int SEQUENCE_BATCH = 50_000;

  /** The log of {@code dialect}'s databases. */
  static ChangeLog of(Dialect dialect) {
    return switch (dialect.name()) {
      case "postgres" -> new PostgresChangeLog();
      case "sqlite" -> new SqliteChangeLog();
      default ->
          throw new IllegalArgumentException(
              "rex-realtime captures changes on PostgreSQL and SQLite, not on " + dialect.name());
    };
  }

  /**
   * Numbers the committed changes that have no position yet, unless another instance is doing it
   * right now. Runs in its own transaction on {@code connection} (auto-commit on return).
   *
   * @return how many changes were numbered
   */
  int sequence(Connection connection) throws SQLException;

  /** The position of the last numbered change. */
  long head(Connection connection) throws SQLException;

  /** The last position removed by retention: resuming at or before it needs a resync. */
  long prunedThrough(Connection connection) throws SQLException;

  /** Up to {@code limit} numbered changes after {@code after}, in order. */
  List<LogEntry> read(Connection connection, long after, int limit) throws SQLException;

  /**
   * The query that reads the images of {@code table}'s changes in a range of positions: parameters
   * are the range's exclusive start, inclusive end, the table's schema and name; columns are the
   * position, the operation code, the change time (epoch milliseconds), whether there is a new
   * image, its columns in {@code table.fields()} order, whether there is an old image, its columns.
   */
  String imageQuery(Table<?> table);

  /** The schema a table's changes are logged under. */
  String schemaOf(Table<?> table);

  /**
   * Removes the oldest numbered changes that are older than {@code maxAge} or beyond the newest
   * {@code maxRows}, as one prefix of the log, unless another instance holds the log's head.
   *
   * @return how many were removed
   */
  int prune(Connection connection, Duration maxAge, long maxRows) throws SQLException;
}
