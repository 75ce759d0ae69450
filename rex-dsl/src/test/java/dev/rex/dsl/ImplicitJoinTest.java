package dev.rex.dsl;

import static dev.rex.dsl.DSL.exists;
import static dev.rex.dsl.DSL.select;
import static dev.rex.dsl.fixtures.Rendering.PG;
import static dev.rex.dsl.fixtures.Rendering.assertRenders;
import static dev.rex.dsl.fixtures.Tables.ALBUM;
import static dev.rex.dsl.fixtures.Tables.TRACK;
import static org.assertj.core.api.Assertions.assertThat;

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
}
