package dev.rex.dsl;

import static dev.rex.dsl.DSL.avg;
import static dev.rex.dsl.DSL.count;
import static dev.rex.dsl.DSL.exists;
import static dev.rex.dsl.DSL.field;
import static dev.rex.dsl.DSL.notExists;
import static dev.rex.dsl.DSL.select;
import static dev.rex.dsl.DSL.selectFrom;
import static dev.rex.dsl.DSL.val;
import static dev.rex.dsl.fixtures.Rendering.assertCondition;
import static dev.rex.dsl.fixtures.Rendering.assertRenders;
import static dev.rex.dsl.fixtures.Tables.ALBUM;
import static dev.rex.dsl.fixtures.Tables.ARTIST;
import static dev.rex.dsl.fixtures.Tables.TRACK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.dsl.fixtures.AlbumRecord;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubqueryRenderingTest {

  private static final String TRACKS_PER_ALBUM =
      "(select \"track\".\"album_id\", count(*) as \"tracks\" from \"track\" where"
          + " \"track\".\"milliseconds\" > ? group by \"track\".\"album_id\") as \"t\"";

  private static Table<Record2<Integer, Integer>> tracksPerAlbum() {
    return select(TRACK.ALBUM_ID, count().as("tracks"))
        .from(TRACK)
        .where(TRACK.MILLISECONDS.gt(1000))
        .groupBy(TRACK.ALBUM_ID)
        .asTable("t");
  }

  @Test
  void rendersDerivedTableInFromAndItsColumnsQualifiedByTheAlias() {
    var t = tracksPerAlbum();
    var query =
        select(val("x"), ALBUM.TITLE, t.field("tracks"))
            .from(ALBUM)
            .join(t)
            .on(t.field(TRACK.ALBUM_ID).eq(ALBUM.ALBUM_ID))
            .where(ALBUM.TITLE.ne("y"));

    assertRenders(
        query,
        "select ?, \"album\".\"title\", \"t\".\"tracks\" from \"album\" join "
            + TRACKS_PER_ALBUM
            + " on \"t\".\"album_id\" = \"album\".\"album_id\" where \"album\".\"title\" <> ?",
        "x",
        1000,
        "y");
  }

  @Test
  void selectingFromADerivedTableReadsItsColumns() {
    var t = tracksPerAlbum();
    var query = select(t.fields().get(0), t.fields().get(1)).from(t);

    assertRenders(
        query, "select \"t\".\"album_id\", \"t\".\"tracks\" from " + TRACKS_PER_ALBUM, 1000);
    assertThat(t.getName()).isEqualTo("t");
    assertThat(t.getAlias()).isEqualTo("t");
    assertThat(t.getSchema()).isNull();
    assertThat(t.isWritable()).isFalse();
    assertThat(t.field("nope")).isNull();
    assertThat(t.recordType().fields()).isEqualTo(t.fields());
  }

  @Test
  void derivedTableOfSelectFromReadsTheTablesRecords() {
    Table<AlbumRecord> albums = selectFrom(ALBUM).where(ALBUM.ARTIST_ID.eq(1)).asTable("a");
    var realiased = albums.as("b");

    assertRenders(
        select(realiased.field(ALBUM.TITLE)).from(realiased),
        "select \"b\".\"title\" from (select \"album\".\"album_id\", \"album\".\"title\","
            + " \"album\".\"artist_id\" from \"album\" where \"album\".\"artist_id\" = ?) as"
            + " \"b\"",
        1);
    assertThat(albums.recordType().newRecord(new Object[] {1, "T", 1}, null))
        .isInstanceOf(AlbumRecord.class)
        .extracting(AlbumRecord::getTitle)
        .isEqualTo("T");
  }

  @Test
  void rejectsAColumnADerivedTableDoesNotHave() {
    assertThatThrownBy(() -> tracksPerAlbum().field(ARTIST.NAME))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Derived table t has no column name.");
  }

  @Test
  void rendersScalarSubqueryInSelectList() {
    var query =
        select(
                ALBUM.TITLE,
                field(select(count()).from(TRACK).where(TRACK.ALBUM_ID.eq(ALBUM.ALBUM_ID)))
                    .as("tracks"))
            .from(ALBUM)
            .where(ALBUM.ARTIST_ID.eq(3));

    assertRenders(
        query,
        "select \"album\".\"title\", (select count(*) from \"track\" where"
            + " \"track\".\"album_id\" = \"album\".\"album_id\") as \"tracks\" from \"album\""
            + " where \"album\".\"artist_id\" = ?",
        3);
  }

  @Test
  void rendersScalarSubqueryAsAValueInAComparison() {
    var average = field(select(avg(TRACK.UNIT_PRICE)).from(TRACK).where(TRACK.GENRE_ID.eq(2)));

    assertThat(average.getName()).isEqualTo("avg");
    assertCondition(
        TRACK.UNIT_PRICE.gt(average),
        "\"track\".\"unit_price\" > (select avg(\"track\".\"unit_price\") from \"track\" where"
            + " \"track\".\"genre_id\" = ?)",
        2);
  }

  @Test
  void rendersInAndNotInValueLists() {
    assertCondition(ALBUM.ALBUM_ID.in(1, 2, 3), "\"album\".\"album_id\" in (?, ?, ?)", 1, 2, 3);
    assertCondition(ALBUM.TITLE.in(List.of("a", "b")), "\"album\".\"title\" in (?, ?)", "a", "b");
    assertCondition(ALBUM.ALBUM_ID.notIn(4, 5), "\"album\".\"album_id\" not in (?, ?)", 4, 5);
    assertCondition(ALBUM.TITLE.notIn(List.of("c")), "\"album\".\"title\" not in (?)", "c");
  }

  @Test
  void rendersEmptyInListsAsConstantConditions() {
    assertCondition(ALBUM.ALBUM_ID.in(List.of()), "1 = 0");
    assertCondition(ALBUM.ALBUM_ID.in(), "1 = 0");
    assertCondition(ALBUM.ALBUM_ID.notIn(List.of()), "1 = 1");
    assertCondition(
        ALBUM.ALBUM_ID.in(List.of()).or(ALBUM.TITLE.eq("x")),
        "(1 = 0 or \"album\".\"title\" = ?)",
        "x");
  }

  @Test
  void rendersInAndNotInSubqueries() {
    var byA = select(ARTIST.ARTIST_ID).from(ARTIST).where(ARTIST.NAME.like("A%"));
    assertCondition(
        ALBUM.ARTIST_ID.in(byA),
        "\"album\".\"artist_id\" in (select \"artist\".\"artist_id\" from \"artist\" where"
            + " \"artist\".\"name\" like ?)",
        "A%");
    assertCondition(
        ALBUM.ARTIST_ID.notIn(byA),
        "\"album\".\"artist_id\" not in (select \"artist\".\"artist_id\" from \"artist\" where"
            + " \"artist\".\"name\" like ?)",
        "A%");
  }

  @Test
  void rendersExistsAndNotExists() {
    var tracks = select(DSL.val(1)).from(TRACK).where(TRACK.ALBUM_ID.eq(ALBUM.ALBUM_ID));
    assertRenders(
        select(ALBUM.TITLE).from(ALBUM).where(exists(tracks), ALBUM.ARTIST_ID.eq(9)),
        "select \"album\".\"title\" from \"album\" where (exists (select ? from \"track\" where"
            + " \"track\".\"album_id\" = \"album\".\"album_id\") and \"album\".\"artist_id\" = ?)",
        1,
        9);
    assertCondition(
        notExists(tracks),
        "not exists (select ? from \"track\" where \"track\".\"album_id\" ="
            + " \"album\".\"album_id\")",
        1);
  }

  @Test
  void rejectsSubqueriesThatRexDidNotBuild() {
    @SuppressWarnings("unchecked")
    Select<Record1<Integer>> foreign =
        (Select<Record1<Integer>>)
            java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {Select.class}, (p, m, a) -> null);
    assertThatThrownBy(() -> ALBUM.ALBUM_ID.in(foreign))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Not a Rex query: ");
  }
}
