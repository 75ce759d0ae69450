package dev.rex.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.migrate.MigrationFiles.Versioning;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationFilesTest {

  @TempDir Path dir;
  private final Clock clock = Clock.fixed(Instant.parse("2025-03-04T05:06:07Z"), ZoneOffset.UTC);

  @Test
  void numbersTheNextMigrationAfterTheHighestVersionAndWritesItsUndoScript() throws Exception {
    Files.writeString(dir.resolve("V1__init.sql"), "");
    Files.createDirectories(dir.resolve("more"));
    Files.writeString(dir.resolve("more/V9_2__tweak.sql"), "");
    Files.writeString(dir.resolve("U12__not_a_migration.sql"), "");

    MigrationFiles.Created created =
        MigrationFiles.create(dir, "Add invoices!", Versioning.SEQUENTIAL, clock);

    assertThat(created.migration()).isEqualTo(dir.resolve("V10__add_invoices.sql"));
    assertThat(created.undo()).isEqualTo(dir.resolve("U10__add_invoices.sql"));
    assertThat(Files.readString(created.migration())).isEqualTo("-- add invoices\n");
    assertThat(Files.readString(created.undo())).startsWith("-- Undoes V10__add_invoices.sql");
  }

  @Test
  void writesAGivenMigrationAndUndoText() throws Exception {
    MigrationFiles.Created created =
        MigrationFiles.create(
            dir,
            "create users",
            Versioning.SEQUENTIAL,
            clock,
            "create table users ();",
            "drop table users;");

    assertThat(Files.readString(created.migration())).isEqualTo("create table users ();");
    assertThat(Files.readString(created.undo())).isEqualTo("drop table users;");
  }

  @Test
  void deletesTheMigrationAgainWhenItsUndoScriptCannotBeWritten() throws Exception {
    Files.createDirectory(dir.resolve("U1__create_users.sql"));

    assertThatThrownBy(
            () ->
                MigrationFiles.create(
                    dir,
                    "create users",
                    Versioning.SEQUENTIAL,
                    clock,
                    "create table users ();",
                    "drop table users;"))
        .isInstanceOf(java.io.IOException.class);
    assertThat(dir.resolve("V1__create_users.sql")).doesNotExist();
  }

  @Test
  void writesAGivenMigrationTextAsTheNextVersionWithoutAnUndoScript() throws Exception {
    Files.writeString(dir.resolve("V3__init.sql"), "");

    Path migration =
        MigrationFiles.createMigration(
            dir, "rex realtime album", Versioning.SEQUENTIAL, clock, "create table x (id int);");

    assertThat(migration).isEqualTo(dir.resolve("V4__rex_realtime_album.sql"));
    assertThat(Files.readString(migration)).isEqualTo("create table x (id int);");
    assertThat(dir.resolve("U4__rex_realtime_album.sql")).doesNotExist();
  }

  @Test
  void startsAtOneInAnEmptyOrMissingDirectory() throws Exception {
    MigrationFiles.Created created =
        MigrationFiles.create(dir.resolve("new"), "init", Versioning.SEQUENTIAL, clock);

    assertThat(created.migration().getFileName()).hasToString("V1__init.sql");
  }

  @Test
  void usesTheUtcTimeWhenTimestamped() throws Exception {
    MigrationFiles.Created created =
        MigrationFiles.create(dir, "add_invoices", Versioning.fromName("timestamp"), clock);

    assertThat(created.migration().getFileName()).hasToString("V20250304050607__add_invoices.sql");
    assertThatThrownBy(() -> MigrationFiles.create(dir, "again", Versioning.TIMESTAMP, clock))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("version 20250304050607 already exists");
  }

  @Test
  void refusesNamesWithoutLettersAndUnknownVersionings() {
    assertThatThrownBy(() -> MigrationFiles.create(dir, " -- ", Versioning.SEQUENTIAL, clock))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs letters or digits");
    assertThatThrownBy(() -> Versioning.fromName("semver"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("use 'sequential' or 'timestamp'");
  }
}
