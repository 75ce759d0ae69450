package dev.rex.it;

import static dev.rex.dsl.DSL.asterisk;
import static dev.rex.it.chinook.Tables.ALBUM;
import static dev.rex.it.chinook.Tables.ARTIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.Rex;
import dev.rex.RexSettings;
import dev.rex.dsl.Record;
import dev.rex.dsl.Result;
import dev.rex.dsl.exception.InvalidQueryException;
import dev.rex.it.chinook.tables.Album;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** {@code asterisk()} and {@code TABLE.asterisk()} on real Chinook data, on every dialect. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JooqAsteriskTest {

  private final Rex db = ChinookDatabase.connect(RexSettings.defaults());

  @AfterAll
  void close() {
    db.close();
  }

  @Test
  void tableAsteriskSelectsEveryColumnOfTheTable() {
    Result<Record> albums =
        db.select(ALBUM.asterisk())
            .from(ALBUM)
            .where(ALBUM.ARTIST_ID.eq(1))
            .orderBy(ALBUM.ALBUM_ID)
            .fetch();

    assertThat(albums.get(0).size()).isEqualTo(ALBUM.fields().size());
    assertThat(albums.getValues(ALBUM.TITLE))
        .containsExactly("For Those About To Rock We Salute You", "Let There Be Rock");
    assertThat(albums.map(r -> r.into(ALBUM).getAlbumId())).containsExactly(1, 4);
  }

  @Test
  void tableAsteriskCombinesWithOtherFieldsAndAliases() {
    Album a = ALBUM.as("a");
    List<String> credits =
        db.select(a.asterisk(), ARTIST.NAME)
            .from(a)
            .join(ARTIST)
            .on(a.ARTIST_ID.eq(ARTIST.ARTIST_ID))
            .where(a.ALBUM_ID.le(2))
            .orderBy(a.ALBUM_ID)
            .fetch(r -> r.get(a.TITLE) + " / " + r.get(ARTIST.NAME));

    assertThat(credits)
        .containsExactly(
            "For Those About To Rock We Salute You / AC/DC", "Balls to the Wall / Accept");
  }

  @Test
  void asteriskSelectsEveryColumnOfFromAndJoin() {
    Record row =
        db.select(asterisk())
            .from(ALBUM)
            .join(ARTIST)
            .on(ALBUM.ARTIST_ID.eq(ARTIST.ARTIST_ID))
            .where(ALBUM.ALBUM_ID.eq(1))
            .fetchSingle();

    assertThat(row.size()).isEqualTo(ALBUM.fields().size() + ARTIST.fields().size());
    assertThat(row.get(ARTIST.NAME)).isEqualTo("AC/DC");
    assertThat(row.get(ALBUM.TITLE)).isEqualTo("For Those About To Rock We Salute You");
    assertThatThrownBy(() -> db.select(asterisk(), ARTIST.NAME))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("TABLE.asterisk()");
  }
}
