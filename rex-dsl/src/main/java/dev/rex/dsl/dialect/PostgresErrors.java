package dev.rex.dsl.dialect;

import dev.rex.dsl.spi.ErrorDetails;
import java.sql.SQLException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Reads the constraint, table and column that PostgreSQL reports with an error. This class links
 * against pgjdbc, an optional dependency of rex-dsl, so {@link PostgresDialect} only loads it once
 * it has seen a {@code PSQLException}: rex-dsl needs nothing but the JDK at run time.
 */
final class PostgresErrors {

  private PostgresErrors() {}

  /** The details pgjdbc parsed from the server's error message, if it has one. */
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
    return ErrorDetails.of(exception);
  }
}
