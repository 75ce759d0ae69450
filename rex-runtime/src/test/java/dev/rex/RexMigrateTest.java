package dev.rex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.migrate.MigrationFailedException;
import dev.rex.testing.TestDatabases;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Migrating at application start, without Maven, on both dialects. */
class RexMigrateTest {

  static Stream<String> databases() {
    return Stream.of("sqlite", "postgres");
  }

  @ParameterizedTest
  @MethodSource("databases")
  void migratesFromTheDefaultClasspathLocationOnceAndIgnoresUndoScripts(String dialect) {
    String url = newDatabase(dialect);
    try (Rex db = Rex.connect(url)) {
      assertThat(db.migrate()).isEqualTo(2);
      assertThat(Rex.migrate(db.dataSource())).isZero();

      assertThat(db.fetch("select name from label"))
          .extracting(r -> r.get(0))
          .containsExactly("Motown");
      assertThat(db.fetch("select script from flyway_schema_history order by installed_rank"))
          .extracting(r -> r.get(0))
          .containsExactly("V1__label.sql", "V2__motown.sql");
    } finally {
      drop(dialect, url);
    }
  }

  @ParameterizedTest
  @MethodSource("databases")
  void aFailingMigrationNamesTheFileAndLineAndLeavesTheDatabaseEmpty(String dialect) {
    String url = newDatabase(dialect);
    try (Rex db = Rex.connect(url)) {
      assertThatThrownBy(() -> db.migrate("classpath:db/broken"))
          .isInstanceOfSatisfying(
              MigrationFailedException.class,
              e -> {
                assertThat(e.script()).isEqualTo("V1__broken.sql");
                assertThat(e.line()).isEqualTo(4);
              })
          .hasMessageStartingWith(
              "Migration V1__broken.sql failed at line 4 (statement: insert into nowhere values"
                  + " (1)): ");
      List<@Nullable Object> tables =
          db.fetch(
                  dialect.equals("sqlite")
                      ? "select name from sqlite_master where type = 'table'"
                      : "select table_name from information_schema.tables"
                          + " where table_schema = 'public'")
              .map(r -> r.get(0));
      assertThat(tables).containsOnly("flyway_schema_history");
      assertThat(db.fetch("select * from flyway_schema_history where version = '1'")).isEmpty();
    } finally {
      drop(dialect, url);
    }
  }

  private static String newDatabase(String dialect) {
    return dialect.equals("sqlite")
        ? TestDatabases.newSqliteDatabase()
        : TestDatabases.newPostgresDatabase();
  }

  private static void drop(String dialect, String url) {
    if (dialect.equals("postgres")) {
      TestDatabases.dropPostgresDatabase(url);
    }
  }
}
