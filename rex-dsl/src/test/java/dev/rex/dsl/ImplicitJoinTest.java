package dev.rex.dsl;

import static dev.rex.dsl.DSL.exists;
import static dev.rex.dsl.DSL.select;
import static dev.rex.dsl.fixtures.Rendering.PG;
import static dev.rex.dsl.fixtures.Rendering.assertRenders;
import static dev.rex.dsl.fixtures.Tables.ALBUM;
import static dev.rex.dsl.fixtures.Tables.TRACK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ImplicitJoinTest {

  @Test
  void joinsEveryTableOnTheWayLeftWhenAKeyOnTheWayIsNullable() {
    assertRenders(
        select(TRACK.NAME, TRACK.album().artist().NAME).from(TRACK).where(TRACK.TRACK_ID.eq(1)),
        "select \"track\".\"name\", \"track__album__artist\".\"name\" from \"track\""
            + " left join \"album\" as \"track__album\" on \"track\".\"album_id\" ="
            + " \"track__album\".\"album_id\" left join \"artist\" as \"track__album__artist\""
            + " on \"track__album\".\"artist_id\" = \"track__album__artist\".\"artist_id\""
            + " where \"track\".\"track_id\" = ?",
        1);
  }

  @Test
  void joinsInnerWhenTheKeyIsNotNullAndOnlyOnceWhateverTheReferences() {
    assertRenders(
        select(ALBUM.TITLE)
            .from(ALBUM)
            .where(ALBUM.artist().NAME.eq("AC/DC"))
            .orderBy(ALBUM.artist().NAME, ALBUM.TITLE),
        "select \"album\".\"title\" from \"album\" join \"artist\" as \"album__artist\" on"
            + " \"album\".\"artist_id\" = \"album__artist\".\"artist_id\" where"
            + " \"album__artist\".\"name\" = ? order by \"album__artist\".\"name\","
            + " \"album\".\"title\"",
        "AC/DC");
  }

  @Test
  void leavesAnExplicitlyJoinedPathAlone() {
    var album = TRACK.album();

    assertRenders(
        select(album.TITLE).from(TRACK).join(album).on(TRACK.ALBUM_ID.eq(album.ALBUM_ID)),
        "select \"track__album\".\"title\" from \"track\" join \"album\" as \"track__album\" on"
            + " \"track\".\"album_id\" = \"track__album\".\"album_id\"");
  }

  @Test
  void joinsASubquerysPathsInsideTheSubquery() {
    String sql =
        select(TRACK.NAME)
            .from(TRACK)
            .where(exists(select(ALBUM.artist().NAME).from(ALBUM)))
            .render(PG)
            .sql();

    assertThat(sql)
        .startsWith("select \"track\".\"name\" from \"track\" where exists (select")
        .contains("from \"album\" join \"artist\" as \"album__artist\"");
  }

  @Test
  void rendersTheSameSqlAndBindsFromTheShapeCache() {
    Select<Record1<String>> first =
        select(TRACK.album().TITLE).from(TRACK).where(TRACK.album().ALBUM_ID.eq(7));
    Select<Record1<String>> second =
        select(TRACK.album().TITLE).from(TRACK).where(TRACK.album().ALBUM_ID.eq(8));

    assertThat(second.render(PG).sql()).isEqualTo(first.render(PG).sql());
    assertThat(second.render(PG).bindValues()).containsExactly(8);
  }

  @Test
  void aPathAliasLongerThanADatabaseKeepsIsShortenedDeterministically() {
    String longAlias = "a_long_alias_for_the_track_table_that_goes_on_and_on_x";
    String other = "a_long_alias_for_the_track_table_that_goes_on_and_on_y";
    String path = TRACK.as(longAlias).album().artist().getAlias();
    String otherPath = TRACK.as(other).album().artist().getAlias();

    assertThat(path.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
        .isLessThanOrEqualTo(63);
    assertThat(path).startsWith("a_long_alias").matches(".*_[0-9a-f]{8}");
    assertThat(TRACK.as(longAlias).album().artist().getAlias()).isEqualTo(path);
    assertThat(otherPath).isNotEqualTo(path);
    assertThat(
            select(TRACK.as(longAlias).album().artist().NAME)
                .from(TRACK.as(longAlias))
                .render(PG)
                .sql())
        .contains("as \"" + path + "\"");
  }

  @Test
  void postgresRefusesANameItWouldCutAndToStringSaysSoInsteadOfThrowing() {
    String tooLong = "x".repeat(64);
    var query = select(TRACK.NAME.as(tooLong)).from(TRACK);

    assertThatThrownBy(() -> query.render(PG))
        .isInstanceOf(dev.rex.dsl.exception.InvalidNameException.class)
        .hasMessageContaining("64 bytes")
        .hasMessageContaining("63");
    assertThat(select(TRACK.NAME.as("x".repeat(63))).from(TRACK).render(PG).sql())
        .contains("x".repeat(63));
    assertThat(query.toString()).startsWith("(not renderable:");
  }
}
