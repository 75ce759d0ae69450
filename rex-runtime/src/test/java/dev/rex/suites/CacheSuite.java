package dev.rex.suites;

import static dev.rex.dsl.DSL.insertInto;
import static dev.rex.dsl.DSL.multiset;
import static dev.rex.dsl.DSL.resultQuery;
import static dev.rex.dsl.DSL.selectFrom;
import static dev.rex.dsl.DSL.val;
import static dev.rex.fixtures.Album.ALBUM;
import static dev.rex.fixtures.Artist.ARTIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.Rex;
import dev.rex.cache.CacheEvent;
import dev.rex.cache.CacheListener;
import dev.rex.cache.CacheStats;
import dev.rex.dsl.DataType;
import dev.rex.dsl.Record;
import dev.rex.dsl.Record1;
import dev.rex.dsl.Record2;
import dev.rex.dsl.Result;
import dev.rex.dsl.ResultQuery;
import dev.rex.dsl.SQLDataType;
import dev.rex.fixtures.AlbumRecord;
import dev.rex.fixtures.ArtistRecord;
import dev.rex.testing.DatabaseTest;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The opt-in result cache: hits send no SQL, writes invalidate what they make stale. */
public abstract class CacheSuite extends DatabaseTest {

  private int nina;

  @BeforeEach
  void someRows() {
    db.cache().invalidateAll();
    ArtistRecord artist = db.newRecord(ARTIST).setName("Nina");
    artist.store();
    nina = artist.getArtistId();
    db.insertInto(ALBUM, ALBUM.TITLE, ALBUM.ARTIST_ID).values("Pastel Blues", nina).execute();
    statements.clear();
  }

  private ResultQuery<ArtistRecord> artists() {
    return db.selectFrom(ARTIST).orderBy(ARTIST.NAME);
  }

  private ResultQuery<Record2<String, String>> albumsWithArtists() {
    return db.select(ALBUM.TITLE, ARTIST.NAME)
        .from(ALBUM)
        .join(ARTIST)
        .on(ARTIST.ARTIST_ID.eq(ALBUM.ARTIST_ID))
        .orderBy(ALBUM.TITLE);
  }

  private ResultQuery<AlbumRecord> albums() {
    return db.selectFrom(ALBUM).orderBy(ALBUM.TITLE);
  }

  private List<String> names(Result<ArtistRecord> result) {
    return result.map(ArtistRecord::getName);
  }

  @Test
  void aHitSendsNoSqlAndReturnsFreshRecords() {
    CacheStats before = db.cacheStats();
    Result<ArtistRecord> first = db.cache().fetch(artists());
    first.get(0).setName("changed by the caller");
    Result<ArtistRecord> second = db.cache().fetch(artists());

    assertThat(statements).hasSize(1);
    assertThat(names(second)).containsExactly("Nina");
    assertThat(second.get(0).changed()).isFalse();
    second.get(0).setName("Nina Simone").store(); // hits are attached records
    CacheStats after = db.cacheStats();
    assertThat(after.hits() - before.hits()).isEqualTo(1);
    assertThat(after.misses() - before.misses()).isEqualTo(1);
    assertThat(names(db.cache().fetch(artists()))).containsExactly("Nina Simone");
  }

  @Test
  void bindValuesArePartOfTheKey() {
    db.cache().fetch(db.selectFrom(ARTIST).where(ARTIST.NAME.eq("Nina")));
    db.cache().fetch(db.selectFrom(ARTIST).where(ARTIST.NAME.eq("Miles")));
    db.cache().fetch(db.selectFrom(ARTIST).where(ARTIST.NAME.eq("Nina")));

    assertThat(statements).hasSize(2);
  }

  @Test
  void aResultExpiresAfterItsTimeToLive() throws InterruptedException {
    db.cache().fetch(artists(), Duration.ofMillis(50));
    Thread.sleep(200);
    db.cache().fetch(artists(), Duration.ofMillis(50));

    assertThat(statements).hasSize(2);
  }

  @Test
  void theCacheHoldsNoMoreResultsThanItsSize() {
    try (Rex small = Rex.connect(url, settings().withResultCache(2, Duration.ofMinutes(1)))) {
      for (int i = 0; i < 6; i++) {
        small.cache().fetch(small.selectFrom(ARTIST).where(ARTIST.ARTIST_ID.eq(i)));
      }
      assertThat(small.cacheStats().size()).isLessThanOrEqualTo(2);
      assertThat(small.cacheStats().misses()).isEqualTo(6);
    }
  }

  @Test
  void aWriteToATableDropsTheResultsThatReadItAndNoOthers() {
    db.cache().fetch(albumsWithArtists());
    db.cache().fetch(artists());
    db.cache().fetch(albums());
    statements.clear();

    db.update(ARTIST).set(ARTIST.NAME, "Nina Simone").execute();
    Result<Record2<String, String>> joined = db.cache().fetch(albumsWithArtists());
    db.cache().fetch(artists());
    db.cache().fetch(albums());

    assertThat(joined.get(0).value2()).isEqualTo("Nina Simone");
    assertThat(statements).hasSize(3); // the update and the two queries that read artist
  }

  @Test
  void recordsBatchesAndRawSqlInvalidateToo() {
    db.cache().fetch(artists());

    db.newRecord(ARTIST).setName("Miles").store();
    assertThat(names(db.cache().fetch(artists()))).containsExactly("Miles", "Nina");

    db.batch(insertInto(ARTIST, ARTIST.NAME).values((String) null)).bind("Björk").execute();
    assertThat(names(db.cache().fetch(artists()))).containsExactly("Björk", "Miles", "Nina");

    db.batchInsert(new ArtistRecord().setName("Abba"));
    assertThat(names(db.cache().fetch(artists()))).hasSize(4);

    db.execute("delete from artist where name = ?", "Abba");
    assertThat(names(db.cache().fetch(artists()))).hasSize(3);

    db.fetch("select count(*) from artist"); // plain SQL that reads: nothing is dropped
    statements.clear();
    db.cache().fetch(artists());
    assertThat(statements).isEmpty();
  }

  @Test
  void plainSqlQueriesAreCachedAndDroppedByEveryWrite() {
    Result<Record> first = db.cache().fetch(resultQuery("select name from artist"));
    db.cache().fetch(resultQuery("select name from artist"));
    assertThat(statements).hasSize(1);

    db.insertInto(ALBUM, ALBUM.TITLE, ALBUM.ARTIST_ID).values("Wild Is the Wind", nina).execute();
    db.cache().fetch(resultQuery("select name from artist"));

    assertThat(first.get(0).get(0)).isEqualTo("Nina");
    assertThat(statements).hasSize(3);
  }

  @Test
  void aCachedPlainSqlHitKeepsTheColumnsTheRowsWereReadWith() {
    db.cache().fetch(resultQuery("select name as artist_name from artist"));
    Result<Record> hit = db.cache().fetch(resultQuery("select name as artist_name from artist"));

    assertThat(statements).hasSize(1);
    assertThat(hit.get(0).get("artist_name")).isEqualTo("Nina");
    assertThat(hit.get(0).fields()).hasSize(1);
  }

  @Test
  void plainSqlThatStartsWithSelectButHoldsMoreStatementsDropsEverything() {
    db.cache().fetch(artists());
    if (postgres()) {
      db.execute("select 1; update artist set name = 'Nina Simone'");
    } else {
      db.execute("update artist set name = 'Nina Simone'");
    }
    assertThat(names(db.cache().fetch(artists()))).containsExactly("Nina Simone");
  }

  @Test
  void statementsThatWriteCannotBeCached() {
    assertThatThrownBy(
            () -> db.cache().fetch(db.insertInto(ARTIST).set(ARTIST.NAME, "X").returning()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Only queries can be cached");
    assertThatThrownBy(() -> db.cache().fetch(resultQuery("delete from artist returning *")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> db.cache().fetch(artists(), Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(db.fetchCount(ARTIST)).isEqualTo(1);
  }

  @Test
  void theInvalidationSpiDropsResultsByTableName() {
    db.cache().fetch(artists());
    db.cache().fetch(albums());

    db.cache().invalidate(Set.of("artist"));
    db.cache().invalidate(Set.of());
    db.cache().fetch(artists());
    db.cache().fetch(albums());

    assertThat(statements).hasSize(3);
  }

  @Test
  void aTransactionSeesItsOwnWritesAndNeverStoresWhatItReads() {
    db.cache().fetch(artists());
    db.cache().fetch(albums());
    statements.clear();

    db.transaction(
        tx -> {
          tx.insertInto(ARTIST).set(ARTIST.NAME, "Miles").execute();
          assertThat(names(tx.cache().fetch(artists()))).containsExactly("Miles", "Nina");
          assertThat(tx.cache().fetch(albums())).hasSize(1); // a hit: albums were not written
          // Another connection caches the committed rows while the transaction is open ...
          assertThat(names(db.cache().fetch(artists()))).containsExactly("Nina");
        });
    // ... and the commit drops them again.
    assertThat(names(db.cache().fetch(artists()))).containsExactly("Miles", "Nina");
    assertThat(statements).hasSize(4);

    db.transaction(tx -> tx.cache().fetch(db.selectFrom(ARTIST).where(ARTIST.NAME.eq("X"))));
    db.cache().fetch(db.selectFrom(ARTIST).where(ARTIST.NAME.eq("X")));
    assertThat(statements).hasSize(6); // what a transaction reads is not stored
  }

  @Test
  void aRolledBackTransactionInvalidatesOnlyAtWriteTime() {
    List<Set<String>> invalidated = new CopyOnWriteArrayList<>();
    CacheListener listener =
        new CacheListener() {
          @Override
          public void invalidated(Set<String> tables) {
            invalidated.add(tables);
          }
        };
    try (Rex listened = Rex.connect(url, settings().withCacheListener(listener))) {
      assertThatThrownBy(
              () ->
                  listened.transaction(
                      tx -> {
                        tx.insertInto(ARTIST).set(ARTIST.NAME, "Miles").execute();
                        throw new IllegalStateException("roll back");
                      }))
          .hasMessage("roll back");
      assertThat(invalidated).containsExactly(Set.of("artist"));

      listened.transaction(tx -> tx.execute("update artist set name = name"));
      assertThat(invalidated).containsExactly(Set.of("artist"), Set.of(), Set.of());
    }
  }

  @Test
  void listenersCountHitsAndMisses() {
    List<String> events = new CopyOnWriteArrayList<>();
    CacheListener listener =
        new CacheListener() {
          @Override
          public void hit(CacheEvent event) {
            events.add("hit " + event.tables());
          }

          @Override
          public void miss(CacheEvent event) {
            events.add("miss " + event.tables() + " " + event.binds());
          }
        };
    try (Rex listened = Rex.connect(url, settings().withCacheListener(listener))) {
      listened.cache().fetch(listened.selectFrom(ARTIST).where(ARTIST.ARTIST_ID.eq(nina)));
      listened.cache().fetch(listened.selectFrom(ARTIST).where(ARTIST.ARTIST_ID.eq(nina)));

      assertThat(events).containsExactly("miss [artist] [" + nina + "]", "hit [artist]");
      CacheStats stats = listened.cacheStats();
      assertThat(stats).isEqualTo(new CacheStats(1, 1, 0, 1));
      assertThat(stats.hitRate()).isEqualTo(0.5);
      assertThat(new CacheStats(0, 0, 0, 0).hitRate()).isZero();
      assertThat(listened.cache().toString()).contains("hits=1");
    }
  }

  @Test
  void changingBytesOfAResultDoesNotChangeLaterHits() {
    ResultQuery<Record1<byte[]>> bytes = db.select(val(new byte[] {1, 2, 3}, SQLDataType.BLOB));
    byte[] miss = db.cache().fetch(bytes).get(0).value1();
    miss[0] = 9;
    byte[] hit = db.cache().fetch(bytes).get(0).value1();
    hit[1] = 9;

    assertThat(db.cache().fetch(bytes).get(0).value1()).containsExactly(1, 2, 3);
    assertThat(statements).hasSize(1);
  }

  @Test
  void changingArraysOfAResultDoesNotChangeLaterHits() {
    Assumptions.assumeTrue(
        postgres(), "array columns are tested on PostgreSQL only; " + dialect() + " has none");
    ResultQuery<Record1<String[]>> words =
        db.select(
            val(new String[] {"a", "b"}, DataType.arrayOf(SQLDataType.VARCHAR, String[].class)));
    ResultQuery<Record1<Integer[][]>> grid =
        db.select(
            val(
                new Integer[][] {{1, 2}, {3, 4}},
                DataType.arrayOf(
                    DataType.arrayOf(SQLDataType.INTEGER, Integer[].class), Integer[][].class)));
    db.cache().fetch(words).get(0).value1()[0] = "changed";
    db.cache().fetch(grid).get(0).value1()[0][0] = 9;
    db.cache().fetch(grid).get(0).value1()[1] = new Integer[] {9, 9};

    assertThat(db.cache().fetch(words).get(0).value1()).containsExactly("a", "b");
    assertThat(db.cache().fetch(grid).get(0).value1())
        .isDeepEqualTo(new Integer[][] {{1, 2}, {3, 4}});
    assertThat(statements).hasSize(2);
  }

  @Test
  void changingNestedRecordsOfAResultDoesNotChangeLaterHits() {
    ResultQuery<Record2<String, Result<AlbumRecord>>> nested =
        db.select(
                ARTIST.NAME,
                multiset(selectFrom(ALBUM).where(ALBUM.ARTIST_ID.eq(ARTIST.ARTIST_ID))))
            .from(ARTIST)
            .where(ARTIST.ARTIST_ID.eq(nina));
    db.cache().fetch(nested).get(0).value2().get(0).setTitle("changed by the caller");
    db.cache().fetch(nested).get(0).value2().get(0).setTitle("changed again");

    AlbumRecord album = db.cache().fetch(nested).get(0).value2().get(0);
    assertThat(album.getTitle()).isEqualTo("Pastel Blues");
    assertThat(album.changed()).isFalse();
    assertThat(statements).hasSize(1);
  }

  @Test
  void changingDriverObjectsOfAPlainSqlResultDoesNotChangeLaterHits() {
    Assumptions.assumeTrue(
        postgres(), "driver objects such as PostgreSQL's point are tested on PostgreSQL only");
    ResultQuery<Record> points = resultQuery("select point(1, 2) as p, '\\x0102'::bytea as b");
    Record miss = db.cache().fetch(points).get(0);
    ((org.postgresql.geometric.PGpoint) miss.get(0)).x = 9;
    ((byte[]) miss.get(1))[0] = 9;

    Record hit = db.cache().fetch(points).get(0);
    assertThat(((org.postgresql.geometric.PGpoint) hit.get(0)).x).isEqualTo(1.0);
    assertThat((byte[]) hit.get(1)).containsExactly(1, 2);
    assertThat(statements).hasSize(1);
  }
}
