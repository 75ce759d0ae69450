package dev.rex.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The migration engine on SQLite files: every command, and what failures leave behind. */
class SqliteMigrationsTest {

  @TempDir Path dir;
  private Path migrations;
  private String url;

  @BeforeEach
  void writeMigrations() throws Exception {
    migrations = dir.resolve("migration");
    Files.createDirectories(migrations);
    write("V1__artist.sql", "create table artist (id integer primary key, name text not null);");
    write("U1__artist.sql", "drop table artist;");
    write(
        "V2__album.sql",
        "create table album (id integer primary key, title text);\n"
            + "create trigger album_title after insert on album begin\n"
            + "  update album set title = upper(title) where id = new.id;\n"
            + "end;\n");
    write("U2__album.sql", "-- undo\ndrop trigger album_title;\ndrop table album;\n");
    url = "jdbc:sqlite:" + dir.resolve("app.db");
  }

  @Test
  void migrateStopsAtATargetVersion() throws Exception {
    assertThat(migrations().withTargetVersion("1").migrate()).isEqualTo(1);
    assertThat(tables()).containsExactly("artist", "flyway_schema_history");
    assertThat(migrations().withTargetVersion(" 2 ").migrate()).isEqualTo(1);
    assertThat(migrations().withTargetVersion(null).migrate()).isZero();
    assertThat(history()).containsExactly("1 artist V1__artist.sql", "2 album V2__album.sql");

    assertThatThrownBy(() -> migrations().withTargetVersion("latest!"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "A target version is digits separated by dots, such as 3 or 2.1; got 'latest!'.");
  }

  @Test
  void appliesVersionedMigrationsAndIgnoresUndoScripts() throws Exception {
    assertThat(migrations().migrate()).isEqualTo(2);
    assertThat(migrations().migrate()).isZero();

    assertThat(tables()).containsExactly("album", "artist", "flyway_schema_history");
    assertThat(history()).containsExactly("1 artist V1__artist.sql", "2 album V2__album.sql");
    assertThat(migrations().info())
        .extracting(MigrationInfoRow::script)
        .containsExactly("V1__artist.sql", "V2__album.sql");
  }

  @Test
  void listsAppliedAndPendingMigrationsAsATable() throws Exception {
    write("V3__genre.sql", "create table genre (id integer primary key);");
    Files.delete(migrations.resolve("V3__genre.sql"));
    migrations().migrate();
    write("V3__genre.sql", "create table genre (id integer primary key);");

    List<MigrationInfoRow> rows = migrations().info();

    assertThat(rows).extracting(MigrationInfoRow::version).containsExactly("1", "2", "3");
    assertThat(rows)
        .extracting(MigrationInfoRow::state)
        .containsExactly("Success", "Success", "Pending");
    assertThat(rows.get(0).applied()).isTrue();
    assertThat(rows.get(0).installedOn()).isNotNull();
    assertThat(rows.get(0).checksum()).isNotNull();
    assertThat(rows.get(2).applied()).isFalse();
    List<String> table = MigrationInfoRow.formatTable(rows);
    assertThat(table.get(0))
        .startsWith("| Version | Description | Type | State   | Checksum")
        .contains("Installed on (UTC)", "Time");
    assertThat(table.get(4)).startsWith("| 3       | genre       | SQL  | Pending |");
  }

  @Test
  void aFailingMigrationLeavesSchemaAndHistoryAsTheyWere() throws Exception {
    migrations().migrate();
    write(
        "V3__broken.sql",
        "create table genre (id integer primary key);\n\ninsert into nowhere values (1);\n");

    assertThatThrownBy(() -> migrations().migrate())
        .isInstanceOfSatisfying(
            MigrationFailedException.class,
            e -> {
              assertThat(e.script()).isEqualTo("V3__broken.sql");
              assertThat(e.line()).isEqualTo(3);
              assertThat(e.statement()).isEqualTo("insert into nowhere values (1)");
              assertThat(e.databaseMessage()).contains("no such table: nowhere");
            })
        .hasMessageStartingWith(
            "Migration V3__broken.sql failed at line 3 (statement: insert into nowhere values"
                + " (1)): ")
        .hasMessageContaining("the schema and the migration history are as they were");
    assertThat(tables()).containsExactly("album", "artist", "flyway_schema_history");
    assertThat(history()).hasSize(2);
  }

  @Test
  void validateNamesTheFileWhoseChecksumChanged() throws Exception {
    migrations().migrate();
    migrations().validate();
    write("V2__album.sql", "create table album (id integer primary key, title text, year int);");

    assertThatThrownBy(() -> migrations().validate())
        .isInstanceOfSatisfying(
            ChecksumMismatchException.class,
            e -> assertThat(e.scripts()).containsExactly("V2__album.sql"))
        .hasMessageContaining("V2__album.sql: ")
        .hasMessageContaining("checksum");

    migrations().repair();
    migrations().validate();
  }

  @Test
  void pendingMigrationsAreNotAValidationError() throws Exception {
    migrations().validate();
  }

  @Test
  void undoesTheLatestMigrationAndThenDownToATarget() throws Exception {
    write("V3__genre.sql", "create table genre (id integer primary key);");
    write("U3__genre.sql", "drop table genre;");
    migrations().migrate();

    assertThat(migrations().undo(null)).containsExactly("3");
    assertThat(tables()).containsExactly("album", "artist", "flyway_schema_history");
    assertThat(history()).hasSize(2);

    migrations().migrate();
    assertThat(migrations().undo("1")).containsExactly("3", "2");
    assertThat(tables()).containsExactly("artist", "flyway_schema_history");
    assertThat(history()).containsExactly("1 artist V1__artist.sql");
    assertThat(migrations().undo("1")).isEmpty();

    assertThat(migrations().migrate()).isEqualTo(2);
  }

  @Test
  void refusesToUndoWithoutAnUndoScriptAndChangesNothing() throws Exception {
    write("V3__genre.sql", "create table genre (id integer primary key);");
    migrations().migrate();

    assertThatThrownBy(() -> migrations().undo("1"))
        .isInstanceOfSatisfying(
            MissingUndoScriptException.class,
            e -> assertThat(e.missing()).containsExactly("U3__genre.sql"))
        .hasMessageContaining("no undo script U3__genre.sql in filesystem:")
        .hasMessageEndingWith("Nothing was changed.");
    assertThat(tables()).contains("album", "genre");
    assertThat(history()).hasSize(3);
  }

  @Test
  void aFailingUndoScriptLeavesEverythingAsItWas() throws Exception {
    write("V3__genre.sql", "create table genre (id integer primary key);");
    write("U3__genre.sql", "drop table genre;\n-- then a mistake\ndrop table nowhere;\n");
    migrations().migrate();

    assertThatThrownBy(() -> migrations().undo("1"))
        .isInstanceOfSatisfying(
            MigrationFailedException.class,
            e -> {
              assertThat(e.script()).isEqualTo("U3__genre.sql");
              assertThat(e.line()).isEqualTo(3);
              assertThat(e.statement()).isEqualTo("drop table nowhere");
            })
        .hasMessageContaining("no such table: nowhere")
        .hasMessageContaining("rolled back");
    assertThat(tables()).containsExactly("album", "artist", "flyway_schema_history", "genre");
    assertThat(history()).hasSize(3);
  }

  @Test
  void baselinesAnExistingDatabaseAndNeverUndoesTheBaseline() throws Exception {
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      statement.execute("create table legacy (id integer)");
    }
    migrations().withBaselineVersion("2").baseline();
    write("V3__genre.sql", "create table genre (id integer primary key);");
    write("U3__genre.sql", "drop table genre;");

    assertThat(migrations().migrate()).isEqualTo(1);
    assertThat(tables()).containsExactly("flyway_schema_history", "genre", "legacy");
    assertThat(migrations().undo(null)).containsExactly("3");
    assertThatThrownBy(() -> migrations().undo(null))
        .isInstanceOf(MigrationException.class)
        .hasMessageContaining("below the baseline (version 2)");
  }

  @Test
  void reportsAMissingLocation() {
    assertThatThrownBy(
            () -> Migrations.of(url, null, null, "filesystem:" + dir.resolve("nowhere")).migrate())
        .isInstanceOf(MigrationException.class)
        .hasMessageContaining("nowhere");
  }

  private Migrations migrations() {
    return Migrations.of(url, null, null, "filesystem:" + migrations);
  }

  private void write(String name, String sql) throws Exception {
    Files.writeString(migrations.resolve(name), sql);
  }

  private List<String> tables() throws SQLException {
    return strings("select name from sqlite_master where type = 'table' order by name");
  }

  private List<String> history() throws SQLException {
    return strings(
        "select version || ' ' || description || ' ' || script from flyway_schema_history"
            + " where success order by installed_rank");
  }

  private List<String> strings(String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      List<String> values = new ArrayList<>();
      while (rows.next()) {
        values.add(rows.getString(1));
      }
      return values;
    }
  }
}
