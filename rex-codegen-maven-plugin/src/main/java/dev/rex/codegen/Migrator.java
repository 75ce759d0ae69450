package dev.rex.codegen;

import dev.rex.migrate.Migrations;
import java.nio.file.Files;
import java.nio.file.Path;

/** Applies the Flyway SQL migrations in a directory to a database, with Rex's migration engine. */
public final class Migrator {

  private Migrator() {}

  /**
   * The migrations in {@code migrations} (a Flyway {@code filesystem:} location) for {@code
   * target}, with JDBC drivers loaded from the plugin's own class loader.
   *
   * @throws IllegalArgumentException when {@code migrations} is not a directory
   */
  public static Migrations migrations(JdbcTarget target, Path migrations) {
    if (!Files.isDirectory(migrations)) {
      throw new IllegalArgumentException(
          "The migrations directory " + migrations.toAbsolutePath() + " does not exist.");
    }
    return Migrations.of(
            target.url(),
            target.user(),
            target.password(),
            "filesystem:" + migrations.toAbsolutePath())
        .withClassLoader(Migrator.class.getClassLoader());
  }

  /**
   * Migrates {@code target} with the migrations in {@code migrations}.
   *
   * @return the number of migrations that were applied now
   * @throws IllegalArgumentException when {@code migrations} is not a directory
   * @throws dev.rex.migrate.MigrationException when a migration fails
   */
  public static int migrate(JdbcTarget target, Path migrations) {
    return migrations(target, migrations).migrate();
  }
}
