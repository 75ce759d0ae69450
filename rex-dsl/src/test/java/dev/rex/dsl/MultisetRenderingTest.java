package dev.rex.dsl;

import static dev.rex.dsl.DSL.multiset;
import static dev.rex.dsl.DSL.select;
import static dev.rex.dsl.fixtures.Rendering.PG;
import static dev.rex.dsl.fixtures.Rendering.SQLITE;
import static dev.rex.dsl.fixtures.Rendering.assertRenders;
import static dev.rex.dsl.fixtures.Tables.ALBUM;
import static dev.rex.dsl.fixtures.Tables.ARTIST;
import static dev.rex.dsl.fixtures.Tables.TRACK;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MultisetRenderingTest {

  private final Select<Record2<String, Result<Record2<String, Result<Record1<String>>>>>> tree =
      select(
              ARTIST.NAME,
              multiset(
                  select(
                          ALBUM.TITLE,
                          multiset(
                              select(TRACK.NAME)
                                  .from(TRACK)
                                  .where(TRACK.ALBUM_ID.eq(ALBUM.ALBUM_ID))))
                      .from(ALBUM)
                      .where(ALBUM.ARTIST_ID.eq(ARTIST.ARTIST_ID))))
          .from(ARTIST)
          .where(ARTIST.NAME.like("A%"));

  @Test
  void aggregatesNestedRowsWithJsonAggOnPostgres() {
    assertRenders(
        tree,
        PG,
        "select \"artist\".\"name\", (select coalesce(json_agg(json_build_array("
            + "\"rex_rows\".\"v0\", \"rex_rows\".\"v1\")), '[]'::json) from (select"
            + " \"album\".\"title\" as \"v0\", (select coalesce(json_agg(json_build_array("
            + "\"rex_rows\".\"v0\")), '[]'::json) from (select \"track\".\"name\" as \"v0\""
            + " from \"track\" where \"track\".\"album_id\" = \"album\".\"album_id\") as"
            + " \"rex_rows\") as \"v1\" from \"album\" where \"album\".\"artist_id\" ="
            + " \"artist\".\"artist_id\") as \"rex_rows\") from \"artist\" where"
            + " \"artist\".\"name\" like ?",
        "A%");
  }

  @Test
  void aggregatesNestedRowsWithJsonGroupArrayOnSqlite() {
    String sql = tree.render(SQLITE).sql();

    assertThat(sql)
        .startsWith(
            "select `artist`.`name`, (select coalesce(json_group_array(json_array("
                + "`rex_rows`.`v0`, json(`rex_rows`.`v1`))), json_array()) from (select")
        .contains("json_group_array(json_array(`rex_rows`.`v0`)), json_array())");
  }

  @Test
  void typesTheNestedResultAndCachesItsShape() {
    Field<Result<Record1<String>>> titles =
        multiset(select(ALBUM.TITLE).from(ALBUM).where(ALBUM.ARTIST_ID.eq(1)));

    assertThat(titles.getDataType().getSqlType()).isEqualTo(SqlType.MULTISET);
    assertThat(titles.getDataType().getRowType()).isNotNull();
    assertThat(titles)
        .isEqualTo(multiset(select(ALBUM.TITLE).from(ALBUM).where(ALBUM.ARTIST_ID.eq(2))));
    assertThat(select(titles).render(PG).bindValues()).containsExactly(1);
  }

  @Test
  void renamesTheColumnsOfAUnionByPosition() {
    Field<Result<Record1<String>>> names =
        multiset(select(ALBUM.TITLE).from(ALBUM).union(select(TRACK.NAME).from(TRACK)));

    assertThat(select(names).render(PG).sql())
        .contains("select \"rex_rows_set\".\"title\" as \"v0\" from (select \"album\".\"title\"")
        .contains("union select \"track\".\"name\" from \"track\") as \"rex_rows_set\"");
  }
}
