package dev.rex.it;

import static dev.rex.dsl.DSL.choose;
import static dev.rex.dsl.DSL.count;
import static dev.rex.dsl.DSL.field;
import static dev.rex.dsl.DSL.name;
import static dev.rex.dsl.DSL.nvl;
import static dev.rex.dsl.DSL.select;
import static dev.rex.dsl.DSL.selectCount;
import static dev.rex.dsl.DSL.substring;
import static dev.rex.dsl.DSL.trim;
import static dev.rex.dsl.DSL.val;
import static dev.rex.it.chinook.Tables.ALBUM;
import static dev.rex.it.chinook.Tables.ARTIST;
import static dev.rex.it.chinook.Tables.GENRE;
import static dev.rex.it.chinook.Tables.TRACK;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rex.Rex;
import dev.rex.RexSettings;
import dev.rex.dsl.CommonTableExpression;
import dev.rex.dsl.Field;
import dev.rex.dsl.Record1;
import dev.rex.dsl.Record2;
import dev.rex.dsl.SQLDataType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * jOOQ's expression helpers (FILTER, choose, nvl, trim, substring, concat, arithmetic aliases),
 * WITH chaining and onDuplicateKey*, on real Chinook data; the same source runs on every dialect.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JooqExpressionsTest {

  private final Rex db = ChinookDatabase.connect(RexSettings.defaults());

  @AfterAll
  void close() {
    db.close();
  }

  @Test
  void filterWhereCountsOnlyMatchingRows() {
    Record2<Integer, Integer> counts =
        db.select(count(), count().filterWhere(TRACK.MILLISECONDS.gt(300_000)))
            .from(TRACK)
            .where(TRACK.ALBUM_ID.eq(1))
            .fetchSingle();

    assertThat(counts.value1()).isEqualTo(10);
    assertThat(counts.value2())
        .isEqualTo(db.fetchCount(TRACK, TRACK.ALBUM_ID.eq(1).and(TRACK.MILLISECONDS.gt(300_000))))
        .isPositive();
  }

  @Test
  void chooseAndNvlBuildCaseAndCoalesce() {
    Field<String> size =
        choose().when(TRACK.MILLISECONDS.gt(300_000), "long").otherwise("short").as("size");
    Map<String, Integer> sizes =
        db.select(size, count())
            .from(TRACK)
            .where(TRACK.ALBUM_ID.eq(1))
            .groupBy(size)
            .fetchMap(size, count());
    List<String> composers =
        db.select(nvl(TRACK.COMPOSER, "unknown"))
            .from(TRACK)
            .where(TRACK.COMPOSER.isNull())
            .limit(1)
            .fetchInto(String.class);

    assertThat(sizes.get("long") + sizes.get("short")).isEqualTo(10);
    assertThat(composers).containsExactly("unknown");
  }

  @Test
  void textFunctionsAndArithmeticAliases() {
    Record1<String> acdc =
        db.select(
                substring(ARTIST.NAME, 1, 2)
                    .concat(substring(ARTIST.NAME, 4))
                    .concat(trim(val("  !  ")), ARTIST.NAME))
            .from(ARTIST)
            .where(ARTIST.ARTIST_ID.eq(1))
            .fetchSingle();
    Integer seconds =
        db.select(TRACK.MILLISECONDS.add(1000).sub(1000).mul(2).div(2000))
            .from(TRACK)
            .where(TRACK.TRACK_ID.eq(1))
            .fetchSingle()
            .value1();

    assertThat(acdc.value1()).isEqualTo("ACDC!AC/DC");
    assertThat(seconds).isEqualTo(343);
  }

  @Test
  void withChainsCommonTableExpressions() {
    CommonTableExpression<Record1<Integer>> albums =
        name("albums").fields("n").as(selectCount().from(ALBUM));
    CommonTableExpression<Record1<Integer>> artists =
        name("artists").fields("n").as(selectCount().from(ARTIST));
    Field<Integer> albumCount = field(name("albums", "n"), SQLDataType.INTEGER);
    Field<Integer> artistCount = field(name("artists", "n"), SQLDataType.INTEGER);

    Record2<Integer, Integer> counts =
        db.with(albums)
            .with(artists)
            .select(albumCount, artistCount)
            .from(albums)
            .crossJoin(artists)
            .fetchSingle();

    assertThat(counts.value1()).isEqualTo(347);
    assertThat(counts.value2()).isEqualTo(275);
  }

  @Test
  void onDuplicateKeyIgnoreSkipsAndOnDuplicateKeyUpdateUpdates() {
    RolledBack.run(
        db,
        tx -> {
          int ignored =
              tx.insertInto(GENRE, GENRE.GENRE_ID, GENRE.NAME)
                  .values(1, "Not Rock")
                  .onDuplicateKeyIgnore()
                  .execute();
          int updated =
              tx.insertInto(GENRE, GENRE.GENRE_ID, GENRE.NAME)
                  .values(1, "Rock and Roll")
                  .onDuplicateKeyUpdate()
                  .set(GENRE.NAME, "Rock and Roll")
                  .execute();

          if (ChinookDatabase.mysql()) {
            // the server's counts (docs/mysql.md): found rows count 1, an updated row 2
            assertThat(ignored).isEqualTo(1);
            assertThat(updated).isEqualTo(2);
          } else {
            assertThat(ignored).isZero();
            assertThat(updated).isEqualTo(1);
          }
          assertThat(tx.fetchValue(select(GENRE.NAME).from(GENRE).where(GENRE.GENRE_ID.eq(1))))
              .isEqualTo("Rock and Roll");
        });

    assertThat(db.fetchValue(select(GENRE.NAME).from(GENRE).where(GENRE.GENRE_ID.eq(1))))
        .isEqualTo("Rock");
  }

  @Test
  void returningResultReadsTypedRowsOfTheReturnedFields() {
    RolledBack.run(
        db,
        tx -> {
          Integer id =
              tx.insertInto(GENRE)
                  .set(GENRE.NAME, "Polka")
                  .returningResult(GENRE.GENRE_ID)
                  .fetchOne()
                  .value1();
          dev.rex.dsl.Record row =
              tx.insertInto(GENRE)
                  .set(GENRE.NAME, "Yodel")
                  .returningResult(GENRE.GENRE_ID, GENRE.NAME)
                  .fetchSingle();

          assertThat(id).isGreaterThan(25);
          assertThat(row.get(GENRE.NAME)).isEqualTo("Yodel");
          assertThat(row.get(GENRE.GENRE_ID)).isEqualTo(id + 1);
        });
  }
}
