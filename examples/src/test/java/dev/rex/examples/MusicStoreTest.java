package dev.rex.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rex.Rex;
import dev.rex.testing.TestDatabases;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The music store as the README's command runs it: on a SQLite file, and on PostgreSQL ({@code
 * REX_TEST_POSTGRES_URL}, else embedded) as {@code -Drex.url=jdbc:postgresql:...} runs it. Both
 * print the same report, twice in a row on the same database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MusicStoreTest {

  /** The report on a freshly migrated Chinook, after its first line (which names the dialect). */
  private static final String REPORT =
      String.join(
          System.lineSeparator(),
          "Signed Nina Simone as artist #276",
          "276 artists, 349 albums, 3503 tracks. Most albums:",
          "  Iron Maiden                     21",
          "  Led Zeppelin                    14",
          "  Deep Purple                     11",
          "  Metallica                       10",
          "  U2                              10",
          "Best-selling genres:",
          "  Rock                   826.65",
          "  Latin                  382.14",
          "  Metal                  261.36",
          "Total revenue: 2328.60",
          "Longest track of the first genres:",
          "  Alternative          Reach Down",
          "  Alternative & Punk   Homecoming / The Death Of St. Jimmy / East 12th St. / Nobody"
              + " Likes You / Rock And Roll Girlfriend / We're Coming Home Again",
          "  Blues                Talkin' 'Bout Women Obviously",
          "  Bossa Nova           Samba Da Bênção",
          "");

  private @Nullable String postgresUrl;

  @BeforeAll
  void createAPostgresDatabase() {
    postgresUrl = TestDatabases.newPostgresDatabase();
  }

  @AfterAll
  void dropThePostgresDatabase() {
    if (postgresUrl != null) {
      TestDatabases.dropPostgresDatabase(postgresUrl);
    }
  }

  @Test
  void mainRunsOnAFreshSqliteFileAndAgainOnTheSameFile() {
    String url = TestDatabases.newSqliteDatabase();
    PrintStream original = System.out;
    ByteArrayOutputStream first = new ByteArrayOutputStream();
    ByteArrayOutputStream second = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(first, true, StandardCharsets.UTF_8));
      MusicStore.main(new String[] {url});
      System.setOut(new PrintStream(second, true, StandardCharsets.UTF_8));
      MusicStore.main(new String[] {url});
    } finally {
      System.setOut(original);
    }

    assertThat(first.toString(StandardCharsets.UTF_8))
        .isEqualTo("Rex music store on sqlite" + System.lineSeparator() + REPORT);
    assertThat(second.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            "Rex music store on sqlite"
                + System.lineSeparator()
                + REPORT.replace("artist #276", "artist #277"));
  }

  @Test
  void printsTheSameReportOnPostgresTwiceInASchemaOfItsOwn() {
    String url = postgres();
    // Something of another application's in the public schema, under a name Chinook also uses.
    TestDatabases.execute(url, "CREATE TABLE public.album (note varchar(20))");
    TestDatabases.execute(url, "INSERT INTO public.album VALUES ('not the store''s')");

    String first = report(url);
    String second = report(url);

    assertThat(first).isEqualTo("Rex music store on postgres" + System.lineSeparator() + REPORT);
    assertThat(second)
        .isEqualTo(
            "Rex music store on postgres"
                + System.lineSeparator()
                + REPORT.replace("artist #276", "artist #277"));
    try (Rex db = Rex.connect(url);
        Connection connection = db.dataSource().getConnection();
        ResultSet rows =
            connection.createStatement().executeQuery("SELECT note FROM public.album")) {
      assertThat(rows.next()).isTrue();
      assertThat(rows.getString(1)).isEqualTo("not the store's");
      assertThat(rows.next()).isFalse();
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void sqliteAndPostgresMigrateToTheSameTablesAndColumns() {
    List<String> sqlite;
    try (Rex db = MusicStore.open(TestDatabases.newSqliteDatabase())) {
      sqlite = columns(db, null);
    }
    List<String> postgres;
    try (Rex db = MusicStore.open(postgres())) {
      postgres = columns(db, MusicStore.POSTGRES_SCHEMA);
    }

    assertThat(sqlite).hasSize(64).contains("album.artist_id", "invoice_line.unit_price");
    assertThat(postgres).isEqualTo(sqlite);
  }

  @Test
  void aUrlThatNamesItsSchemaKeepsIt() {
    String url = postgres();
    TestDatabases.execute(url, "CREATE SCHEMA shop");
    try (Rex db = MusicStore.open(url + "&currentSchema=shop")) {
      assertThat(columns(db, "shop")).contains("artist.name");
      assertThat(columns(db, MusicStore.POSTGRES_SCHEMA)).doesNotContain("artist.name");
    }
  }

  /** Chinook's columns as {@code table.column}, by table and position; not the migrations' own. */
  private static List<String> columns(Rex db, @Nullable String schema) {
    List<String> columns = new ArrayList<>();
    try (Connection connection = db.dataSource().getConnection();
        ResultSet rows = connection.getMetaData().getColumns(null, schema, "%", "%")) {
      while (rows.next()) {
        String table = rows.getString("TABLE_NAME");
        if (!table.startsWith("sqlite_") && !table.startsWith("flyway_")) {
          columns.add(
              String.format(
                  "%s.%s.%03d",
                  table, rows.getString("COLUMN_NAME"), rows.getInt("ORDINAL_POSITION")));
        }
      }
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
    columns.sort(null);
    return columns.stream().map(c -> c.substring(0, c.lastIndexOf('.'))).toList();
  }

  private static String report(String url) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Rex db = MusicStore.open(url)) {
      new MusicStore(db, new PrintStream(bytes, true, StandardCharsets.UTF_8)).run();
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /** The test database on PostgreSQL, cleared of what another test left. */
  private String postgres() {
    String url = Objects.requireNonNull(postgresUrl);
    TestDatabases.execute(url, "DROP SCHEMA IF EXISTS shop CASCADE");
    TestDatabases.execute(url, "DROP SCHEMA IF EXISTS " + MusicStore.POSTGRES_SCHEMA + " CASCADE");
    TestDatabases.execute(url, "DROP TABLE IF EXISTS public.album");
    TestDatabases.execute(url, "DROP TABLE IF EXISTS public.flyway_schema_history");
    return url;
  }
}
