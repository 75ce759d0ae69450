package dev.rex.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rex.Rex;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** {@link TestIsolation#DATABASE_PER_CLASS}: a new database per class, real commits inside it. */
class DatabasePerClassTest {

  static final List<String> DATABASES = new CopyOnWriteArrayList<>();

  @Test
  void eachClassGetsANewDatabaseThatTheTestsOfTheClassShareAndThatIsDroppedAfter() {
    Runs.Outcome outcome = Runs.run(Map.of(), First.class, Second.class);

    assertThat(outcome.failure()).isNull();
    assertThat(outcome.succeededTests()).isEqualTo(4);
    assertThat(DATABASES).hasSize(4).allMatch(name -> name.startsWith("rex_test_"));
    assertThat(DATABASES.get(0)).isEqualTo(DATABASES.get(1));
    assertThat(DATABASES.get(2)).isEqualTo(DATABASES.get(3));
    assertThat(DATABASES.get(0)).isNotEqualTo(DATABASES.get(2));
    try (Rex admin = Rex.connect(dev.rex.testing.impl.EmbeddedServer.adminUrl())) {
      assertThat(
              admin.fetchValue(
                  "select count(*) from pg_database where datname in (?, ?)",
                  DATABASES.get(0),
                  DATABASES.get(2)))
          .isEqualTo(0L);
    }
  }

  static final List<String> FILES = new CopyOnWriteArrayList<>();

  @Test
  void sqliteDatabasesAreTemporaryFilesDeletedAfterTheRun() {
    Runs.Outcome outcome = Runs.run(Map.of(), OnSqlite.class, OwnSqliteFile.class);

    assertThat(outcome.failure()).isNull();
    assertThat(FILES).hasSize(2).doesNotHaveDuplicates();
    for (String file : FILES) {
      assertThat(java.nio.file.Path.of(file)).doesNotExist();
      assertThat(java.nio.file.Path.of(file).getParent()).doesNotExist();
    }
  }

  @RexTest(backend = Backend.SQLITE, migrations = "classpath:chinook/sqlite")
  static class OnSqlite {
    @Test
    void recordsItsFile(Rex db) {
      FILES.add(
          (String) db.fetchValue("select file from pragma_database_list where name = 'main'"));
    }
  }

  @RexTest(
      backend = Backend.SQLITE,
      migrations = "classpath:chinook/sqlite",
      isolation = TestIsolation.DATABASE_PER_CLASS)
  static class OwnSqliteFile extends OnSqlite {}

  /** Commits are real: the second test sees the first one's row; another class does not. */
  @RexTest(isolation = TestIsolation.DATABASE_PER_CLASS)
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class First {
    @Test
    @Order(1)
    void writes(Rex db) {
      DATABASES.add((String) db.fetchValue("select current_database()"));
      assertThat(db.settings().maximumPoolSize()).isEqualTo(4);
      Chinook.addArtist(db, "Kept for the class");
      assertThat(Chinook.count(db, "artist")).isEqualTo(Chinook.ARTISTS + 1);
    }

    @Test
    @Order(2)
    void seesTheWrite(Rex db) {
      DATABASES.add((String) db.fetchValue("select current_database()"));
      assertThat(Chinook.artistsNamed(db, "Kept for the class")).isEqualTo(1);
    }
  }

  @RexTest(isolation = TestIsolation.DATABASE_PER_CLASS)
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class Second extends First {}
}
