package dev.rex.dsl;

import static dev.rex.dsl.DSL.count;
import static dev.rex.dsl.DSL.select;
import static dev.rex.dsl.DSL.selectDistinct;
import static dev.rex.dsl.DSL.selectFrom;
import static dev.rex.dsl.DSL.sum;
import static dev.rex.dsl.fixtures.Rendering.PG;
import static dev.rex.dsl.fixtures.Rendering.SQLITE;
import static dev.rex.dsl.fixtures.Rendering.assertRenders;
import static dev.rex.dsl.fixtures.Tables.ALBUM;
import static dev.rex.dsl.fixtures.Tables.ALBUM_SUMMARY;
import static dev.rex.dsl.fixtures.Tables.ARTIST;
import static dev.rex.dsl.fixtures.Tables.EMPLOYEE;
import static dev.rex.dsl.fixtures.Tables.INVOICE_LINE;
import static dev.rex.dsl.fixtures.Tables.TRACK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.dsl.fixtures.Album;
import dev.rex.dsl.fixtures.AlbumRecord;
import dev.rex.dsl.fixtures.Employee;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class SelectRenderingTest {

  private static final String ALBUM_COLUMNS =
      "\"album\".\"album_id\", \"album\".\"title\", \"album\".\"artist_id\"";

  @Test
  void whereWithOneConditionIsTheQueryAnArrayOfThatConditionMakes() {
    Condition condition = ARTIST.NAME.eq("a");
    SelectConditionStep<?> one = selectFrom(ARTIST).where(condition);
    SelectConditionStep<?> array = selectFrom(ARTIST).where(new Condition[] {condition});

    assertThat(one.render(PG).sql()).isEqualTo(array.render(PG).sql()).contains(" where ");
    assertThat(one.render(PG).bindValues()).containsExactly("a");
    assertThat(selectFrom(ARTIST).where(DSL.noCondition()).render(PG).sql())
        .doesNotContain("where");
    assertThatThrownBy(() -> selectFrom(ARTIST).where((Condition) null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void rendersSelectOfTypedColumnsFromOneTable() {
    assertRenders(
        select(ALBUM.TITLE, ALBUM.ARTIST_ID).from(ALBUM),
        "select \"album\".\"title\", \"album\".\"artist_id\" from \"album\"");
  }

  @Test
  void rendersSelectFromWithEveryColumnOfTheTableAndReadsTableRecords() {
    var query = selectFrom(ALBUM).where(ALBUM.ARTIST_ID.eq(1)).orderBy(ALBUM.TITLE);

    assertRenders(
        query,
        "select "
            + ALBUM_COLUMNS
            + " from \"album\" where \"album\".\"artist_id\" = ? order by \"album\".\"title\"",
        1);
    assertThat(query.recordType().newRecord(new Object[] {1, "A", 2}, null))
        .isInstanceOf(AlbumRecord.class);
  }

  @Test
  void rendersSelectDistinct() {
    assertRenders(
        selectDistinct(TRACK.COMPOSER).from(TRACK),
        "select distinct \"track\".\"composer\" from \"track\"");
    assertRenders(
        selectDistinct(TRACK.COMPOSER, TRACK.GENRE_ID).from(TRACK),
        "select distinct \"track\".\"composer\", \"track\".\"genre_id\" from \"track\"");
  }

  @Test
  void rendersSelectWithoutFrom() {
    assertRenders(select(DSL.val(1), DSL.val("x")), "select ?, ?", 1, "x");
  }

  @Test
  void rendersSelectOfNoFieldsAsEveryColumnOfEveryTable() {
    var query = select().from(ALBUM).join(ARTIST).on(ALBUM.ARTIST_ID.eq(ARTIST.ARTIST_ID));

    assertRenders(
        query,
        "select "
            + ALBUM_COLUMNS
            + ", \"artist\".\"artist_id\", \"artist\".\"name\" from \"album\" join \"artist\" on"
            + " \"album\".\"artist_id\" = \"artist\".\"artist_id\"");
    assertThat(query.recordType().fields()).hasSize(5);
  }

  @Test
  void rendersSeveralTablesInFrom() {
    assertRenders(
        select(ALBUM.TITLE).from(ALBUM, ARTIST).where(ALBUM.ARTIST_ID.eq(ARTIST.ARTIST_ID)),
        "select \"album\".\"title\" from \"album\", \"artist\" where \"album\".\"artist_id\" ="
            + " \"artist\".\"artist_id\"");
  }

  @Test
  void rendersInnerJoinWithOnCondition() {
    String expected =
        "select \"album\".\"title\", \"artist\".\"name\" from \"album\" join \"artist\" on"
            + " \"album\".\"artist_id\" = \"artist\".\"artist_id\"";
    assertRenders(
        select(ALBUM.TITLE, ARTIST.NAME)
            .from(ALBUM)
            .join(ARTIST)
            .on(ALBUM.ARTIST_ID.eq(ARTIST.ARTIST_ID)),
        expected);
    assertRenders(
        select(ALBUM.TITLE, ARTIST.NAME)
            .from(ALBUM)
            .innerJoin(ARTIST)
            .on(ALBUM.ARTIST_ID.eq(ARTIST.ARTIST_ID)),
        expected);
  }

  @Test
  void rendersLeftRightAndFullJoins() {
    assertRenders(
        select(ARTIST.NAME, ALBUM.TITLE)
            .from(ARTIST)
            .leftJoin(ALBUM)
            .on(ALBUM.ARTIST_ID.eq(ARTIST.ARTIST_ID))
            .rightJoin(TRACK)
            .on(TRACK.ALBUM_ID.eq(ALBUM.ALBUM_ID))
            .fullJoin(INVOICE_LINE)
            .on(INVOICE_LINE.TRACK_ID.eq(TRACK.TRACK_ID)),
        "select \"artist\".\"name\", \"album\".\"title\" from \"artist\""
            + " left join \"album\" on \"album\".\"artist_id\" = \"artist\".\"artist_id\""
            + " right join \"track\" on \"track\".\"album_id\" = \"album\".\"album_id\""
            + " full join \"invoice_line\" on \"invoice_line\".\"track_id\" ="
            + " \"track\".\"track_id\"");
  }

  @Test
  void rendersCrossJoinWithoutOn() {
    assertRenders(
        select(ALBUM.TITLE, ARTIST.NAME).from(ALBUM).crossJoin(ARTIST).where(ARTIST.NAME.eq("x")),
        "select \"album\".\"title\", \"artist\".\"name\" from \"album\" cross join \"artist\""
            + " where \"artist\".\"name\" = ?",
        "x");
  }

  @Test
  void combinesOnConditionsWithAndOr() {
    assertRenders(
        select(ALBUM.TITLE)
            .from(ALBUM)
            .join(ARTIST)
            .on(ALBUM.ARTIST_ID.eq(ARTIST.ARTIST_ID), ARTIST.NAME.ne("a"))
            .and(ALBUM.TITLE.like("b%"))
            .or(ARTIST.NAME.isNull()),
        "select \"album\".\"title\" from \"album\" join \"artist\" on ((\"album\".\"artist_id\" ="
            + " \"artist\".\"artist_id\" and \"artist\".\"name\" <> ? and \"album\".\"title\""
            + " like ?) or \"artist\".\"name\" is null)",
        "a",
        "b%");
  }

  @Test
  void extendsOnlyTheLastJoinsCondition() {
    assertRenders(
        select(TRACK.NAME)
            .from(TRACK)
            .join(ALBUM)
            .on(TRACK.ALBUM_ID.eq(ALBUM.ALBUM_ID))
            .join(ARTIST)
            .on(ARTIST.ARTIST_ID.eq(ALBUM.ARTIST_ID))
            .and(ARTIST.NAME.eq("AC/DC")),
        "select \"track\".\"name\" from \"track\" join \"album\" on \"track\".\"album_id\" ="
            + " \"album\".\"album_id\" join \"artist\" on (\"artist\".\"artist_id\" ="
            + " \"album\".\"artist_id\" and \"artist\".\"name\" = ?)",
        "AC/DC");
  }

  @Test
  void rendersWhereWithAndOrAndNot() {
    assertRenders(
        select(TRACK.NAME)
            .from(TRACK)
            .where(TRACK.GENRE_ID.eq(1), TRACK.BYTES.gt(100))
            .andNot(TRACK.COMPOSER.isNull())
            .or(TRACK.MILLISECONDS.lt(5))
            .orNot(TRACK.NAME.like("x%")),
        "select \"track\".\"name\" from \"track\" where ((\"track\".\"genre_id\" = ? and"
            + " \"track\".\"bytes\" > ? and not (\"track\".\"composer\" is null)) or"
            + " \"track\".\"milliseconds\" < ? or not (\"track\".\"name\" like ?))",
        1,
        100,
        5,
        "x%");
  }

  @Test
  void rendersNoWhereForNoCondition() {
    assertRenders(
        select(TRACK.NAME).from(TRACK).where(DSL.noCondition()),
        "select \"track\".\"name\" from \"track\"");
    assertRenders(
        select(TRACK.NAME).from(TRACK).where(DSL.noCondition()).and(TRACK.GENRE_ID.eq(2)),
        "select \"track\".\"name\" from \"track\" where \"track\".\"genre_id\" = ?",
        2);
  }

  @Test
  void rendersGroupByAndHaving() {
    assertRenders(
        select(TRACK.ALBUM_ID, count(), sum(TRACK.MILLISECONDS))
            .from(TRACK)
            .where(TRACK.GENRE_ID.eq(1))
            .groupBy(TRACK.ALBUM_ID)
            .having(count().gt(10))
            .and(sum(TRACK.MILLISECONDS).lt(new BigDecimal("1000")))
            .or(count().eq(1)),
        "select \"track\".\"album_id\", count(*), sum(\"track\".\"milliseconds\") from \"track\""
            + " where \"track\".\"genre_id\" = ? group by \"track\".\"album_id\" having ((count(*)"
            + " > ? and sum(\"track\".\"milliseconds\") < ?) or count(*) = ?)",
        1,
        10,
        new BigDecimal("1000"),
        1);
  }

  @Test
  void rendersGroupByACollection() {
    assertRenders(
        select(TRACK.ALBUM_ID, TRACK.GENRE_ID, count())
            .from(TRACK)
            .groupBy(List.of(TRACK.ALBUM_ID, TRACK.GENRE_ID)),
        "select \"track\".\"album_id\", \"track\".\"genre_id\", count(*) from \"track\""
            + " group by \"track\".\"album_id\", \"track\".\"genre_id\"");
  }

  @Test
  void rendersOrderByDirectionsAndNullsPositions() {
    assertRenders(
        select(TRACK.NAME)
            .from(TRACK)
            .orderBy(
                TRACK.NAME.asc(),
                TRACK.COMPOSER.desc(),
                TRACK.BYTES.asc().nullsFirst(),
                TRACK.GENRE_ID.desc().nullsLast(),
                TRACK.TRACK_ID),
        "select \"track\".\"name\" from \"track\" order by \"track\".\"name\" asc,"
            + " \"track\".\"composer\" desc, \"track\".\"bytes\" asc nulls first,"
            + " \"track\".\"genre_id\" desc nulls last, \"track\".\"track_id\"");
    assertThat(TRACK.NAME.desc().getOrder()).isEqualTo(SortOrder.DESC);
    assertThat(TRACK.NAME.desc().getField()).isEqualTo(TRACK.NAME);
  }

  @Test
  void rendersOrderByACollectionAndByAnAlias() {
    Field<Integer> tracks = count().as("tracks");
    assertRenders(
        select(TRACK.ALBUM_ID, tracks)
            .from(TRACK)
            .groupBy(TRACK.ALBUM_ID)
            .orderBy(List.of(tracks.desc())),
        "select \"track\".\"album_id\", count(*) as \"tracks\" from \"track\" group by"
            + " \"track\".\"album_id\" order by \"tracks\" desc");
  }

  @Test
  void rendersLimitAndOffsetAsBindValues() {
    assertRenders(
        select(ALBUM.TITLE).from(ALBUM).orderBy(ALBUM.TITLE).limit(10).offset(20),
        "select \"album\".\"title\" from \"album\" order by \"album\".\"title\" limit ? offset ?",
        10,
        20);
    assertRenders(
        select(ALBUM.TITLE).from(ALBUM).limit(5),
        "select \"album\".\"title\" from \"album\" limit ?",
        5);
  }

  @Test
  void rendersOffsetWithoutLimitOnPostgres() {
    assertRenders(
        select(ALBUM.TITLE).from(ALBUM).offset(20),
        PG,
        "select \"album\".\"title\" from \"album\" offset ?",
        20);
  }

  @Test
  void rendersOffsetWithoutLimitOnSqliteWithAnUnboundedLimit() {
    // SQLite's grammar has no OFFSET without LIMIT; LIMIT -1 means "no limit".
    assertRenders(
        select(ALBUM.TITLE).from(ALBUM).offset(20),
        SQLITE,
        "select `album`.`title` from `album` limit -1 offset ?",
        20);
  }

  @Test
  void rendersTableAliasesInDeclarationsAndReferences() {
    Employee e = EMPLOYEE.as("e");
    Employee m = EMPLOYEE.as("m");
    assertRenders(
        select(e.LAST_NAME, m.LAST_NAME.as("manager"))
            .from(e)
            .leftJoin(m)
            .on(e.REPORTS_TO.eq(m.EMPLOYEE_ID))
            .where(m.TITLE.eq("General Manager")),
        "select \"e\".\"last_name\", \"m\".\"last_name\" as \"manager\" from \"employee\" as"
            + " \"e\" left join \"employee\" as \"m\" on \"e\".\"reports_to\" ="
            + " \"m\".\"employee_id\" where \"m\".\"title\" = ?",
        "General Manager");
  }

  @Test
  void rendersSchemaQualifiedTables() {
    assertRenders(
        select(ALBUM_SUMMARY.TITLE).from(ALBUM_SUMMARY).where(ALBUM_SUMMARY.TRACKS.gt(3)),
        "select \"reporting\".\"album_summary\".\"title\" from \"reporting\".\"album_summary\""
            + " where \"reporting\".\"album_summary\".\"tracks\" > ?",
        3);
    assertRenders(
        select(ALBUM_SUMMARY.as("s").TITLE).from(ALBUM_SUMMARY.as("s")),
        "select \"s\".\"title\" from \"reporting\".\"album_summary\" as \"s\"");
  }

  @Test
  void rendersFieldAliasInSelectListAndNameInRecord() {
    var query = select(ALBUM.TITLE.as("name"), count().as("n")).from(ALBUM).groupBy(ALBUM.TITLE);
    assertRenders(
        query,
        "select \"album\".\"title\" as \"name\", count(*) as \"n\" from \"album\" group by"
            + " \"album\".\"title\"");
    assertThat(query.recordType().fields()).extracting(Field::getName).containsExactly("name", "n");
  }

  @Test
  void realiasingAFieldReplacesTheAlias() {
    assertRenders(
        select(ALBUM.TITLE.as("a").as("b")).from(ALBUM),
        "select \"album\".\"title\" as \"b\" from \"album\"");
  }

  @Test
  void quotesIdentifiersWithEmbeddedQuotes() {
    Album quoted = ALBUM.as("a\"b");
    assertRenders(
        select(quoted.TITLE.as("say \"hi\"")).from(quoted),
        PG,
        "select \"a\"\"b\".\"title\" as \"say \"\"hi\"\"\" from \"album\" as \"a\"\"b\"");
    Album ticked = ALBUM.as("a`b");
    assertRenders(
        select(ticked.TITLE.as("say `hi` \"there\"")).from(ticked),
        SQLITE,
        "select `a``b`.`title` as `say ``hi`` \"there\"` from `album` as `a``b`");
  }

  @Test
  void toStringShowsPostgresSqlWithBinds() {
    var query = select(ALBUM.TITLE).from(ALBUM).where(ALBUM.ALBUM_ID.eq(7));
    assertThat(query.toString())
        .isEqualTo(
            "select \"album\".\"title\" from \"album\" where \"album\".\"album_id\" = ? [7]");
    assertThat(ALBUM.TITLE.eq("x").toString()).isEqualTo("\"album\".\"title\" = ? [x]");
    assertThat(ALBUM.TITLE.toString()).isEqualTo("\"album\".\"title\"");
    assertThat(ALBUM.toString()).isEqualTo("album");
    assertThat(ALBUM.as("a").toString()).isEqualTo("album as a");
  }
}
