package dev.rex.it;

import static dev.rex.dsl.DSL.multiset;
import static dev.rex.dsl.DSL.row;
import static dev.rex.dsl.DSL.select;
import static dev.rex.dsl.Records.mapping;
import static dev.rex.it.chinook.Tables.ALBUM;
import static dev.rex.it.chinook.Tables.ARTIST;
import static dev.rex.it.chinook.Tables.TRACK;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rex.Rex;
import dev.rex.RexSettings;
import dev.rex.dsl.Field;
import dev.rex.dsl.Record2;
import dev.rex.dsl.Result;
import dev.rex.dsl.Row2;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Row value expressions as jOOQ writes them ({@code row(a, b).eq/in/ne}, {@code
 * row(…).mapping(Ctor::new)}), on real Chinook data; the same source runs on every dialect.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JooqRowsTest {

  record ArtistView(Integer id, String name) {}

  record TrackView(String name, String composer) {}

  record AlbumView(String title, ArtistView artist) {}

  private final Rex db = ChinookDatabase.connect(RexSettings.defaults());

  @AfterAll
  void close() {
    db.close();
  }

  @Test
  void rowsCompareFieldByField() {
    Row2<Integer, String> album = row(ALBUM.ARTIST_ID, ALBUM.TITLE);

    List<Integer> in =
        db.select(ALBUM.ALBUM_ID)
            .from(ALBUM)
            .where(
                album.in(
                    row(1, "For Those About To Rock We Salute You"),
                    row(2, "Balls to the Wall"),
                    row(1, "Balls to the Wall")))
            .orderBy(ALBUM.ALBUM_ID)
            .fetch(ALBUM.ALBUM_ID);
    List<Integer> eq =
        db.select(ALBUM.ALBUM_ID)
            .from(ALBUM)
            .where(album.eq(2, "Balls to the Wall"))
            .fetch(ALBUM.ALBUM_ID);
    int ne = db.fetchCount(ALBUM, row(ALBUM.ALBUM_ID, ALBUM.ARTIST_ID).ne(1, 1));
    int notIn =
        db.fetchCount(ALBUM, row(ALBUM.ALBUM_ID, ALBUM.ARTIST_ID).notIn(row(1, 1), row(2, 2)));
    int none = db.fetchCount(ALBUM, row(ALBUM.ALBUM_ID, ALBUM.ARTIST_ID).in());

    assertThat(in).containsExactly(1, 2);
    assertThat(eq).containsExactly(2);
    assertThat(ne).isEqualTo(db.fetchCount(ALBUM) - 1);
    assertThat(notIn).isEqualTo(db.fetchCount(ALBUM) - 2);
    assertThat(none).isZero();
  }

  @Test
  void rowsCompareWithOtherColumnsOfAJoin() {
    int same =
        db.fetchCount(
            select(ALBUM.ALBUM_ID)
                .from(ALBUM)
                .join(ARTIST)
                .on(row(ALBUM.ARTIST_ID).eq(row(ARTIST.ARTIST_ID)))
                .where(row(ALBUM.ALBUM_ID, ARTIST.NAME).in(row(1, "AC/DC"), row(4, "AC/DC"))));

    assertThat(same).isEqualTo(2);
  }

  @Test
  void mappingReadsARowAsOneTypedValue() {
    Field<ArtistView> artist = row(ARTIST.ARTIST_ID, ARTIST.NAME).mapping(ArtistView::new);
    List<Record2<String, ArtistView>> albums =
        db.select(ALBUM.TITLE, artist)
            .from(ALBUM)
            .join(ARTIST)
            .on(ALBUM.ARTIST_ID.eq(ARTIST.ARTIST_ID))
            .where(ALBUM.ALBUM_ID.le(3))
            .orderBy(ALBUM.ALBUM_ID)
            .fetch();
    List<AlbumView> views =
        db.select(row(ALBUM.TITLE, artist).mapping(AlbumView::new))
            .from(ALBUM)
            .join(ARTIST)
            .on(ALBUM.ARTIST_ID.eq(ARTIST.ARTIST_ID))
            .where(ALBUM.ALBUM_ID.eq(2))
            .fetch(r -> r.value1());

    assertThat(albums)
        .extracting(Record2::value2)
        .containsExactly(
            new ArtistView(1, "AC/DC"), new ArtistView(2, "Accept"), new ArtistView(2, "Accept"));
    assertThat(albums.get(0).value1()).isEqualTo("For Those About To Rock We Salute You");
    assertThat(views)
        .containsExactly(new AlbumView("Balls to the Wall", new ArtistView(2, "Accept")));
  }

  @Test
  void convertFromMapsANestedResultIntoJavaTypes() {
    record Credit(Integer id, String title) {}
    List<List<Credit>> credits =
        db.select(
                multiset(
                        select(ALBUM.ALBUM_ID, ALBUM.TITLE)
                            .from(ALBUM)
                            .where(ALBUM.ARTIST_ID.eq(ARTIST.ARTIST_ID))
                            .orderBy(ALBUM.ALBUM_ID))
                    .convertFrom(r -> r.map(mapping(Credit::new))))
            .from(ARTIST)
            .where(ARTIST.ARTIST_ID.in(1, 2))
            .orderBy(ARTIST.ARTIST_ID)
            .fetch(r -> r.value1());
    List<String> upper =
        db.select(ARTIST.NAME.convertFrom(name -> name.toUpperCase(java.util.Locale.ROOT)))
            .from(ARTIST)
            .where(ARTIST.ARTIST_ID.eq(1))
            .fetch(r -> r.value1());
    Integer noComposer =
        db.select(TRACK.COMPOSER.convertFrom(String::length))
            .from(TRACK)
            .where(TRACK.COMPOSER.isNull())
            .limit(1)
            .fetchSingle()
            .value1();

    assertThat(credits)
        .containsExactly(
            List.of(
                new Credit(1, "For Those About To Rock We Salute You"),
                new Credit(4, "Let There Be Rock")),
            List.of(new Credit(2, "Balls to the Wall"), new Credit(3, "Restless and Wild")));
    assertThat(upper).containsExactly("AC/DC");
    assertThat(noComposer).isNull();
  }

  @Test
  void mappedRowsNestInsideMultisetsAndKeepNulls() {
    Result<?> tracks =
        db.select(
                multiset(
                    select(row(TRACK.NAME, TRACK.COMPOSER).mapping(TrackView::new))
                        .from(TRACK)
                        .where(TRACK.ALBUM_ID.eq(ALBUM.ALBUM_ID))
                        .orderBy(TRACK.TRACK_ID)))
            .from(ALBUM)
            .where(ALBUM.ALBUM_ID.eq(3))
            .fetchSingle()
            .value1();
    List<TrackView> views = tracks.map(r -> (TrackView) r.get(0));
    List<TrackView> expected =
        db.select(TRACK.NAME, TRACK.COMPOSER)
            .from(TRACK)
            .where(TRACK.ALBUM_ID.eq(3))
            .orderBy(TRACK.TRACK_ID)
            .fetch(r -> new TrackView(r.value1(), r.value2()));

    assertThat(views).isEqualTo(expected).hasSize(3);
    TrackView noComposer =
        db.select(row(TRACK.NAME, TRACK.COMPOSER).mapping(TrackView::new))
            .from(TRACK)
            .where(TRACK.COMPOSER.isNull())
            .orderBy(TRACK.TRACK_ID)
            .limit(1)
            .fetchSingle()
            .value1();
    assertThat(noComposer.composer()).isNull();
    assertThat(noComposer.name()).isNotNull();
  }
}
