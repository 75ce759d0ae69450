package dev.rex.codegen.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrateMojoTest {

  @TempDir Path dir;
  private final RecordingMavenLog log = new RecordingMavenLog();

  @Test
  void migratesASqliteFileAndRecordsTheHistory() throws Exception {
    Path database = dir.resolve("app.db");
    MigrateMojo mojo = mojo("jdbc:sqlite:" + database);

    mojo.execute();
    mojo.execute();

    assertThat(log.infos)
        .containsExactly(
            "Applied 1 migration(s) from " + chinook() + ".",
            "Applied 0 migration(s) from " + chinook() + ".");
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
        Statement statement = connection.createStatement()) {
      ResultSet history =
          statement.executeQuery("select version, description, success from flyway_schema_history");
      assertThat(history.next()).isTrue();
      assertThat(history.getString(1)).isEqualTo("1");
      assertThat(history.getString(2)).isEqualTo("chinook");
      assertThat(history.getBoolean(3)).isTrue();
      assertThat(history.next()).isFalse();
      ResultSet albums = statement.executeQuery("select count(*) from Album");
      albums.next();
      assertThat(albums.getInt(1)).isEqualTo(347);
    }
  }

  @Test
  void doesNothingWhenSkipped() throws Exception {
    Path database = dir.resolve("skipped.db");
    MigrateMojo mojo = mojo("jdbc:sqlite:" + database);
    mojo.skip = true;

    mojo.execute();

    assertThat(database).doesNotExist();
    assertThat(log.infos).containsExactly("rex:migrate skipped.");
  }

  @Test
  void reportsAMissingUrlAndAFailingMigration() throws Exception {
    MigrateMojo withoutUrl = mojo(null);
    assertThatThrownBy(withoutUrl::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("<url>");

    MigrateMojo missingDirectory = mojo("jdbc:sqlite:" + dir.resolve("x.db"));
    missingDirectory.migrations = dir.resolve("nowhere").toFile();
    assertThatThrownBy(missingDirectory::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("does not exist");
  }

  private MigrateMojo mojo(String url) throws URISyntaxException {
    MigrateMojo mojo = new MigrateMojo();
    mojo.setLog(log);
    mojo.url = url;
    mojo.migrations = chinook();
    return mojo;
  }

  /** The project's own Chinook migrations for SQLite, in the {@code db} module. */
  private static File chinook() {
    return new File("../db/src/main/resources/db/migration/sqlite").getAbsoluteFile();
  }
}
