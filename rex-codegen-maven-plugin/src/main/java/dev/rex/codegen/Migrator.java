package dev.rex.codegen;

import java.nio.file.Files;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** Applies the Flyway SQL migrations in a directory to a database. */
public final class Migrator {

  private Migrator() {}

  /**
   * Migrates {@code target} with the migrations in {@code migrations} (a Flyway {@code filesystem:}
   * location).
   *
   * @return the number of migrations that were applied now
   * @throws IllegalArgumentException when {@code migrations} is not a directory
   */
  public static int migrate(JdbcTarget target, Path migrations) {
    if (!Files.isDirectory(migrations)) {
      throw new IllegalArgumentException(
          "The migrations directory " + migrations.toAbsolutePath() + " does not exist.");
    }
    Flyway flyway =
        Flyway.configure(Migrator.class.getClassLoader())
            .dataSource(target.url(), target.user(), target.password())
            .locations("filesystem:" + migrations.toAbsolutePath())
            // SLF4J reaches the Maven log; Flyway's own detection falls back to java.util.logging.
            .loggers("slf4j")
            .load();
    MigrateResult result = flyway.migrate();
    return result.migrationsExecuted;
  }
}
