package dev.rex.it;

import static dev.rex.dsl.DSL.row;
import static dev.rex.dsl.DSL.select;
import static dev.rex.it.chinook.Tables.ALBUM;
import static dev.rex.it.chinook.Tables.TRACK;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rex.Rex;
import dev.rex.RexSettings;
import dev.rex.dsl.Row2;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Row order ({@code lt}, {@code le}, {@code gt}, {@code ge}, {@code between}) and {@code in} over a
 * collection or a subquery, on real Chinook data; each result is checked against the same question
 * answered in Java over all the rows, or written another way in SQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JooqRowOrderTest {

  /** A track's (album, track) key, ordered as SQL orders rows: field by field. */
  record Key(int album, int track) {}

  private static final Comparator<Key> ROW_ORDER =
      Comparator.comparingInt(Key::album).thenComparingInt(Key::track);

  private final Rex db = ChinookDatabase.connect(RexSettings.defaults());

  private final List<Key> keys =
      db.select(TRACK.ALBUM_ID, TRACK.TRACK_ID)
          .from(TRACK)
          .where(TRACK.ALBUM_ID.isNotNull())
          .fetch(r -> new Key(r.value1(), r.value2()));

  @AfterAll
  void close() {
    db.close();
  }

  private int count(Predicate<Key> predicate) {
    return (int) keys.stream().filter(predicate).count();
  }

  private int tracks(dev.rex.dsl.Condition condition) {
    return db.fetchCount(TRACK, TRACK.ALBUM_ID.isNotNull().and(condition));
  }

  @Test
  void rowsCompareInRowOrder() {
    Row2<Integer, Integer> key = row(TRACK.ALBUM_ID, TRACK.TRACK_ID);
    Key pivot = new Key(2, 10);

    assertThat(tracks(key.lt(2, 10))).isEqualTo(count(k -> ROW_ORDER.compare(k, pivot) < 0));
    assertThat(tracks(key.le(row(2, 10)))).isEqualTo(count(k -> ROW_ORDER.compare(k, pivot) <= 0));
    assertThat(tracks(key.gt(2, 10))).isEqualTo(count(k -> ROW_ORDER.compare(k, pivot) > 0));
    assertThat(tracks(key.ge(row(2, 10)))).isEqualTo(count(k -> ROW_ORDER.compare(k, pivot) >= 0));
    assertThat(tracks(key.lt(2, 10))).isBetween(1, keys.size() - 1);
  }

  @Test
  void betweenIncludesBothBoundsInRowOrder() {
    Row2<Integer, Integer> key = row(TRACK.ALBUM_ID, TRACK.TRACK_ID);
    Key low = new Key(1, 5);
    Key high = new Key(3, 8);
    Predicate<Key> inside = k -> ROW_ORDER.compare(k, low) >= 0 && ROW_ORDER.compare(k, high) <= 0;

    List<Integer> between =
        db.select(TRACK.TRACK_ID)
            .from(TRACK)
            .where(key.between(row(1, 5)).and(row(3, 8)))
            .orderBy(TRACK.TRACK_ID)
            .fetch(TRACK.TRACK_ID);
    int notBetween = tracks(key.notBetween(1, 5).and(3, 8));

    assertThat(between)
        .containsExactlyElementsOf(keys.stream().filter(inside).map(Key::track).sorted().toList());
    assertThat(between).contains(5, 8, 4).doesNotContain(15);
    assertThat(notBetween).isEqualTo(keys.size() - between.size());
  }

  @Test
  void inTakesACollectionOfRows() {
    List<Row2<Integer, Integer>> wanted = List.of(row(1, 1), row(1, 6), row(2, 2), row(2, 99));

    List<Integer> in =
        db.select(TRACK.TRACK_ID)
            .from(TRACK)
            .where(row(TRACK.ALBUM_ID, TRACK.TRACK_ID).in(wanted))
            .orderBy(TRACK.TRACK_ID)
            .fetch(TRACK.TRACK_ID);
    int notIn = tracks(row(TRACK.ALBUM_ID, TRACK.TRACK_ID).notIn(wanted));

    assertThat(in).containsExactly(1, 2, 6);
    assertThat(notIn).isEqualTo(keys.size() - 3);
  }

  @Test
  void inTakesASubqueryOfTheSameDegree() {
    Row2<Integer, Integer> album = row(ALBUM.ARTIST_ID, ALBUM.ALBUM_ID);
    int firstArtist = db.fetchCount(ALBUM, ALBUM.ARTIST_ID.eq(1));

    int in =
        db.fetchCount(
            ALBUM,
            row(ALBUM.ARTIST_ID, ALBUM.ALBUM_ID)
                .in(
                    select(ALBUM.ARTIST_ID, ALBUM.ALBUM_ID)
                        .from(ALBUM)
                        .where(ALBUM.ARTIST_ID.eq(1))));
    int notIn =
        db.fetchCount(
            ALBUM,
            album.notIn(
                select(ALBUM.ARTIST_ID, ALBUM.ALBUM_ID).from(ALBUM).where(ALBUM.ARTIST_ID.eq(1))));
    int tracksOfFirstArtistOnMediaType1 =
        db.fetchCount(
            TRACK,
            row(TRACK.ALBUM_ID, TRACK.MEDIA_TYPE_ID)
                .in(
                    select(ALBUM.ALBUM_ID, ALBUM.ARTIST_ID)
                        .from(ALBUM)
                        .where(ALBUM.ARTIST_ID.eq(1))));
    int writtenAnotherWay =
        db.fetchCount(
            TRACK,
            TRACK
                .ALBUM_ID
                .in(select(ALBUM.ALBUM_ID).from(ALBUM).where(ALBUM.ARTIST_ID.eq(1)))
                .and(TRACK.MEDIA_TYPE_ID.eq(1)));

    assertThat(firstArtist).isPositive();
    assertThat(in).isEqualTo(firstArtist);
    assertThat(notIn).isEqualTo(db.fetchCount(ALBUM) - firstArtist);
    assertThat(tracksOfFirstArtistOnMediaType1).isEqualTo(writtenAnotherWay).isPositive();
  }
}
