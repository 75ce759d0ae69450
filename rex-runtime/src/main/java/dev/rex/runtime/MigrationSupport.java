package dev.rex.runtime;

import dev.rex.dsl.exception.RexException;
import dev.rex.migrate.Migrations;
import javax.sql.DataSource;

/**
 * Runs {@code Rex.migrate} on rex-migrate, an optional dependency: Flyway is only on the class path
 * of applications that migrate at start-up. Without it the call fails with a message that says
 * which dependency to add, instead of a {@link NoClassDefFoundError}.
 */
public final class MigrationSupport {

  static final String MIGRATIONS_CLASS = "dev.rex.migrate.Migrations";
  static final String FLYWAY_CLASS = "org.flywaydb.core.Flyway";

  private MigrationSupport() {}

  /**
   * Applies the pending migrations in {@code locations} to {@code dataSource}.
   *
   * @return how many were applied
   * @throws RexException when rex-migrate or Flyway is not on the class path
   * @throws dev.rex.migrate.MigrationException when a migration fails
   */
  public static int migrate(DataSource dataSource, String... locations) {
    require(MigrationSupport.class.getClassLoader());
    return Engine.migrate(dataSource, locations);
  }

  /** Fails unless rex-migrate and Flyway can be loaded with {@code loader}. */
  static void require(ClassLoader loader) {
    for (String type : new String[] {MIGRATIONS_CLASS, FLYWAY_CLASS}) {
      try {
        Class.forName(type, false, loader);
      } catch (ClassNotFoundException | LinkageError e) {
        throw new RexException(
            "Rex.migrate needs the dependency dev.rex:rex-migrate (which brings Flyway) on the"
                + " class path; "
                + type
                + " was not found.",
            e);
      }
    }
  }

  /** Touches rex-migrate's classes only after {@link #require} found them. */
  private static final class Engine {
    static int migrate(DataSource dataSource, String... locations) {
      return Migrations.of(dataSource, locations).migrate();
    }
  }
}
