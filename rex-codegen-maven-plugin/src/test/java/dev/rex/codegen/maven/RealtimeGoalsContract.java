package dev.rex.codegen.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.codegen.JdbcTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rex:realtime} on one dialect, run as Maven would run it: the migration it writes is
 * applied by {@code rex:migrate} to a real database, which then logs the changes of the captured
 * table.
 */
abstract class RealtimeGoalsContract {

  @TempDir Path dir;
  final RecordingMavenLog log = new RecordingMavenLog();
  Path migrations;

  /** The database under test, empty. */
  abstract JdbcTarget database();

  /** {@code postgres} or {@code sqlite}. */
  abstract String dialect();

  @BeforeEach
  void writeMigrations() throws Exception {
    migrations = Files.createDirectories(dir.resolve("migration"));
    Files.writeString(
        migrations.resolve("V1__artist.sql"),
        "create table artist (id integer primary key, name text not null);");
    Files.writeString(
        migrations.resolve("V2__album.sql"),
        "create table album (id integer primary key,"
            + " artist_id integer not null references artist (id), title text);");
  }

  @Test
  void writesTheNextMigrationWhichMigrateAppliesAndWhichThenLogsInserts() throws Exception {
    realtime("album").execute();

    Path written = migrations.resolve("V3__rex_realtime_album.sql");
    assertThat(written).exists();
    assertThat(Files.readString(written)).contains("rex_change_log");
    assertThat(log.infos).last().isEqualTo("Wrote " + written + ".");
    migrate();
    execute("insert into artist (id, name) values (1, 'AC/DC')");
    execute("insert into album (id, artist_id, title) values (10, 1, 'Highway to Hell')");

    assertThat(loggedRows())
        .singleElement()
        .asString()
        .startsWith("album ")
        .contains("Highway to Hell");
  }

  @Test
  void runningAgainWritesAMigrationThatReplacesTheTriggersInsteadOfDoublingThem() throws Exception {
    realtime("album", "artist").execute();
    migrate();
    realtime("album", " artist ").execute();

    assertThat(migrations.resolve("V4__rex_realtime_album_artist.sql")).exists();
    migrate();
    execute("insert into artist (id, name) values (1, 'AC/DC')");
    execute("insert into album (id, artist_id, title) values (10, 1, 'Highway to Hell')");

    assertThat(loggedRows()).hasSize(2);
  }

  @Test
  void generateLeavesTheChangeLogOutOfTheCodeAndTheGraphQLSchema() throws Exception {
    realtime("album").execute();
    GenerateMojo generate = new GenerateMojo();
    generate.setLog(log);
    generate.dialect = dialect();
    generate.packageName = "com.example.db";
    generate.migrations = migrations.toFile();
    generate.outputDirectory = dir.resolve("generated").toFile();
    generate.resourcesDirectory = dir.resolve("resources").toFile();
    generate.graphql = true;
    generate.project = GenerateMojoTest.projectWithRuntime();

    generate.execute();

    try (Stream<Path> files = Files.list(dir.resolve("generated/com/example/db/tables"))) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("Album.java", "Artist.java", "package-info.java", "records");
    }
    assertThat(Files.readString(dir.resolve("resources/com/example/db/schema.graphqls")))
        .contains("type Album {")
        .doesNotContainIgnoringCase("rexchange")
        .doesNotContain("rex_change");
  }

  @Test
  void anUnknownTableFailsTheBuildNamingItAndWritesNothing() throws Exception {
    assertThatThrownBy(() -> realtime("album", "albums").execute())
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("rex:realtime failed")
        .hasMessageContaining("no table 'albums'")
        .hasMessageContaining("has album, artist.");
    assertThat(migrations.resolve("V3__rex_realtime_album_albums.sql")).doesNotExist();
  }

  @Test
  void refusesToRunWithoutTables() {
    assertThatThrownBy(() -> realtime().execute())
        .isInstanceOf(MojoExecutionException.class)
        .hasMessage("rex:realtime needs the tables to capture: -Drex.tables=album,track.");
    assertThatThrownBy(() -> realtime(" ").execute()).isInstanceOf(MojoExecutionException.class);
  }

  RealtimeMojo realtime(String... tables) {
    RealtimeMojo mojo = new RealtimeMojo();
    mojo.setLog(log);
    mojo.dialect = dialect();
    mojo.migrations = migrations.toFile();
    mojo.tables = List.of(tables);
    return mojo;
  }

  void migrate() throws Exception {
    MigrateMojo migrate = new MigrateMojo();
    migrate.setLog(log);
    migrate.url = database().url();
    migrate.user = database().user();
    migrate.password = database().password();
    migrate.migrations = migrations.toFile();
    migrate.execute();
  }

  void execute(String sql) throws SQLException {
    try (Connection connection = database().connect();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  /** Each change log row as {@code table new_row}. */
  List<String> loggedRows() throws SQLException {
    try (Connection connection = database().connect();
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "select table_name, new_row from rex_change_log order by table_name")) {
      List<String> values = new ArrayList<>();
      while (rows.next()) {
        values.add(rows.getString(1) + " " + rows.getString(2));
      }
      return values;
    }
  }
}
