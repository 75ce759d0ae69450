package dev.rex.suites;

import static dev.rex.dsl.DSL.count;
import static dev.rex.dsl.DSL.field;
import static dev.rex.dsl.DSL.name;
import static dev.rex.dsl.DSL.partitionBy;
import static dev.rex.dsl.DSL.rowNumber;
import static dev.rex.dsl.DSL.select;
import static dev.rex.dsl.DSL.selectFrom;
import static dev.rex.dsl.DSL.val;
import static dev.rex.fixtures.Album.ALBUM;
import static dev.rex.fixtures.Artist.ARTIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.dsl.CommonTableExpression;
import dev.rex.dsl.Field;
import dev.rex.dsl.Record;
import dev.rex.dsl.Record2;
import dev.rex.dsl.Records;
import dev.rex.dsl.Result;
import dev.rex.dsl.SQLDataType;
import dev.rex.dsl.exception.DetachedException;
import dev.rex.dsl.exception.NoDataFoundException;
import dev.rex.dsl.exception.RawSqlException;
import dev.rex.dsl.exception.TooManyRowsException;
import dev.rex.fixtures.AlbumRecord;
import dev.rex.fixtures.ArtistRecord;
import dev.rex.testing.DatabaseTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reading: every fetch method, mapping, joins, CTEs and windows on a real database. */
public abstract class QueriesSuite extends DatabaseTest {

  record AlbumView(String title, String artist) {}

  @BeforeEach
  void insertMusic() {
    db.execute("insert into artist (name) values (?), (?), (?)", "Miles Davis", "Nina", "Björk");
    db.execute(
        "insert into album (title, artist_id, released, price) values"
            + " (?, 1, ?, ?), (?, 1, ?, ?), (?, 2, ?, ?)",
        "Kind of Blue",
        LocalDate.of(1959, 8, 17),
        new BigDecimal("0.99"),
        "Bitches Brew",
        LocalDate.of(1970, 3, 30),
        new BigDecimal("12.50"),
        "Pastel Blues",
        LocalDate.of(1965, 1, 1),
        new BigDecimal("7.00"));
    statements.clear();
  }

  @Test
  void fetchesTypedRecordsWithSelectFrom() {
    Result<ArtistRecord> artists = db.selectFrom(ARTIST).orderBy(ARTIST.NAME).fetch();

    assertThat(artists)
        .extracting(ArtistRecord::getName)
        .containsExactly("Björk", "Miles Davis", "Nina");
    assertThat(artists.get(1).getArtistId()).isEqualTo(1);
  }

  @Test
  void mapsJoinedRowsIntoJavaRecords() {
    List<AlbumView> views =
        db.select(ALBUM.TITLE, ARTIST.NAME)
            .from(ALBUM)
            .join(ARTIST)
            .on(ALBUM.ARTIST_ID.eq(ARTIST.ARTIST_ID))
            .where(ARTIST.NAME.like("Miles%"))
            .orderBy(ALBUM.TITLE)
            .fetch(Records.mapping(AlbumView::new));

    assertThat(views)
        .containsExactly(
            new AlbumView("Bitches Brew", "Miles Davis"),
            new AlbumView("Kind of Blue", "Miles Davis"));
  }

  @Test
  void readsDecimalsAndDatesExactly() {
    AlbumRecord album = db.fetchOne(ALBUM, ALBUM.TITLE.eq("Kind of Blue"));

    assertThat(album).isNotNull();
    assertThat(album.getPrice()).isEqualByComparingTo("0.99");
    assertThat(album.getPrice().toPlainString()).isEqualTo("0.99");
    assertThat(album.getReleased()).isEqualTo(LocalDate.of(1959, 8, 17));
  }

  @Test
  void eachLookupOfOneShapeGetsItsOwnValueWhateverItsValueIsComparedWith() {
    // the shape's bind is for artist.name; a free-standing value of the same shape is for no column
    for (String name : List.of("Nina", "Björk", "Nina", "Miles Davis")) {
      assertThat(db.selectFrom(ARTIST).where(ARTIST.NAME.eq(name)).fetchOne())
          .extracting(ArtistRecord::getName)
          .isEqualTo(name);
      assertThat(db.selectFrom(ARTIST).where(ARTIST.NAME.eq(val(name))).fetchOne())
          .extracting(ArtistRecord::getName)
          .isEqualTo(name);
    }
    assertThat(db.selectFrom(ARTIST).where(ARTIST.NAME.eq((String) null)).fetchOne()).isNull();
    assertThat(db.selectFrom(ARTIST).where(ARTIST.NAME.eq("nobody")).fetchOne()).isNull();
  }

  @Test
  void fetchOneReturnsNullWhenThereIsNoRow() {
    assertThat(db.selectFrom(ARTIST).where(ARTIST.NAME.eq("Nobody")).fetchOne()).isNull();
    assertThat(db.selectFrom(ARTIST).where(ARTIST.NAME.eq("Nobody")).fetchOptional()).isEmpty();
  }

  @Test
  void fetchOneRefusesSeveralRowsAndNamesTheQuery() {
    assertThatThrownBy(() -> db.selectFrom(ALBUM).where(ALBUM.ARTIST_ID.eq(1)).fetchOne())
        .isInstanceOf(TooManyRowsException.class)
        .hasMessageContaining("more")
        .hasMessageContaining(quoted("from \"album\""));
  }

  @Test
  void fetchSingleRefusesAnEmptyResultAndNamesTheQuery() {
    assertThatThrownBy(() -> db.selectFrom(ARTIST).where(ARTIST.NAME.eq("Nobody")).fetchSingle())
        .isInstanceOf(NoDataFoundException.class)
        .hasMessageContaining(quoted("\"artist\""));
  }

  @Test
  void fetchesValuesCountsAndExistence() {
    assertThat(db.select(ALBUM.TITLE).from(ALBUM).orderBy(ALBUM.TITLE).fetch(ALBUM.TITLE))
        .containsExactly("Bitches Brew", "Kind of Blue", "Pastel Blues");
    assertThat(db.fetchCount(ALBUM)).isEqualTo(3);
    assertThat(db.fetchCount(db.selectFrom(ALBUM).where(ALBUM.ARTIST_ID.eq(1)))).isEqualTo(2);
    assertThat(db.fetchExists(db.selectFrom(ALBUM).where(ALBUM.ARTIST_ID.eq(3)))).isFalse();
    assertThat(db.fetchExists(db.selectFrom(ALBUM).where(ALBUM.ARTIST_ID.eq(2)))).isTrue();
    assertThat(db.selectFrom(ALBUM).orderBy(ALBUM.TITLE).fetchAny().getTitle())
        .isEqualTo("Bitches Brew");
  }

  @Test
  void fetchesByPrimaryKey() {
    assertThat(db.fetchById(ARTIST, 2)).map(ArtistRecord::getName).contains("Nina");
    assertThat(db.fetchById(ARTIST, 99)).isEmpty();
    assertThatThrownBy(() -> db.fetchById(ARTIST, "two"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("takes Integer");
  }

  /**
   * fetchById is a prepared lookup per table: rendered once, each call binds its own key, on the
   * executor it is called on (a transaction sees its own rows), and an alias builds its query.
   */
  @Test
  void fetchByIdBindsEachCallsKeyOnItsOwnExecutor() {
    for (int round = 0; round < 3; round++) {
      assertThat(db.fetchById(ARTIST, 1)).map(ArtistRecord::getName).contains("Miles Davis");
      assertThat(db.fetchById(ARTIST, 2)).map(ArtistRecord::getName).contains("Nina");
    }
    assertThat(db.fetchById(ARTIST.as("a"), 2)).map(ArtistRecord::getName).contains("Nina");
    assertThatThrownBy(() -> db.fetchById(ARTIST, 1, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 columns but 2 values");
    assertThatThrownBy(() -> db.fetchById(ARTIST, (Object) null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not null");
    db.transaction(
        tx -> {
          ArtistRecord added = tx.newRecord(ARTIST).setName("Ella");
          added.store();
          assertThat(tx.fetchById(ARTIST, added.getArtistId()))
              .map(ArtistRecord::getName)
              .contains("Ella");
          added.delete();
        });
  }

  @Test
  void groupsAndFiltersGroups() {
    List<Record2<String, Integer>> rows =
        db.select(ARTIST.NAME, count(ALBUM.ALBUM_ID))
            .from(ARTIST)
            .leftJoin(ALBUM)
            .on(ALBUM.ARTIST_ID.eq(ARTIST.ARTIST_ID))
            .groupBy(ARTIST.NAME)
            .having(count(ALBUM.ALBUM_ID).gt(0))
            .orderBy(count(ALBUM.ALBUM_ID).desc(), ARTIST.NAME)
            .fetch();

    assertThat(rows).extracting(Record2::value1).containsExactly("Miles Davis", "Nina");
    assertThat(rows).extracting(Record2::value2).containsExactly(2, 1);
  }

  @Test
  void runsCommonTableExpressionsAndWindowFunctions() {
    CommonTableExpression<Record2<String, Integer>> ranked =
        name("ranked")
            .fields("title", "position")
            .as(
                select(
                        ALBUM.TITLE,
                        rowNumber()
                            .over(partitionBy(ALBUM.ARTIST_ID).orderBy(ALBUM.RELEASED.desc())))
                    .from(ALBUM));
    Field<String> title = field(name("ranked", "title"), SQLDataType.VARCHAR);
    Field<Integer> position = field(name("ranked", "position"), SQLDataType.INTEGER);

    List<String> latest =
        db.with(ranked)
            .select(title)
            .from(ranked)
            .where(position.eq(1))
            .orderBy(title)
            .fetch(title);

    assertThat(latest).containsExactly("Bitches Brew", "Pastel Blues");
  }

  @Test
  void combinesQueriesWithUnion() {
    List<String> names =
        db.select(ARTIST.NAME)
            .from(ARTIST)
            .where(ARTIST.ARTIST_ID.eq(1))
            .unionAll(db.select(ARTIST.NAME).from(ARTIST).where(ARTIST.ARTIST_ID.eq(2)))
            .orderBy(ARTIST.NAME)
            .fetch(ARTIST.NAME);

    assertThat(names).containsExactly("Miles Davis", "Nina");
  }

  @Test
  void runsRawSqlWithBinds() {
    Result<Record> rows =
        db.fetch("select name from artist where artist_id > ? and name <> '?' order by name", 1);

    assertThat(rows).extracting(r -> r.get("name")).containsExactly("Björk", "Nina");
    assertThat(db.execute("update artist set name = ? where artist_id = ?", "Nina S.", 2))
        .isEqualTo(1);
    assertThatThrownBy(() -> db.fetch("select * from artist where artist_id = ?"))
        .isInstanceOf(RawSqlException.class)
        .hasMessageContaining("1 placeholders but 0 bind values");
  }

  @Test
  void runsDetachedQueriesThroughTheDatabase() {
    var query = selectFrom(ARTIST).where(ARTIST.ARTIST_ID.eq(1));

    assertThat(db.fetch(query)).extracting(ArtistRecord::getName).containsExactly("Miles Davis");
    assertThatThrownBy(query::fetch)
        .isInstanceOf(DetachedException.class)
        .hasMessageContaining("db.fetch(query)");
  }

  @Test
  void rendersTheSqlAndBindsItSends() {
    var rendered = db.render(db.selectFrom(ARTIST).where(ARTIST.NAME.eq("Nina")).limit(5));

    assertThat(rendered.sql())
        .isEqualTo(
            quoted(
                "select \"artist\".\"artist_id\", \"artist\".\"name\" from \"artist\""
                    + " where \"artist\".\"name\" = ? limit ?"));
    assertThat(rendered.bindValues()).containsExactly("Nina", 5);
  }

  @Test
  void readsRawSqlColumnsWithSensibleTypes() {
    Record row =
        db.fetch(
                "select count(*) as n, max(price) as top, min(title) as first from album"
                    + " where artist_id = ?",
                1)
            .get(0);

    assertThat(((Number) row.get("n")).intValue()).isEqualTo(2);
    assertThat(new BigDecimal(row.get("top").toString())).isEqualByComparingTo("12.50");
    assertThat(row.get("first")).isEqualTo("Bitches Brew");
    assertThat(row.intoMap()).containsOnlyKeys("n", "top", "first");
  }
}
