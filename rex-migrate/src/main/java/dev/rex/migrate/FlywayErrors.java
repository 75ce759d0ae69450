package dev.rex.migrate;

import dev.rex.dsl.spi.Dialect;
import dev.rex.dsl.spi.Dialects;
import java.sql.SQLException;
import java.util.List;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.internal.exception.FlywayMigrateException;
import org.flywaydb.core.internal.sqlscript.FlywaySqlScriptException;
import org.jspecify.annotations.Nullable;

/**
 * Turns Flyway's exceptions into Rex's. Flyway's own message for a failed migration is a multi-line
 * report; Rex's names the script, the line, the statement and what the database said in one
 * sentence, and says whether the database was left as it was. The details come from Flyway's {@code
 * FlywayMigrateException} and {@code FlywaySqlScriptException}, which live in Flyway's internal
 * packages; when a later Flyway changes them, only this class changes.
 */
final class FlywayErrors {

  private FlywayErrors() {}

  static MigrationException translate(FlywayException failure) {
    FlywayMigrateException migrate = find(failure, FlywayMigrateException.class);
    if (migrate == null || migrate.getMigration() == null) {
      String message = failure.getMessage();
      return new MigrationException(message == null ? "Flyway failed." : message.strip(), failure);
    }
    MigrationInfo migration = migrate.getMigration();
    FlywaySqlScriptException sql = find(failure, FlywaySqlScriptException.class);
    SQLException database = find(failure, SQLException.class);
    String script = Migrations.fileName(migration.getScript());
    int line = sql != null ? sql.getLineNumber() : migrate.getLineNumber();
    String statement = sql == null ? null : sql.getStatement();
    String databaseMessage =
        database != null && database.getMessage() != null
            ? database.getMessage().strip()
            : firstLine(migrate.getMessage());
    String outcome =
        migrate.isExecutableInTransaction()
            ? "It was rolled back: the schema and the migration history are as they were before it."
            : "It ran outside a transaction, so statements before the failing one stay applied;"
                + " repair the schema by hand, then run rex:repair.";
    String message =
        "Migration "
            + script
            + " failed"
            + (line > 0 ? " at line " + line : "")
            + (statement == null ? "" : " (statement: " + abbreviate(statement) + ")")
            + ": "
            + databaseMessage
            + "\n"
            + outcome;
    return new MigrationFailedException(message, script, line, statement, databaseMessage, failure);
  }

  /**
   * Whether a database refused a statement because another connection was writing, as one of the
   * installed dialects recognises it ({@link Dialect#refusedForAConcurrentWriter}): the migration
   * was rolled back and may run again.
   */
  static boolean refusedForAConcurrentWriter(Throwable failure) {
    List<Dialect> dialects = Dialects.all();
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException sql) {
        for (Dialect dialect : dialects) {
          if (dialect.refusedForAConcurrentWriter(sql)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** How many migrations committed before the one that failed. */
  static int appliedBeforeFailure(FlywayException failure) {
    FlywayMigrateException migrate = find(failure, FlywayMigrateException.class);
    if (migrate == null || migrate.getErrorResult() == null) {
      return 0;
    }
    return migrate.getErrorResult().getSuccessfulMigrations().size();
  }

  static String abbreviate(String statement) {
    String flat = statement.strip().replaceAll("\\s+", " ");
    return flat.length() <= 200 ? flat : flat.substring(0, 197) + "...";
  }

  private static <T extends Throwable> @Nullable T find(Throwable failure, Class<T> type) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  private static String firstLine(@Nullable String message) {
    if (message == null) {
      return "Flyway failed.";
    }
    String text = message.strip();
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline).strip();
  }
}
