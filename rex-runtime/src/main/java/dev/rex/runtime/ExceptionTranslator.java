package dev.rex.runtime;

import dev.rex.dsl.exception.CheckViolationException;
import dev.rex.dsl.exception.ConnectionException;
import dev.rex.dsl.exception.DataAccessException;
import dev.rex.dsl.exception.DeadlockException;
import dev.rex.dsl.exception.ForeignKeyViolationException;
import dev.rex.dsl.exception.IntegrityConstraintViolationException;
import dev.rex.dsl.exception.NotNullViolationException;
import dev.rex.dsl.exception.QueryTimeoutException;
import dev.rex.dsl.exception.SerializationFailureException;
import dev.rex.dsl.exception.TransactionRollbackException;
import dev.rex.dsl.exception.UniqueViolationException;
import dev.rex.dsl.spi.Dialect;
import dev.rex.dsl.spi.ErrorDetails;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.jspecify.annotations.Nullable;

/**
 * Turns {@link SQLException}s into Rex's typed, unchecked exceptions by SQLSTATE (SQL:2011 classes
 * 23, 40 and 08, plus {@code 40P01}, a deadlock, and class {@code 57P}, a session the server ended,
 * as a connection failure), with the constraint, table and column where the driver reports them,
 * and a message that is a sentence rather than a driver dump. The SQLSTATE and those details come
 * from the {@link Dialect#errorDetails dialect} of the executor that failed, which also maps a
 * driver's vendor codes to SQLSTATEs.
 */
public final class ExceptionTranslator {

  private ExceptionTranslator() {}

  /**
   * The typed exception for {@code exception}, raised by {@code sql} (null if none) on a database
   * of {@code dialect} (null when it is not known yet: then only the driver's SQLSTATE is read).
   */
  public static DataAccessException translate(
      SQLException exception, @Nullable String sql, @Nullable Dialect dialect) {
    if (exception instanceof QueryTimer.TimedOut timedOut) {
      return new QueryTimeoutException(
          String.valueOf(timedOut.getMessage()), sql, timedOut.getSQLState(), timedOut.getCause());
    }
    ErrorDetails details =
        dialect == null ? ErrorDetails.of(exception) : dialect.errorDetails(exception);
    String state = details.sqlState() == null ? "" : details.sqlState();
    String reason = firstLine(exception.getMessage());
    return switch (state) {
      case "23505" ->
          new UniqueViolationException(
              message("A unique key would be duplicated", details, reason, sql),
              sql,
              state,
              details.constraint(),
              details.table(),
              details.column(),
              exception);
      case "23503" ->
          new ForeignKeyViolationException(
              message("A foreign key would be broken", details, reason, sql),
              sql,
              state,
              details.constraint(),
              details.table(),
              details.column(),
              exception);
      case "23502" ->
          new NotNullViolationException(
              message("A required column got no value", details, reason, sql),
              sql,
              state,
              details.constraint(),
              details.table(),
              details.column(),
              exception);
      case "23514" ->
          new CheckViolationException(
              message("A check constraint failed", details, reason, sql),
              sql,
              state,
              details.constraint(),
              details.table(),
              details.column(),
              exception);
      case "40001" ->
          new SerializationFailureException(
              "The transaction conflicted with a concurrent one and was rolled back; retry it. "
                  + reason
                  + sqlSuffix(sql),
              sql,
              state,
              exception);
      case "40P01" ->
          new DeadlockException(
              "The transaction was chosen as a deadlock victim and rolled back; retry it. "
                  + reason
                  + sqlSuffix(sql),
              sql,
              state,
              exception);
      default -> byClass(exception, sql, state, details, reason);
    };
  }

  private static DataAccessException byClass(
      SQLException exception,
      @Nullable String sql,
      String state,
      ErrorDetails details,
      String reason) {
    if (state.startsWith("23")) {
      return new IntegrityConstraintViolationException(
          message("A constraint would be violated", details, reason, sql),
          sql,
          state,
          details.constraint(),
          details.table(),
          details.column(),
          exception);
    }
    if (state.startsWith("40")) {
      return new TransactionRollbackException(
          "The transaction was rolled back: " + reason + sqlSuffix(sql), sql, state, exception);
    }
    if (exception instanceof SQLTransientConnectionException) {
      return new ConnectionException(
          "No database connection became available in time: "
              + reason
              + " Either every pooled connection is in use (a stream that is never closed holds"
              + " its connection until it is garbage-collected: close streams, e.g. with"
              + " try-with-resources) or the database cannot be reached."
              + lastAttempt(exception),
          sql,
          state.isEmpty() ? null : state,
          exception);
    }
    if (state.startsWith("08") || state.startsWith("57P")) {
      // 57P: the server ended the session (administrator command, crash or shutdown); the
      // connection is gone, unlike 57014, a cancelled statement on a connection that still works.
      return new ConnectionException(
          "The database connection failed: " + reason,
          sql,
          state.isEmpty() ? null : state,
          exception);
    }
    return new DataAccessException(
        "The statement failed: " + reason + sqlSuffix(sql),
        sql,
        state.isEmpty() ? null : state,
        exception);
  }

  /** What the pool's last attempt to open a connection reported, if it failed. */
  private static String lastAttempt(SQLException timeout) {
    Throwable cause = timeout.getCause();
    if (cause == null || cause.getMessage() == null) {
      return "";
    }
    return " The last attempt to connect failed: " + firstLine(cause.getMessage());
  }

  private static String message(
      String what, ErrorDetails details, String reason, @Nullable String sql) {
    StringBuilder text = new StringBuilder(what);
    if (details.constraint() != null) {
      text.append(" (constraint ").append(details.constraint());
      if (details.table() != null) {
        text.append(" on table ").append(details.table());
      }
      text.append(')');
    } else if (details.table() != null) {
      text.append(" (table ").append(details.table());
      if (details.column() != null) {
        text.append(", column ").append(details.column());
      }
      text.append(')');
    }
    text.append(": ").append(reason);
    if (details.detail() != null) {
      text.append(" ").append(details.detail());
    }
    return text.append(sqlSuffix(sql)).toString();
  }

  private static String sqlSuffix(@Nullable String sql) {
    return sql == null ? "" : " [SQL: " + sql + "]";
  }

  private static String firstLine(@Nullable String message) {
    if (message == null) {
      return "no message from the driver";
    }
    int newline = message.indexOf('\n');
    return (newline < 0 ? message : message.substring(0, newline)).trim();
  }
}
