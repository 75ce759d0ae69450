package dev.rex.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rex.Rex;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Classes with the same settings share one migrated database in a run; what a class writes in
 * {@code @BeforeAll} is rolled back when the class ends, so the next class does not see it.
 */
class ClassRollbackTest {

  @Test
  void whatAClassWroteIsGoneForTheNextClassOnTheSameDatabase() {
    Runs.Outcome outcome =
        Runs.run(
            Map.of(
                "junit.jupiter.testclass.order.default",
                ClassOrderer.OrderAnnotation.class.getName()),
            Writer.class,
            Reader.class);
    assertThat(outcome.failure()).isNull();
    assertThat(outcome.succeededTests()).isEqualTo(2);
  }

  @RexTest
  @Order(1)
  static class Writer {
    static String database;

    @BeforeAll
    static void seed(Rex db) {
      database = (String) db.fetchValue("select current_database()");
      Chinook.addArtist(db, "Written by the first class");
    }

    @Test
    void seesItsSeed(Rex db) {
      assertThat(Chinook.artistsNamed(db, "Written by the first class")).isEqualTo(1);
    }
  }

  @RexTest
  @Order(2)
  static class Reader {
    @Test
    void sameDatabaseWithoutTheSeed(Rex db) {
      assertThat(db.fetchValue("select current_database()")).isEqualTo(Writer.database);
      assertThat(Chinook.artistsNamed(db, "Written by the first class")).isZero();
      assertThat(Chinook.count(db, "artist")).isEqualTo(Chinook.ARTISTS);
    }
  }
}
