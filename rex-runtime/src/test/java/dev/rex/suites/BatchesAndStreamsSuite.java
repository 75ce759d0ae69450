package dev.rex.suites;

import static dev.rex.dsl.DSL.insertInto;
import static dev.rex.fixtures.Album.ALBUM;
import static dev.rex.fixtures.Artist.ARTIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.BatchBindStep;
import dev.rex.fixtures.AlbumRecord;
import dev.rex.fixtures.ArtistRecord;
import dev.rex.testing.DatabaseTest;
import dev.rex.testing.Pools;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Batches of binds and of records, and streaming large results with guaranteed release. */
public abstract class BatchesAndStreamsSuite extends DatabaseTest {

  private void insertArtists(int count) {
    BatchBindStep batch = db.batch(insertInto(ARTIST, ARTIST.NAME).values((String) null));
    for (int i = 0; i < count; i++) {
      batch.bind("Artist " + i);
    }
    assertThat(batch.execute()).hasSize(count);
  }

  @Test
  void runsOneStatementWithManyBindsAsABatch() {
    insertArtists(1000);

    assertThat(db.fetchCount(ARTIST)).isEqualTo(1000);
    assertThat(statements).filteredOn(sql -> sql.startsWith("insert")).hasSize(1);
  }

  @Test
  void refusesABatchRowWithTheWrongNumberOfValues() {
    BatchBindStep batch = db.batch(insertInto(ARTIST, ARTIST.NAME).values((String) null));

    assertThatThrownBy(() -> batch.bind("a", "b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 placeholders but 2 values");
  }

  @Test
  void insertsRecordsInOneBatchPerShape() {
    insertArtists(1);
    List<AlbumRecord> albums = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      AlbumRecord album = new AlbumRecord().setTitle("Album " + i).setArtistId(1);
      if (i % 2 == 0) {
        album.setPrice(new BigDecimal("1.50"));
      }
      albums.add(album);
    }
    statements.clear();

    int[] counts = db.batchInsert(albums);

    assertThat(counts).hasSize(50).containsOnly(1);
    assertThat(statements).hasSize(2);
    assertThat(db.fetchCount(ALBUM, ALBUM.PRICE.isNotNull())).isEqualTo(25);
    assertThat(albums.get(0).changed()).isFalse();
  }

  @Test
  void streamsRowsAndReleasesTheConnectionWhenClosed() {
    insertArtists(500);

    try (Stream<ArtistRecord> artists =
        db.selectFrom(ARTIST).orderBy(ARTIST.ARTIST_ID).fetchSize(50).stream()) {
      List<String> firstTen = artists.limit(10).map(ArtistRecord::getName).toList();

      assertThat(firstTen).hasSize(10).startsWith("Artist 0", "Artist 1").endsWith("Artist 9");
      assertThat(Pools.active(db)).isEqualTo(1);
    }
    assertThat(Pools.active(db)).isZero();
  }

  @Test
  void streamReleasesTheConnectionAfterTheLastRow() {
    insertArtists(120);

    Iterator<ArtistRecord> rows = db.selectFrom(ARTIST).fetchSize(25).stream().iterator();
    int count = 0;
    while (rows.hasNext()) {
      rows.next();
      count++;
    }

    assertThat(count).isEqualTo(120);
    assertThat(Pools.active(db)).isZero();
  }
}
