package dev.rex.dsl;

import static dev.rex.dsl.DSL.asterisk;
import static dev.rex.dsl.DSL.select;
import static dev.rex.dsl.fixtures.Rendering.PG;
import static dev.rex.dsl.fixtures.Tables.ALBUM;
import static dev.rex.dsl.fixtures.Tables.ARTIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.dsl.exception.InvalidQueryException;
import org.junit.jupiter.api.Test;

/** What {@code asterisk()} and {@code TABLE.asterisk()} select. */
class AsteriskTest {

  @Test
  void tableAsteriskNamesTheTablesColumns() {
    Select<Record> star =
        select(ALBUM.asterisk(), ARTIST.NAME)
            .from(ALBUM)
            .join(ARTIST)
            .on(ALBUM.ARTIST_ID.eq(ARTIST.ARTIST_ID));
    Select<Record> named =
        select(ALBUM.fields().toArray(new SelectField<?>[0]))
            .from(ALBUM)
            .join(ARTIST)
            .on(ALBUM.ARTIST_ID.eq(ARTIST.ARTIST_ID));

    assertThat(star.render(PG).sql())
        .startsWith(named.render(PG).sql().replace(" from ", ", \"artist\".\"name\" from "));
    assertThat(star.recordType().fields()).hasSize(ALBUM.fields().size() + 1);
    assertThat(ALBUM.asterisk().table()).isEqualTo(ALBUM);
  }

  @Test
  void aLoneAsteriskFollowsTheTablesOfFromAndJoin() {
    Select<Record> star =
        select(asterisk()).from(ALBUM).join(ARTIST).on(ALBUM.ARTIST_ID.eq(ARTIST.ARTIST_ID));

    assertThat(star.recordType().fields()).hasSize(ALBUM.fields().size() + ARTIST.fields().size());
    assertThat(asterisk().toString()).isEqualTo("*");
    assertThatThrownBy(() -> select(asterisk(), ALBUM.TITLE))
        .isInstanceOf(InvalidQueryException.class);
  }
}
