package dev.rex.it;

import static dev.rex.dsl.DSL.excluded;
import static dev.rex.it.chinook.Tables.ALBUM;
import static dev.rex.it.chinook.Tables.ARTIST;
import static dev.rex.it.chinook.Tables.PLAYLIST;
import static dev.rex.it.chinook.Tables.PLAYLIST_TRACK;
import static dev.rex.it.chinook.Tables.TRACK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rex.Database;
import dev.rex.Rex;
import dev.rex.RexSettings;
import dev.rex.TransactionalRunnable;
import dev.rex.dsl.exception.ForeignKeyViolationException;
import dev.rex.dsl.exception.NotNullViolationException;
import dev.rex.it.chinook.tables.records.AlbumRecord;
import dev.rex.it.chinook.tables.records.ArtistRecord;
import dev.rex.it.chinook.tables.records.PlaylistTrackRecord;
import dev.rex.it.chinook.tables.records.TrackRecord;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Writes on generated Chinook code. Each test runs in a transaction that is rolled back at the end,
 * so the shared database stays as migrated.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChinookWritesTest {

  private final Rex db = ChinookDatabase.connect(RexSettings.defaults());

  private void rolledBack(TransactionalRunnable body) {
    RolledBack.run(db, body);
  }

  @AfterAll
  void close() {
    db.close();
  }

  @Test
  void insertsUpdatesAndDeletesRecords() {
    rolledBack(
        tx -> {
          ArtistRecord artist = tx.newRecord(ARTIST).setName("Nina Simone");
          artist.store();
          // Keys come from the database: a sequence on PostgreSQL (not rolled back, so the
          // value depends on earlier tests), AUTOINCREMENT on SQLite.
          int id = artist.getArtistId();
          assertThat(id).isGreaterThan(275);

          artist.setName("Nina Simone (Live)").store();
          assertThat(tx.fetchById(ARTIST, id))
              .map(ArtistRecord::getName)
              .contains("Nina Simone (Live)");

          assertThat(artist.delete()).isEqualTo(1);
          assertThat(tx.fetchById(ARTIST, id)).isEmpty();
        });
    assertThat(db.fetchCount(ARTIST)).isEqualTo(275);
  }

  @Test
  void insertReturningAndTypedMultiRowValues() {
    rolledBack(
        tx -> {
          Integer id =
              tx.insertInto(ARTIST)
                  .set(ARTIST.NAME, "Miles Davis")
                  .returning(ARTIST.ARTIST_ID)
                  .fetchOne(ARTIST.ARTIST_ID);
          int albums =
              tx.insertInto(ALBUM, ALBUM.TITLE, ALBUM.ARTIST_ID)
                  .values("Kind of Blue", id)
                  .values("Bitches Brew", id)
                  .execute();

          assertThat(albums).isEqualTo(2);
          assertThat(tx.fetchCount(ALBUM, ALBUM.ARTIST_ID.eq(id))).isEqualTo(2);
        });
  }

  /**
   * Generated records keep Integer columns in int fields with a bit each for "has a value": null, 0
   * and the extremes must still come back apart, whether a value was read, set, stored or never
   * given, and a NOT NULL column missing from an outer join's row stays null.
   */
  @Test
  void intColumnsKeepNullZeroAndExtremesApart() {
    rolledBack(
        tx -> {
          TrackRecord track =
              tx.newRecord(TRACK)
                  .setName("Silence")
                  .setMediaTypeId(1)
                  .setMilliseconds(Integer.MIN_VALUE)
                  .setBytes(0)
                  .setUnitPrice(new BigDecimal("0.99"));
          assertThat(track.getTrackId()).isNull();
          assertThat(track.getAlbumId()).isNull();
          assertThat(track.changed(TRACK.TRACK_ID)).isFalse();
          track.store();
          int id = track.getTrackId();

          TrackRecord read = tx.selectFrom(TRACK).where(TRACK.TRACK_ID.eq(id)).fetchSingle();
          assertThat(read.getAlbumId()).isNull();
          assertThat(read.getGenreId()).isNull();
          assertThat(read.getBytes()).isZero();
          assertThat(read.getMilliseconds()).isEqualTo(Integer.MIN_VALUE);
          assertThat(read.get(TRACK.GENRE_ID)).isNull();
          assertThat(read.changed()).isFalse();
          assertThat(read).isEqualTo(tx.fetchById(TRACK, id).orElseThrow()).isEqualTo(track);

          read.setBytes(null).setGenreId(1).setMilliseconds(Integer.MAX_VALUE);
          assertThat(read.changed(TRACK.BYTES)).isTrue();
          assertThat(read.getBytes()).isNull();
          read.store();
          TrackRecord stored = tx.fetchById(TRACK, id).orElseThrow();
          assertThat(stored.intoArray())
              .containsExactly(
                  id, "Silence", null, 1, 1, null, Integer.MAX_VALUE, null, new BigDecimal("0.99"));

          AlbumRecord album = tx.newRecord(ALBUM).setTitle("No tracks yet").setArtistId(1);
          album.store();
          TrackRecord missing =
              tx.select(ALBUM.TITLE, TRACK.TRACK_ID, TRACK.MILLISECONDS)
                  .from(ALBUM)
                  .leftJoin(TRACK)
                  .on(TRACK.ALBUM_ID.eq(ALBUM.ALBUM_ID))
                  .where(ALBUM.ALBUM_ID.eq(album.getAlbumId()))
                  .fetchSingle()
                  .into(TRACK);
          assertThat(missing.getTrackId()).isNull();
          assertThat(missing.getMilliseconds()).isNull();
        });
  }

  @Test
  void upsertsOnACompositeKey() {
    rolledBack(
        tx -> {
          int inserted =
              tx.insertInto(PLAYLIST_TRACK, PLAYLIST_TRACK.PLAYLIST_ID, PLAYLIST_TRACK.TRACK_ID)
                  .values(1, 1)
                  .values(1, 2)
                  .values(2, 1)
                  .onConflictDoNothing()
                  .execute();
          tx.insertInto(PLAYLIST, PLAYLIST.PLAYLIST_ID, PLAYLIST.NAME)
              .values(1, "Favourites")
              .onConflict(PLAYLIST.PLAYLIST_ID)
              .doUpdate()
              .set(PLAYLIST.NAME, excluded(PLAYLIST.NAME))
              .execute();

          // MySQL and MariaDB count the duplicates left as they were too (found rows).
          assertThat(inserted).as("only (2, 1) is new").isEqualTo(ChinookDatabase.mysql() ? 3 : 1);
          assertThat(tx.fetchById(PLAYLIST, 1).orElseThrow().getName()).isEqualTo("Favourites");
        });
  }

  @Test
  void batchInsertsRecords() {
    rolledBack(
        tx -> {
          List<PlaylistTrackRecord> rows = new ArrayList<>();
          tx.insertInto(PLAYLIST, PLAYLIST.NAME).values("Everything").execute();
          int playlist =
              tx.select(PLAYLIST.PLAYLIST_ID)
                  .from(PLAYLIST)
                  .where(PLAYLIST.NAME.eq("Everything"))
                  .fetchSingle(PLAYLIST.PLAYLIST_ID);
          for (Integer track : tx.select(TRACK.TRACK_ID).from(TRACK).fetch(TRACK.TRACK_ID)) {
            rows.add(new PlaylistTrackRecord().setPlaylistId(playlist).setTrackId(track));
          }

          assertThat(tx.batchInsert(rows)).hasSize(3503);
          assertThat(tx.fetchCount(PLAYLIST_TRACK, PLAYLIST_TRACK.PLAYLIST_ID.eq(playlist)))
              .isEqualTo(3503);
        });
  }

  @Test
  void updatesWithArithmeticAndReturning() {
    assumeTrue(ChinookDatabase.supportsReturning(), ChinookDatabase.NO_RETURNING);
    rolledBack(
        tx -> {
          List<BigDecimal> prices =
              tx.update(TRACK)
                  .set(TRACK.UNIT_PRICE, TRACK.UNIT_PRICE.times(2))
                  .where(TRACK.ALBUM_ID.eq(1))
                  .returning(TRACK.UNIT_PRICE)
                  .fetch(TRACK.UNIT_PRICE);

          assertThat(prices)
              .hasSize(10)
              .allSatisfy(p -> assertThat(p).isEqualByComparingTo("1.98"));
        });
  }

  @Test
  void refusesOrphansAndMissingValuesWithTypedErrors() {
    assertThatThrownBy(
            () ->
                db.insertInto(ALBUM, ALBUM.TITLE, ALBUM.ARTIST_ID).values("Orphan", 9999).execute())
        .isInstanceOf(ForeignKeyViolationException.class);
    assertThatThrownBy(() -> db.insertInto(ALBUM).set(ALBUM.ARTIST_ID, 1).execute())
        .isInstanceOf(NotNullViolationException.class)
        .hasMessageContaining("itle");
    assertThat(db.fetchCount(ALBUM)).isEqualTo(347);
  }

  @Test
  void nestedTransactionsUseSavepoints() {
    rolledBack(
        (Database tx) -> {
          tx.insertInto(ARTIST).set(ARTIST.NAME, "Kept").execute();
          assertThatThrownBy(
                  () ->
                      tx.transaction(
                          inner -> {
                            inner.insertInto(ARTIST).set(ARTIST.NAME, "Dropped").execute();
                            throw new IllegalStateException("inner");
                          }))
              .hasMessage("inner");
          assertThat(tx.fetchCount(ARTIST)).isEqualTo(276);
        });
  }
}
