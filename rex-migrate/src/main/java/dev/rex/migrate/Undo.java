package dev.rex.migrate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.Configuration;
import org.jspecify.annotations.Nullable;

/**
 * Undoes applied versioned migrations with their {@code U} scripts, on Flyway's history table.
 *
 * <p>The algorithm: take the successfully applied versioned migrations from Flyway's history,
 * newest first; pick the latest one, or every one above the target version; find each one's undo
 * script — the file of the same relative path and name with the {@code V} prefix replaced by {@code
 * U} — in the configured locations, and refuse, changing nothing, if any is missing. Then, on one
 * connection in one transaction, run each undo script statement by statement ({@link SqlScript})
 * and delete its migration's history row by installed rank; commit at the end, or roll everything
 * back on the first failure. PostgreSQL and SQLite both have transactional DDL, so a failed undo
 * leaves schema and history as they were. Unlike {@code migrate}, undo takes no lock: it is a
 * developer's command, not one that runs at every application start.
 */
final class Undo {

  private final Configuration config;
  private final List<MigrationInfo> applied;

  Undo(Configuration config, List<MigrationInfo> applied) {
    this.config = config;
    this.applied = applied;
  }

  List<String> run(@Nullable String targetVersion) {
    List<MigrationInfo> undo = selected(targetVersion);
    if (undo.isEmpty()) {
      return List.of();
    }
    List<String> scripts = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (MigrationInfo migration : undo) {
      String name = undoScriptName(migration.getScript());
      String text = read(name);
      if (text == null) {
        missing.add(Migrations.fileName(name));
      }
      scripts.add(text == null ? "" : text);
    }
    if (!missing.isEmpty()) {
      throw new MissingUndoScriptException(
          "Cannot undo: no undo script "
              + String.join(", ", missing)
              + " in "
              + locationNames()
              + ". Nothing was changed.",
          missing);
    }
    try (Connection connection = config.getDataSource().getConnection()) {
      execute(connection, undo, scripts);
    } catch (SQLException e) {
      throw new MigrationException("Cannot undo: " + e.getMessage(), e);
    }
    return undo.stream().map(m -> m.getVersion().getVersion()).toList();
  }

  private List<MigrationInfo> selected(@Nullable String targetVersion) {
    List<MigrationInfo> versioned =
        applied.stream()
            .filter(m -> m.getVersion() != null && m.getState() != MigrationState.FAILED)
            .sorted(Comparator.comparing(MigrationInfo::getInstalledRank).reversed())
            .toList();
    if (versioned.isEmpty()) {
      return List.of();
    }
    List<MigrationInfo> undo;
    if (targetVersion == null) {
      undo = List.of(versioned.get(0));
    } else {
      MigrationVersion target = MigrationVersion.fromVersion(targetVersion);
      undo = versioned.stream().filter(m -> m.getVersion().isNewerThan(target)).toList();
    }
    for (MigrationInfo migration : undo) {
      if (migration.getType().isBaseline()) {
        throw new MigrationException(
            "Cannot undo below the baseline (version "
                + migration.getVersion()
                + "): it was never applied from a script. Nothing was changed.");
      }
    }
    return undo;
  }

  private void execute(Connection connection, List<MigrationInfo> undo, List<String> scripts)
      throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try {
      for (int i = 0; i < undo.size(); i++) {
        runScript(connection, undoScriptName(undo.get(i).getScript()), scripts.get(i));
        removeHistoryRow(connection, undo.get(i));
      }
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  private static void runScript(Connection connection, String script, String text)
      throws SQLException {
    for (SqlScript.Statement statement : SqlScript.split(text)) {
      try (Statement jdbc = connection.createStatement()) {
        jdbc.execute(statement.sql());
      } catch (SQLException e) {
        String name = Migrations.fileName(script);
        String databaseMessage = e.getMessage() == null ? e.toString() : e.getMessage().strip();
        throw new MigrationFailedException(
            "Undo script "
                + name
                + " failed at line "
                + statement.line()
                + " (statement: "
                + FlywayErrors.abbreviate(statement.sql())
                + "): "
                + databaseMessage
                + "\nIt was rolled back: the schema and the migration history are as they were.",
            name,
            statement.line(),
            statement.sql(),
            databaseMessage,
            e);
      }
    }
  }

  private void removeHistoryRow(Connection connection, MigrationInfo migration)
      throws SQLException {
    String sql = "delete from " + historyTable(connection) + " where installed_rank = ?";
    try (PreparedStatement delete = connection.prepareStatement(sql)) {
      delete.setInt(1, migration.getInstalledRank());
      if (delete.executeUpdate() != 1) {
        throw new MigrationException(
            "The history row of "
                + migration.getScript()
                + " changed while undoing; nothing was changed.");
      }
    }
  }

  /** The history table, quoted as the database quotes names (a backtick on MySQL). */
  private String historyTable(Connection connection) throws SQLException {
    String mark = connection.getMetaData().getIdentifierQuoteString();
    String quote = mark == null || mark.isBlank() ? "\"" : mark.strip();
    String table = quote(quote, config.getTable());
    String schema = config.getDefaultSchema();
    return schema == null ? table : quote(quote, schema) + "." + table;
  }

  private static String quote(String mark, String identifier) {
    return mark + identifier.replace(mark, mark + mark) + mark;
  }

  /** {@code sub/V2__add.sql} → {@code sub/U2__add.sql}. */
  private String undoScriptName(String script) {
    int slash = Math.max(script.lastIndexOf('/'), script.lastIndexOf('\\'));
    String file = script.substring(slash + 1);
    String prefix = config.getSqlMigrationPrefix();
    return script.substring(0, slash + 1) + "U" + file.substring(prefix.length());
  }

  /** The undo script's text from the first location that has it, or {@code null}. */
  private @Nullable String read(String relativePath) {
    for (Location location : config.getLocations()) {
      // Flyway 11 deprecates isFileSystem() and FILESYSTEM_PREFIX; the prefix itself is stable.
      String text =
          "filesystem:".equals(location.getPrefix())
              ? readFile(Path.of(location.getRootPath()).resolve(relativePath))
              : readResource(location.getRootPath() + "/" + relativePath);
      if (text != null) {
        return text;
      }
    }
    return null;
  }

  private static @Nullable String readFile(Path file) {
    try {
      return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private @Nullable String readResource(String path) {
    String name = path.startsWith("/") ? path.substring(1) : path;
    URL url = config.getClassLoader().getResource(name);
    if (url == null) {
      return null;
    }
    try (InputStream in = url.openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String locationNames() {
    List<String> names = new ArrayList<>();
    for (Location location : config.getLocations()) {
      names.add(location.getDescriptor());
    }
    return String.join(", ", names);
  }
}
