package dev.rex.runtime;

import java.sql.SQLException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Reads the constraint, table and column that PostgreSQL reports with an error. This class links
 * against pgjdbc, so it is only loaded once a {@code PSQLException} has been seen.
 */
final class PostgresErrors {

  private PostgresErrors() {}

  static ErrorDetails details(SQLException exception) {
    if (exception instanceof PSQLException psql && psql.getServerErrorMessage() != null) {
      ServerErrorMessage message = psql.getServerErrorMessage();
      return new ErrorDetails(
          psql.getSQLState(),
          message.getConstraint(),
          message.getTable(),
          message.getColumn(),
          message.getDetail());
    }
    return new ErrorDetails(exception.getSQLState(), null, null, null, null);
  }
}
