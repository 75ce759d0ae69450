package dev.rex.it;

import static dev.rex.dsl.DSL.count;
import static dev.rex.dsl.DSL.exists;
import static dev.rex.dsl.DSL.inline;
import static dev.rex.dsl.DSL.max;
import static dev.rex.dsl.DSL.select;
import static dev.rex.dsl.DSL.selectCount;
import static dev.rex.dsl.DSL.selectOne;
import static dev.rex.it.chinook.Tables.ALBUM;
import static dev.rex.it.chinook.Tables.ARTIST;
import static dev.rex.it.chinook.Tables.GENRE;
import static dev.rex.it.chinook.Tables.TRACK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.Rex;
import dev.rex.RexSettings;
import dev.rex.dsl.DSL;
import dev.rex.dsl.Field;
import dev.rex.dsl.Record;
import dev.rex.dsl.Result;
import dev.rex.dsl.exception.InvalidResultException;
import dev.rex.dsl.exception.TooManyRowsException;
import dev.rex.it.chinook.tables.records.AlbumRecord;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * jOOQ's fetch shortcuts, transactions written the jOOQ way, and its long comparison and text
 * predicates, on real Chinook data; the same source runs on every dialect with the same results.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JooqFetchTest {

  private final Rex db = ChinookDatabase.connect(RexSettings.defaults());

  @AfterAll
  void close() {
    db.close();
  }

  @Test
  void selectCountSelectOneAndFetchValue() {
    Integer tracks = db.fetchValue(selectCount().from(TRACK));
    Integer acdc =
        db.selectCount().from(ALBUM).where(ALBUM.ARTIST_ID.eq(1)).fetchOne(0, Integer.class);
    Integer longest = db.fetchValue(select(max(TRACK.MILLISECONDS)).from(TRACK));
    boolean any = db.fetchExists(selectOne().from(ARTIST).where(ARTIST.NAME.eq("AC/DC")));
    Integer none = db.fetchValue(select(ALBUM.ALBUM_ID).from(ALBUM).where(ALBUM.ALBUM_ID.eq(-1)));

    assertThat(tracks).isEqualTo(3503);
    assertThat(acdc).isEqualTo(2);
    assertThat(longest).isEqualTo(5286953);
    assertThat(any).isTrue();
    assertThat(none).isNull();
    assertThat(db.fetchExists(ARTIST, ARTIST.NAME.eq("Nobody at all"))).isFalse();
    assertThat(db.fetchValue(DSL.val(7))).isEqualTo(7);
    assertThatThrownBy(() -> db.fetchValue(select(ALBUM.TITLE).from(ALBUM)))
        .isInstanceOf(TooManyRowsException.class);
  }

  @Test
  void plainSqlFetchOneAndFetchValueBindTheirValues() {
    // Chinook's names differ per dialect (artist_id, ArtistId): the SQL text takes them from the
    // generated fields.
    String name =
        "select "
            + ARTIST.NAME.getName()
            + " from "
            + ARTIST.getName()
            + " where "
            + ARTIST.ARTIST_ID.getName()
            + " = ?";
    String albums =
        "select count(*) from " + ALBUM.getName() + " where " + ALBUM.ARTIST_ID.getName() + " = ?";
    Record artist = db.fetchOne(name, 1);
    Object count = db.fetchValue(albums, 1);
    Record none = db.fetchOne(name, -1);

    assertThat(artist).isNotNull();
    assertThat(artist.get(0, String.class)).isEqualTo("AC/DC");
    assertThat(((Number) count).intValue()).isEqualTo(2);
    assertThat(none).isNull();
    assertThat(db.fetchSingle(name, 2).get(0)).isEqualTo("Accept");
  }

  @Test
  void fetchArrayMapAndGroups() {
    String[] names =
        db.select(ARTIST.NAME)
            .from(ARTIST)
            .where(ARTIST.ARTIST_ID.le(3))
            .orderBy(ARTIST.ARTIST_ID)
            .fetchArray(ARTIST.NAME);
    Map<Integer, String> titles =
        db.select(ALBUM.ALBUM_ID, ALBUM.TITLE)
            .from(ALBUM)
            .where(ALBUM.ARTIST_ID.eq(1))
            .orderBy(ALBUM.ALBUM_ID)
            .fetchMap(ALBUM.ALBUM_ID, ALBUM.TITLE);
    Map<Integer, AlbumRecord> byId =
        db.selectFrom(ALBUM).where(ALBUM.ARTIST_ID.eq(1)).fetchMap(ALBUM.ALBUM_ID);
    Map<Integer, List<String>> byArtist =
        db.select(ALBUM.ARTIST_ID, ALBUM.TITLE)
            .from(ALBUM)
            .where(ALBUM.ARTIST_ID.in(1, 2))
            .orderBy(ALBUM.ALBUM_ID)
            .fetchGroups(ALBUM.ARTIST_ID, ALBUM.TITLE);
    Map<Integer, Result<AlbumRecord>> records =
        db.selectFrom(ALBUM).where(ALBUM.ARTIST_ID.in(1, 2)).fetchGroups(ALBUM.ARTIST_ID);

    assertThat(names).containsExactly("AC/DC", "Accept", "Aerosmith");
    assertThat(titles)
        .containsExactly(
            Map.entry(1, "For Those About To Rock We Salute You"),
            Map.entry(4, "Let There Be Rock"));
    assertThat(byId.get(4).getTitle()).isEqualTo("Let There Be Rock");
    assertThat(byArtist)
        .containsExactly(
            Map.entry(1, List.of("For Those About To Rock We Salute You", "Let There Be Rock")),
            Map.entry(2, List.of("Balls to the Wall", "Restless and Wild")));
    assertThat(records.get(2)).hasSize(2);
    assertThat(db.selectFrom(ALBUM).where(ALBUM.ARTIST_ID.eq(1)).fetchSet(ALBUM.ARTIST_ID))
        .containsExactly(1);
    assertThatThrownBy(() -> db.selectFrom(ALBUM).fetchMap(ALBUM.ARTIST_ID))
        .isInstanceOf(InvalidResultException.class)
        .hasMessageContaining("is not unique");
  }

  @Test
  void transactionsWrittenTheJooqWayRunOnTheTransaction() {
    RolledBack.run(
        db,
        cfg -> {
          DSL.using(cfg).insertInto(GENRE).set(GENRE.NAME, "Polka").execute();
          cfg.dsl().insertInto(GENRE).set(GENRE.NAME, "Yodel").execute();
          DSL.using(cfg.configuration())
              .transaction(
                  nested -> nested.dsl().insertInto(GENRE).set(GENRE.NAME, "Fado").execute());
          assertThat(cfg.fetchCount(GENRE, GENRE.NAME.in("Polka", "Yodel", "Fado"))).isEqualTo(3);
        });
    // The shape jOOQ code has, committed: it sets the name genre 1 has already.
    db.transaction(
        cfg ->
            DSL.using(cfg)
                .update(GENRE)
                .set(GENRE.NAME, "Rock")
                .where(GENRE.GENRE_ID.eq(1))
                .execute());
    int kept =
        db.transactionResult(
            cfg -> DSL.using(cfg).fetchCount(GENRE, GENRE.NAME.in("Polka", "Yodel", "Fado")));

    assertThat(kept).isZero();
  }

  @Test
  void longComparisonNamesMeanTheShortOnes() {
    assertThat(db.fetchCount(TRACK, TRACK.ALBUM_ID.equal(1))).isEqualTo(10);
    assertThat(db.fetchCount(TRACK, TRACK.ALBUM_ID.notEqual(1))).isEqualTo(3493);
    assertThat(db.fetchCount(TRACK, TRACK.MILLISECONDS.greaterOrEqual(5286953))).isEqualTo(1);
    assertThat(db.fetchCount(TRACK, TRACK.MILLISECONDS.greaterThan(5286953))).isZero();
    assertThat(db.fetchCount(TRACK, TRACK.MILLISECONDS.lessThan(300_000)))
        .isEqualTo(db.fetchCount(TRACK, TRACK.MILLISECONDS.lt(300_000)))
        .isPositive();
    assertThat(db.fetchCount(TRACK, TRACK.MILLISECONDS.lessOrEqual(300_000)))
        .isEqualTo(db.fetchCount(TRACK, TRACK.MILLISECONDS.le(300_000)));
    assertThat(db.fetchCount(ALBUM, ALBUM.ALBUM_ID.equal(ALBUM.ARTIST_ID)))
        .isEqualTo(db.fetchCount(ALBUM, ALBUM.ALBUM_ID.eq(ALBUM.ARTIST_ID)))
        .isPositive();
  }

  @Test
  void textPredicatesMatchTheirTextLiterally() {
    assertThat(db.select(GENRE.NAME).from(GENRE).where(GENRE.NAME.contains("&B")).fetch(GENRE.NAME))
        .containsExactly("R&B/Soul");
    assertThat(db.fetchCount(ARTIST, ARTIST.NAME.contains("_"))).isZero();
    assertThat(db.fetchCount(ARTIST, ARTIST.NAME.contains("%"))).isZero();
    assertThat(db.fetchCount(ARTIST, ARTIST.NAME.startsWith("AC/"))).isEqualTo(1);
    assertThat(db.fetchCount(ALBUM, ALBUM.TITLE.endsWith("Rock")))
        .isEqualTo(db.fetchCount(ALBUM, ALBUM.TITLE.like("%Rock")));
    assertThat(
            db.select(ARTIST.NAME)
                .from(ARTIST)
                .where(ARTIST.NAME.equalIgnoreCase("ac/dc"))
                .fetch(ARTIST.NAME))
        .containsExactly("AC/DC");
    assertThat(db.fetchCount(GENRE, GENRE.NAME.containsIgnoreCase("ROCK")))
        .isEqualTo(db.fetchCount(GENRE, GENRE.NAME.likeIgnoreCase("%rock%")));
  }

  @Test
  void inlineWritesNumbersIntoTheSqlText() {
    Field<Integer> one = inline(1);
    String sql = db.render(select(one, inline(true), inline("x")).from(ALBUM)).sql();

    assertThat(sql).startsWith("select 1, true, ?");
    assertThat(db.fetchValue(select(count()).from(ALBUM).where(ALBUM.ARTIST_ID.eq(one))))
        .isEqualTo(2);
    assertThat(db.fetchExists(selectOne().where(exists(selectOne().from(ALBUM))))).isTrue();
  }
}
