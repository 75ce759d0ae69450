package dev.rex.codegen.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.codegen.JdbcTarget;
import dev.rex.migrate.MigrationFailedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The migration goals, run as Maven would run them (by calling the mojos), on one dialect: a
 * subclass supplies the database. Every failure case checks that schema and history are unchanged.
 */
abstract class MigrationGoalsContract {

  @TempDir Path dir;
  final RecordingMavenLog log = new RecordingMavenLog();
  Path migrations;

  /** The database under test, empty. */
  abstract JdbcTarget database();

  /** The tables of the database's default schema, sorted. */
  abstract String tablesQuery();

  /** A statement that takes about a second, to make two migrations overlap. */
  abstract String slowStatement();

  /** Whether one migration run holds a lock until it ends, so concurrent runs never interleave. */
  abstract boolean locksTheWholeRun();

  /** What the database says about {@code insert into nowhere …}. */
  abstract String missingTableMessage();

  @BeforeEach
  void writeMigrations() throws Exception {
    migrations = Files.createDirectories(dir.resolve("migration"));
    write("V1__artist.sql", "create table artist (id integer primary key, name text not null);");
    write("U1__artist.sql", "drop table artist;");
    write("V2__album.sql", "create table album (id integer primary key, title text);");
    write("U2__album.sql", "drop table album;");
  }

  @Test
  void migrateAppliesVersionedScriptsAndLeavesUndoScriptsAlone() throws Exception {
    run(new MigrateMojo());
    run(new MigrateMojo());

    assertThat(log.infos)
        .containsExactly(
            "Applied 2 migration(s) from " + migrations + ".",
            "Applied 0 migration(s) from " + migrations + ".");
    assertThat(tables()).containsExactly("album", "artist", "flyway_schema_history");
    assertThat(history()).containsExactly("1:V1__artist.sql", "2:V2__album.sql");
  }

  @Test
  void migrateStopsAtTheTargetVersion() throws Exception {
    write("V3__genre.sql", "create table genre (id integer primary key);");
    MigrateMojo toTwo = new MigrateMojo();
    toTwo.target = "2";
    run(toTwo);

    assertThat(log.infos)
        .containsExactly("Applied 2 migration(s) from " + migrations + ", up to version 2.");
    assertThat(history()).containsExactly("1:V1__artist.sql", "2:V2__album.sql");

    run(new MigrateMojo());
    assertThat(history()).containsExactly("1:V1__artist.sql", "2:V2__album.sql", "3:V3__genre.sql");

    MigrateMojo bad = new MigrateMojo();
    bad.target = "two";
    assertThatThrownBy(() -> run(bad))
        .isInstanceOf(MojoExecutionException.class)
        .hasMessage(
            "rex:migrate failed: A target version is digits separated by dots, such as 3 or 2.1;"
                + " got 'two'.");
  }

  @Test
  void infoPrintsATableOfAppliedAndPendingMigrations() throws Exception {
    run(new MigrateMojo());
    write("V3__genre.sql", "create table genre (id integer primary key);");
    log.infos.clear();

    run(new InfoMojo());

    assertThat(log.infos.get(1))
        .matches(
            "\\| Version \\| Description \\| Type \\| State   \\| Checksum +\\|"
                + " Installed on \\(UTC\\) +\\| Time +\\|");
    assertThat(log.infos.get(3))
        .matches("\\| 1 +\\| artist +\\| SQL +\\| Success \\| -?\\d+ .*ms +\\|");
    assertThat(log.infos.get(5))
        .matches("\\| 3 +\\| genre +\\| SQL +\\| Pending \\| -?\\d+ +\\| +\\| +\\|");
    assertThat(log.infos).last().isEqualTo("3 migration(s), 1 pending.");
  }

  @Test
  void validateFailsNamingTheEditedFileAndRepairAcceptsIt() throws Exception {
    run(new MigrateMojo());
    run(new ValidateMojo());
    write("V1__artist.sql", "create table artist (id integer primary key, name text);");

    assertThatThrownBy(() -> run(new ValidateMojo()))
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("rex:validate failed: Migrations do not validate:")
        .hasMessageContaining("V1__artist.sql: ")
        .hasMessageContaining("checksum");

    run(new RepairMojo());
    run(new ValidateMojo());
    assertThat(log.infos)
        .contains("Repaired the migration history: 0 failed removed, 1 checksum(s) realigned.");
  }

  @Test
  void undoRollsBackTheLatestThenDownToATarget() throws Exception {
    write("V3__genre.sql", "create table genre (id integer primary key);");
    write("U3__genre.sql", "drop table genre;");
    run(new MigrateMojo());

    run(new UndoMojo());
    assertThat(tables()).containsExactly("album", "artist", "flyway_schema_history");

    UndoMojo toOne = new UndoMojo();
    toOne.target = "1";
    run(toOne);
    assertThat(tables()).containsExactly("artist", "flyway_schema_history");
    assertThat(history()).containsExactly("1:V1__artist.sql");
    assertThat(log.infos).contains("Undid 1 migration(s): 3.", "Undid 1 migration(s): 2.");

    run(new MigrateMojo());
    assertThat(history()).hasSize(3);
  }

  @Test
  void undoRefusesWithoutAnUndoScriptBeforeChangingAnything() throws Exception {
    write("V3__genre.sql", "create table genre (id integer primary key);");
    run(new MigrateMojo());
    UndoMojo all = new UndoMojo();
    all.target = "0";

    assertThatThrownBy(() -> run(all))
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("no undo script U3__genre.sql")
        .hasMessageContaining("Nothing was changed.");
    assertThat(tables()).containsExactly("album", "artist", "flyway_schema_history", "genre");
    assertThat(history()).hasSize(3);
  }

  @Test
  void aFailingUndoScriptLeavesSchemaAndHistoryAsTheyWere() throws Exception {
    write("U2__album.sql", "drop table album;\ninsert into nowhere values (1);");
    run(new MigrateMojo());
    UndoMojo all = new UndoMojo();
    all.target = "0";

    assertThatThrownBy(() -> run(all))
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("Undo script U2__album.sql failed at line 2")
        .hasMessageContaining(missingTableMessage());
    assertThat(tables()).containsExactly("album", "artist", "flyway_schema_history");
    assertThat(history()).hasSize(2);
  }

  @Test
  void aFailingMigrationLeavesSchemaAndHistoryAsTheyWere() throws Exception {
    run(new MigrateMojo());
    write(
        "V3__broken.sql",
        "create table genre (id integer primary key);\n"
            + "insert into genre values (1);\n"
            + "insert into nowhere values (1);\n");

    assertThatThrownBy(() -> run(new MigrateMojo()))
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining(
            "rex:migrate failed: Migration V3__broken.sql failed at line 3"
                + " (statement: insert into nowhere values (1)): ")
        .hasMessageContaining(missingTableMessage())
        .hasMessageContaining("the schema and the migration history are as they were")
        .cause()
        .isInstanceOf(MigrationFailedException.class);
    assertThat(tables()).containsExactly("album", "artist", "flyway_schema_history");
    assertThat(history()).hasSize(2);
  }

  @Test
  void baselineMarksAnExistingDatabaseSoThatOnlyLaterMigrationsRun() throws Exception {
    execute("create table artist (id integer primary key, name text not null)");
    execute("create table album (id integer primary key, title text)");
    BaselineMojo baseline = new BaselineMojo();
    baseline.baselineVersion = "2";
    run(baseline);
    write("V3__genre.sql", "create table genre (id integer primary key);");

    run(new MigrateMojo());

    assertThat(log.infos).contains("Applied 1 migration(s) from " + migrations + ".");
    assertThat(tables()).contains("genre");
  }

  @Test
  void twoConcurrentMigrationsApplyOnceAndTheSecondFindsNothingToDo() throws Exception {
    write("V3__slow.sql", "create table slow (id integer);\n" + slowStatement() + ";\n");
    CyclicBarrier start = new CyclicBarrier(2);
    Callable<String> migrate =
        () -> {
          RecordingMavenLog own = new RecordingMavenLog();
          MigrateMojo mojo = configure(new MigrateMojo());
          mojo.setLog(own);
          start.await();
          mojo.execute();
          return own.infos.get(0);
        };
    ExecutorService threads = Executors.newFixedThreadPool(2);
    List<String> results = new ArrayList<>();
    try {
      for (Future<String> result : threads.invokeAll(List.of(migrate, migrate))) {
        results.add(result.get());
      }
    } finally {
      threads.shutdownNow();
    }

    // Every migration is applied exactly once. With a lock for the whole run (PostgreSQL) one
    // process applies all three; without one (SQLite) the two may share them out.
    int applied = 0;
    for (String result : results) {
      applied += Integer.parseInt(result.replaceAll("^Applied (\\d+) migration.*$", "$1"));
    }
    assertThat(applied).isEqualTo(3);
    if (locksTheWholeRun()) {
      assertThat(results)
          .containsExactlyInAnyOrder(
              "Applied 3 migration(s) from " + migrations + ".",
              "Applied 0 migration(s) from " + migrations + ".");
    }
    assertThat(history()).hasSize(3);
  }

  @Test
  void newCreatesTheNextMigrationAndItsUndoScript() throws Exception {
    NewMojo mojo = new NewMojo();
    mojo.setLog(log);
    mojo.migrations = migrations.toFile();
    mojo.name = "add_invoices";

    mojo.execute();
    write("V3__add_invoices.sql", "create table invoice (id integer primary key);");
    write("U3__add_invoices.sql", "drop table invoice;");
    run(new MigrateMojo());
    run(new UndoMojo());

    assertThat(log.infos.get(0))
        .isEqualTo(
            "Created "
                + migrations.resolve("V3__add_invoices.sql")
                + " and "
                + migrations.resolve("U3__add_invoices.sql")
                + ".");
    assertThat(tables()).containsExactly("album", "artist", "flyway_schema_history");
  }

  void run(DatabaseMojo mojo) throws Exception {
    configure(mojo).execute();
  }

  <M extends DatabaseMojo> M configure(M mojo) {
    mojo.setLog(log);
    mojo.url = database().url();
    mojo.user = database().user();
    mojo.password = database().password();
    mojo.migrations = migrations.toFile();
    return mojo;
  }

  void write(String name, String sql) throws Exception {
    Files.writeString(migrations.resolve(name), sql);
  }

  List<String> tables() throws SQLException {
    return strings(tablesQuery());
  }

  List<String> history() throws SQLException {
    return strings(
        "select version || ':' || script from flyway_schema_history"
            + " where success and version is not null order by installed_rank");
  }

  void execute(String sql) throws SQLException {
    try (Connection connection = database().connect();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private List<String> strings(String sql) throws SQLException {
    try (Connection connection = database().connect();
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
