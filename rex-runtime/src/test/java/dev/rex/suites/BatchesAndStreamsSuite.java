package dev.rex.suites;

import static dev.rex.dsl.DSL.insertInto;
import static dev.rex.fixtures.Album.ALBUM;
import static dev.rex.fixtures.Artist.ARTIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.BatchBindStep;
import dev.rex.Rex;
import dev.rex.RexSettings;
import dev.rex.dsl.DSL;
import dev.rex.dsl.Record1;
import dev.rex.dsl.SQLDataType;
import dev.rex.dsl.exception.ConnectionException;
import dev.rex.dsl.exception.DataAccessException;
import dev.rex.dsl.exception.InvalidValueException;
import dev.rex.dsl.exception.TransactionClosedException;
import dev.rex.fixtures.AlbumRecord;
import dev.rex.fixtures.ArtistRecord;
import dev.rex.testing.DatabaseTest;
import dev.rex.testing.LogCapture;
import dev.rex.testing.Pools;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Batches of binds and of records, and streaming large results with guaranteed release: streams
 * cannot outlive their transaction, and unclosed ones are reported.
 */
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
  void aStreamThatMeetsAValueItCannotReadFailsTypedAndReleasesItsConnection() {
    insertArtists(3);
    var badDate = DSL.field(DSL.name("name"), SQLDataType.DATE);
    Stream<Record1<LocalDate>> dates = db.select(badDate).from(ARTIST).stream();

    // SQLite: Rex cannot parse the text (InvalidValueException); PostgreSQL: the driver refuses.
    assertThatThrownBy(dates::toList)
        .isInstanceOf(postgres() ? DataAccessException.class : InvalidValueException.class);
    assertThat(Pools.active(db)).isZero();
    dates.close();
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

  @Test
  void aStreamReadAfterItsTransactionEndedFailsClearly() {
    insertArtists(100);

    Stream<ArtistRecord> escaped =
        db.transactionResult(
            tx -> tx.selectFrom(ARTIST).orderBy(ARTIST.ARTIST_ID).fetchSize(10).stream());

    try (escaped) {
      assertThatThrownBy(escaped::count)
          .isInstanceOf(TransactionClosedException.class)
          .hasMessageContaining("opened in a transaction that has already ended");
    }
  }

  @Test
  void aStreamPartlyReadInItsTransactionFailsWhenReadAfterIt() {
    insertArtists(100);

    Iterator<ArtistRecord> rest =
        db.transactionResult(
            tx -> {
              Iterator<ArtistRecord> rows =
                  tx.selectFrom(ARTIST).orderBy(ARTIST.ARTIST_ID).fetchSize(10).stream().iterator();
              for (int i = 0; i < 5; i++) {
                rows.next();
              }
              return rows;
            });

    assertThatThrownBy(rest::hasNext).isInstanceOf(TransactionClosedException.class);
    assertThatThrownBy(rest::hasNext).isInstanceOf(TransactionClosedException.class);
  }

  /** Opens streams, reads one row of each and drops them without closing them. */
  private static void openAndAbandonStreams(Rex database, int count) {
    for (int i = 0; i < count; i++) {
      Iterator<ArtistRecord> rows = database.selectFrom(ARTIST).fetchSize(5).stream().iterator();
      assertThat(rows.next()).isNotNull();
    }
  }

  private static void awaitGarbageCollection(BooleanSupplier done) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!done.getAsBoolean() && System.nanoTime() < deadline) {
      System.gc();
      Thread.sleep(50);
    }
  }

  @Test
  void abandonedStreamsExhaustThePoolUntilCollectedAndAreLoggedWithWhereTheyWereOpened()
      throws Exception {
    insertArtists(50);
    RexSettings small =
        RexSettings.defaults().withMaximumPoolSize(3).withConnectionTimeout(Duration.ofMillis(500));

    try (Rex pool = Rex.connect(url, small);
        LogCapture log = LogCapture.start()) {
      openAndAbandonStreams(pool, 3);

      assertThat(Pools.active(pool)).isEqualTo(3);
      assertThatThrownBy(() -> pool.fetchCount(ARTIST))
          .isInstanceOf(ConnectionException.class)
          .hasMessageContaining("every pooled connection is in use")
          .hasMessageContaining("never closed");

      awaitGarbageCollection(
          () -> Pools.active(pool) == 0 && log.text().split("never closed").length > 3);

      assertThat(Pools.active(pool)).isZero();
      assertThat(pool.fetchCount(ARTIST)).isEqualTo(50);
      assertThat(log.text())
          .contains("WARN dev.rex.stream - A Rex stream was never closed")
          .contains("try-with-resources")
          .contains("The stream was opened here")
          .contains("openAndAbandonStreams");
      Pools.assertNoActiveConnections(pool);
    }
  }

  @Test
  void aClosedOrFinishedStreamIsNotReportedAsAbandoned() throws Exception {
    insertArtists(20);

    try (LogCapture log = LogCapture.start()) {
      try (Stream<ArtistRecord> rows = db.selectFrom(ARTIST).fetchSize(5).stream()) {
        assertThat(rows.limit(2).count()).isEqualTo(2);
      }
      assertThat(db.selectFrom(ARTIST).fetchSize(5).stream().count()).isEqualTo(20);
      for (int i = 0; i < 5; i++) {
        System.gc();
        Thread.sleep(20);
      }

      assertThat(log.text()).doesNotContain("never closed");
    }
  }

  @Test
  void hikariLeakDetectionReportsAConnectionHeldLongerThanTheThreshold() throws Exception {
    assertThatThrownBy(
            () -> RexSettings.defaults().withLeakDetectionThreshold(Duration.ofMillis(500)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 2 seconds");
    RexSettings watched = RexSettings.defaults().withLeakDetectionThreshold(Duration.ofSeconds(2));

    try (Rex pool = Rex.connect(url, watched);
        LogCapture log = LogCapture.start()) {
      try (Stream<ArtistRecord> rows = pool.selectFrom(ARTIST).fetchSize(5).stream()) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!log.text().contains("leak detection triggered") && System.nanoTime() < deadline) {
          Thread.sleep(100);
        }
      }

      assertThat(log.text())
          .contains("Connection leak detection triggered")
          .contains("hikariLeakDetectionReportsAConnectionHeldLongerThanTheThreshold");
      Pools.assertNoActiveConnections(pool);
    }
  }
}
