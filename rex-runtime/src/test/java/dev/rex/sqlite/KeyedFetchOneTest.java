package dev.rex.sqlite;

import static dev.rex.fixtures.Album.ALBUM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.Rex;
import dev.rex.dsl.exception.TooManyRowsException;
import dev.rex.fixtures.AlbumRecord;
import dev.rex.testing.TestDatabases;
import org.junit.jupiter.api.Test;

/**
 * {@code fetchOne} of a lookup by primary key trusts the database to keep the key unique: it does
 * not look for a second row (on SQLite, one more step of the statement in native code per lookup).
 * Any other query still is refused when it has a second row. The table here has drifted from its
 * declaration (no primary key, a duplicated id), to show where the line is.
 */
class KeyedFetchOneTest {

  private final String url = TestDatabases.newSqliteDatabase();

  @Test
  void aLookupByPrimaryKeyReadsOneRowAndDoesNotLookForASecond() {
    TestDatabases.executeScript(
        url,
        "create table album (album_id integer, title text not null, artist_id integer not null,"
            + " released date, price numeric(10, 2));\n"
            + "insert into album (album_id, title, artist_id) values (1, 'First', 1);\n"
            + "insert into album (album_id, title, artist_id) values (1, 'Second', 1);\n"
            + "insert into album (album_id, title, artist_id) values (2, 'Only', 1);\n");
    try (Rex db = Rex.connect(url)) {
      AlbumRecord album = db.selectFrom(ALBUM).where(ALBUM.ALBUM_ID.eq(2)).fetchOne();
      assertThat(album).isNotNull();
      assertThat(album.getTitle()).isEqualTo("Only");
      assertThat(db.selectFrom(ALBUM).where(ALBUM.ALBUM_ID.eq(3)).fetchOne()).isNull();

      // the key the database was to keep unique is not: the first row is the answer
      assertThat(db.selectFrom(ALBUM).where(ALBUM.ALBUM_ID.eq(1)).fetchOne())
          .extracting(AlbumRecord::getTitle)
          .isIn("First", "Second");
      assertThat(db.selectFrom(ALBUM).where(ALBUM.ALBUM_ID.eq(1)).fetch()).hasSize(2);
      // not a key lookup: the second row is looked for and refused
      assertThatThrownBy(() -> db.selectFrom(ALBUM).where(ALBUM.TITLE.ne("Only")).fetchOne())
          .isInstanceOf(TooManyRowsException.class);
      assertThatThrownBy(
              () ->
                  db.selectFrom(ALBUM)
                      .where(ALBUM.ALBUM_ID.eq(1).or(ALBUM.ALBUM_ID.eq(1)))
                      .fetchOne())
          .isInstanceOf(TooManyRowsException.class);
    }
  }
}
