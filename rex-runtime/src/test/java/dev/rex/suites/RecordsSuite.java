package dev.rex.suites;

import static dev.rex.dsl.DSL.excluded;
import static dev.rex.fixtures.Album.ALBUM;
import static dev.rex.fixtures.Artist.ARTIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.dsl.Result;
import dev.rex.dsl.TableRecord;
import dev.rex.dsl.UpdatableRecord;
import dev.rex.dsl.exception.NoDataFoundException;
import dev.rex.fixtures.AlbumRecord;
import dev.rex.fixtures.ArtistRecord;
import dev.rex.testing.DatabaseTest;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Writing: INSERT / UPDATE / DELETE statements, upserts, RETURNING and record CRUD. */
public abstract class RecordsSuite extends DatabaseTest {

  @Test
  void insertReturnsTheGeneratedKey() {
    Integer id =
        db.insertInto(ARTIST)
            .set(ARTIST.NAME, "Nina")
            .returning(ARTIST.ARTIST_ID)
            .fetchOne(ARTIST.ARTIST_ID);

    assertThat(id).isEqualTo(1);
    assertThat(db.fetchById(ARTIST, 1)).map(ArtistRecord::getName).contains("Nina");
  }

  @Test
  void insertsSeveralRowsWithTypedValues() {
    int inserted =
        db.insertInto(ARTIST, ARTIST.NAME).values("Nina").values("Miles").values("Björk").execute();

    assertThat(inserted).isEqualTo(3);
    assertThat(db.fetchCount(ARTIST)).isEqualTo(3);
  }

  @Test
  void upsertUpdatesTheConflictingRow() {
    db.insertInto(ARTIST, ARTIST.ARTIST_ID, ARTIST.NAME).values(1, "Nina").execute();

    db.insertInto(ARTIST, ARTIST.ARTIST_ID, ARTIST.NAME)
        .values(1, "Nina Simone")
        .onConflict(ARTIST.ARTIST_ID)
        .doUpdate()
        .set(ARTIST.NAME, excluded(ARTIST.NAME))
        .execute();
    db.insertInto(ARTIST, ARTIST.ARTIST_ID, ARTIST.NAME)
        .values(1, "ignored")
        .onConflictDoNothing()
        .execute();

    assertThat(db.selectFrom(ARTIST).fetch(ARTIST.NAME)).containsExactly("Nina Simone");
  }

  @Test
  void updatesAndDeletesReturnTheirRows() {
    db.insertInto(ARTIST, ARTIST.NAME).values("Nina").values("Miles").execute();

    Result<ArtistRecord> renamed =
        db.update(ARTIST)
            .set(ARTIST.NAME, "Nina Simone")
            .where(ARTIST.NAME.eq("Nina"))
            .returning()
            .fetch();
    List<Integer> deleted =
        db.deleteFrom(ARTIST)
            .where(ARTIST.NAME.eq("Miles"))
            .returning(ARTIST.ARTIST_ID)
            .fetch(ARTIST.ARTIST_ID);

    assertThat(renamed).extracting(ArtistRecord::getName).containsExactly("Nina Simone");
    assertThat(deleted).containsExactly(2);
    assertThat(db.fetchCount(ARTIST)).isEqualTo(1);
  }

  @Test
  void updateReadsAnotherTableWithFrom() {
    db.insertInto(ARTIST, ARTIST.NAME).values("Nina").execute();
    db.insertInto(ALBUM, ALBUM.TITLE, ALBUM.ARTIST_ID, ALBUM.PRICE)
        .values("Pastel Blues", 1, new BigDecimal("7.00"))
        .execute();

    int updated =
        db.update(ALBUM)
            .set(ALBUM.TITLE, "Pastel Blues (Remastered)")
            .from(ARTIST)
            .where(ARTIST.ARTIST_ID.eq(ALBUM.ARTIST_ID), ARTIST.NAME.eq("Nina"))
            .execute();

    assertThat(updated).isEqualTo(1);
    assertThat(db.select(ALBUM.TITLE).from(ALBUM).fetchSingle().value1())
        .isEqualTo("Pastel Blues (Remastered)");
  }

  @Test
  void storesANewRecordAndReadsBackKeysAndDefaults() {
    ArtistRecord artist = db.newRecord(ARTIST).setName("Nina");

    artist.store();

    assertThat(artist.getArtistId()).isEqualTo(1);
    assertThat(artist.changed()).isFalse();
  }

  @Test
  void storeUpdatesARecordThatCameFromTheDatabase() {
    db.newRecord(ARTIST).setName("Nina").store();
    ArtistRecord artist = db.fetchById(ARTIST, 1).orElseThrow();

    artist.setName("Nina Simone");
    int updated = artist.store();

    assertThat(updated).isEqualTo(1);
    assertThat(db.fetchById(ARTIST, 1)).map(ArtistRecord::getName).contains("Nina Simone");
    assertThat(db.fetchCount(ARTIST)).isEqualTo(1);
  }

  @Test
  void changingTheKeyOfAStoredRecordMovesItsRow() {
    ArtistRecord artist = db.newRecord(ARTIST).setName("Nina");
    artist.store();

    artist.setArtistId(7).store();

    assertThat(db.fetchById(ARTIST, 1)).isEmpty();
    assertThat(db.fetchById(ARTIST, 7)).isPresent();
  }

  @Test
  void deletesAndRefreshesRecords() {
    ArtistRecord artist = db.newRecord(ARTIST).setName("Nina");
    artist.store();
    db.update(ARTIST).set(ARTIST.NAME, "Changed elsewhere").execute();

    artist.refresh();
    assertThat(artist.getName()).isEqualTo("Changed elsewhere");

    assertThat(artist.delete()).isEqualTo(1);
    assertThat(db.fetchCount(ARTIST)).isZero();
    assertThatThrownBy(artist::refresh).isInstanceOf(NoDataFoundException.class);
  }

  @Test
  void recordsHeldThroughThePublicInterfacesWriteAndValidateThemselves() {
    UpdatableRecord<?> first = db.newRecord(ARTIST).set(ARTIST.NAME, "Nina");
    List<UpdatableRecord<?>> batch =
        List.of(new ArtistRecord().setName("Abba"), new ArtistRecord().setName("Queen"));

    assertThat(first.validate()).isEmpty();
    assertThat(first.store()).isEqualTo(1);
    assertThat(db.batchInsert(batch)).containsExactly(1, 1);
    TableRecord<?> read = db.fetchById(ARTIST, 1).orElseThrow();

    assertThat(read.table()).isEqualTo(ARTIST);
    assertThat(read.get(ARTIST.NAME)).isEqualTo("Nina");
    assertThat(read.changed()).isFalse();
    assertThat(batch).allSatisfy(record -> assertThat(record.changed()).isFalse());
    assertThat(db.fetchCount(ARTIST)).isEqualTo(3);
  }

  @Test
  void insertsNullsAndDecimals() {
    db.newRecord(ARTIST).setName("Nina").store();
    AlbumRecord album = db.newRecord(ALBUM).setTitle("Untitled").setArtistId(1).setPrice(null);

    album.store();

    AlbumRecord read = db.fetchById(ALBUM, album.getAlbumId()).orElseThrow();
    assertThat(read.getPrice()).isNull();
    assertThat(read.getReleased()).isNull();
  }

  @Test
  void updatingNothingSendsNoStatement() {
    db.newRecord(ARTIST).setName("Nina").store();
    ArtistRecord artist = db.fetchById(ARTIST, 1).orElseThrow();
    statements.clear();

    assertThat(artist.update()).isZero();
    assertThat(statements).isEmpty();
  }
}
