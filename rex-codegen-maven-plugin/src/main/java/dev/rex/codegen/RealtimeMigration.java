package dev.rex.codegen;

import dev.rex.migrate.MigrationFiles;
import dev.rex.migrate.MigrationFiles.Versioning;
import dev.rex.realtime.RealtimeSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the migration that turns change capture on for some tables: it migrates a {@link
 * ThrowawayDatabase} of the project's dialect with the project's migrations (as {@link
 * CodeGenerator} does), hands a connection to it to {@link RealtimeSchema#migration}, which reads
 * the tables' columns and keys, and saves the SQL as the next migration {@code
 * V<n>__rex_realtime_<tables>.sql}, numbered as {@code rex:new} numbers one.
 *
 * <p>Running it again for the same tables writes another migration; applied after the first, it
 * replaces the triggers (they name each column on SQLite, so do that after a captured table's
 * columns change). No undo script is written.
 */
public final class RealtimeMigration {

  private final GeneratorLog log;
  private final ThrowawayDatabase.Factory databases;

  /** A writer that starts the standard throwaway databases. */
  public RealtimeMigration(GeneratorLog log) {
    this(log, ThrowawayDatabase.Factory.standard());
  }

  /** A writer that starts throwaway databases with {@code databases}. */
  public RealtimeMigration(GeneratorLog log, ThrowawayDatabase.Factory databases) {
    this.log = log;
    this.databases = databases;
  }

  /**
   * Writes the migration for {@code tables} into {@code migrations}.
   *
   * @return the file written
   * @throws IllegalArgumentException when no table is given, the migrations directory does not
   *     exist, or a table is not in the migrated schema (the message names it)
   * @throws IOException when the file cannot be written
   * @throws SQLException when the throwaway database cannot be read
   * @throws dev.rex.migrate.MigrationException when a migration fails
   */
  public Path write(
      TargetDialect dialect,
      Path migrations,
      List<String> tables,
      Versioning versioning,
      Clock clock)
      throws IOException, SQLException {
    if (tables.isEmpty()) {
      throw new IllegalArgumentException("No tables to capture were given.");
    }
    if (!Files.isDirectory(migrations)) {
      throw new IllegalArgumentException(
          "The migrations directory " + migrations.toAbsolutePath() + " does not exist.");
    }
    String sql;
    try (ThrowawayDatabase database = databases.start(dialect)) {
      int applied = Migrator.migrate(database.target(), migrations);
      log.info(
          "Applied "
              + applied
              + " migration(s) from "
              + migrations
              + " to a throwaway "
              + dialect.configName()
              + " database.");
      try (Connection connection = database.target().connect()) {
        requireTables(connection, dialect, tables);
        sql = RealtimeSchema.migration(connection, tables);
      }
    }
    String name = "rex_realtime_" + String.join("_", tables);
    return MigrationFiles.createMigration(
        migrations, name, versioning, clock, header(tables) + sql);
  }

  /**
   * Fails naming the first of {@code tables} that the migrated schema lacks, and listing the tables
   * it has: the drivers report a missing table differently, some only as a failed metadata query.
   */
  private static void requireTables(
      Connection connection, TargetDialect dialect, List<String> tables) throws SQLException {
    for (String name : tables) {
      int dot = name.indexOf('.');
      String schema = dot < 0 ? dialect.defaultSchema() : name.substring(0, dot);
      List<String> existing = tableNames(connection.getMetaData(), dialect, schema);
      if (!existing.contains(dot < 0 ? name : name.substring(dot + 1))) {
        throw new IllegalArgumentException(
            "There is no table '"
                + name
                + "' in the schema the migrations create; "
                + schema
                + " has "
                + (existing.isEmpty() ? "no tables" : String.join(", ", existing))
                + ".");
      }
    }
  }

  private static List<String> tableNames(
      DatabaseMetaData meta, TargetDialect dialect, String schema) throws SQLException {
    List<String> names = new ArrayList<>();
    String schemaPattern = dialect.metadataSchemaPattern(schema);
    try (ResultSet rows = meta.getTables(null, schemaPattern, "%", new String[] {"TABLE"})) {
      while (rows.next()) {
        String table = rows.getString("TABLE_NAME");
        if (!TableFilter.INFRASTRUCTURE.contains(table)) {
          names.add(table);
        }
      }
    }
    names.sort(null);
    return names;
  }

  private static String header(List<String> tables) {
    return "-- Written by rex:realtime: change capture for "
        + String.join(", ", tables)
        + ".\n-- Run rex:realtime again (a new migration) after these tables' columns change.\n";
  }
}
