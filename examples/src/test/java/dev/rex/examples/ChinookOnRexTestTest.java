package dev.rex.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rex.Rex;
import dev.rex.examples.chinook.snakecase.Tables;
import dev.rex.testing.Backend;
import dev.rex.testing.RexTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The examples' generated Chinook classes tested as an application would test them, with
 * rex-testing's {@code @RexTest}: each test's writes, committed or not, are rolled back.
 */
class ChinookOnRexTestTest {

  /** On embedded PostgreSQL, the default backend. */
  @Nested
  @RexTest(migrations = "classpath:db/migration/postgres")
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  class OnPostgres {

    Rex db;

    @Test
    @Order(1)
    void addsAnAlbum(Rex rex) {
      rex.transaction(
          tx ->
              tx.insertInto(Tables.ALBUM)
                  .set(Tables.ALBUM.TITLE, "Blue")
                  .set(Tables.ALBUM.ARTIST_ID, 1)
                  .execute());
      assertThat(rex.fetchCount(Tables.ALBUM)).isEqualTo(348);
    }

    @Test
    @Order(2)
    void theNextTestStartsFromTheMigratedData() {
      assertThat(db.fetchCount(Tables.ALBUM)).isEqualTo(347);
      assertThat(db.fetchCount(Tables.ALBUM, Tables.ALBUM.TITLE.eq("Blue"))).isZero();
    }

    @Test
    @Order(3)
    void streamsWithACursorWhileWritingOnTheSameConnection() {
      long read;
      try (var artists = db.selectFrom(Tables.ARTIST).fetchSize(50).stream()) {
        read =
            artists
                .peek(
                    artist -> {
                      if (artist.getArtistId() == 100) {
                        db.insertInto(Tables.GENRE).set(Tables.GENRE.NAME, "Streamed").execute();
                      }
                    })
                .count();
      }
      assertThat(read).isEqualTo(275);
      assertThat(db.fetchCount(Tables.GENRE, Tables.GENRE.NAME.eq("Streamed"))).isEqualTo(1);
    }
  }

  /** On a SQLite file, with the SQLite flavour of the generated classes. */
  @Nested
  @RexTest(backend = Backend.SQLITE, migrations = "classpath:db/migration/sqlite")
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  class OnSqlite {

    @Test
    @Order(1)
    void signsAnArtist(Rex db) {
      db.insertInto(dev.rex.examples.chinook.Tables.ARTIST)
          .set(dev.rex.examples.chinook.Tables.ARTIST.NAME, "Nina Simone")
          .execute();
      assertThat(db.fetchCount(dev.rex.examples.chinook.Tables.ARTIST)).isEqualTo(276);
    }

    @Test
    @Order(2)
    void theArtistIsGoneAgain(Rex db) {
      assertThat(db.fetchCount(dev.rex.examples.chinook.Tables.ARTIST)).isEqualTo(275);
    }
  }
}
