package dev.rex.bench;

import static dev.rex.bench.pg.Tables.ALBUM;
import static dev.rex.bench.pg.Tables.ARTIST;
import static dev.rex.bench.pg.Tables.GENRE;
import static dev.rex.bench.pg.Tables.TRACK;
import static dev.rex.dsl.DSL.insertInto;
import static dev.rex.dsl.DSL.multiset;
import static dev.rex.dsl.DSL.select;

import dev.rex.BatchBindStep;
import dev.rex.Rex;
import dev.rex.bench.pg.Keys;
import dev.rex.bench.pg.tables.records.AlbumRecord;
import dev.rex.bench.pg.tables.records.ArtistRecord;
import dev.rex.bench.pg.tables.records.TrackRecord;
import dev.rex.dsl.Prepared1;
import dev.rex.dsl.Record2;
import dev.rex.dsl.RenderedQuery;
import dev.rex.dsl.Result;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Rex on PostgreSQL, over the code {@code rex:generate} wrote from the PostgreSQL migrations:
 * {@code Rex.connect(url)} once per trial with the default settings, then the typed DSL as an
 * application writes it. {@link RexSqlite} is the same code over the SQLite generated package.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RexPostgres {

  private final Workload workload = new Workload();
  private Chinook chinook;
  private Rex db;
  private Prepared1<Integer, AlbumRecord> albumById;
  private Prepared1<Integer, TrackRecord> firstTracks;
  private boolean insertedAlbums;

  @Setup(Level.Trial)
  public void setUp() {
    chinook = Chinook.postgres();
    db = Rex.connect(chinook.url());
    albumById = db.prepare(Integer.class, id -> db.selectFrom(ALBUM).where(ALBUM.ALBUM_ID.eq(id)));
    firstTracks =
        db.prepare(Integer.class, rows -> db.selectFrom(TRACK).orderBy(TRACK.TRACK_ID).limit(rows));
  }

  @TearDown(Level.Trial)
  public void tearDown() throws Exception {
    db.close();
    chinook.close();
  }

  @TearDown(Level.Invocation)
  public void deleteInsertedAlbums() {
    if (insertedAlbums) {
      chinook.deleteInsertedAlbums();
      insertedAlbums = false;
    }
  }

  /** (a) One album by primary key. */
  @Benchmark
  public @Nullable AlbumRecord fetchAlbumById() {
    return db.selectFrom(ALBUM).where(ALBUM.ALBUM_ID.eq(workload.nextAlbumId())).fetchOne();
  }

  /** (a) One album by primary key with {@code db.fetchById}, which Rex prepares once per table. */
  @Benchmark
  public @Nullable AlbumRecord fetchAlbumByIdWithFetchById() {
    return db.fetchById(ALBUM, workload.nextAlbumId()).orElse(null);
  }

  /**
   * (a) One album by primary key, as a query prepared once per trial ({@code db.prepare}): like the
   * JDBC benchmark's statement, only the value is bound per call.
   */
  @Benchmark
  public @Nullable AlbumRecord fetchAlbumByIdPrepared() {
    return albumById.fetchOne(workload.nextAlbumId());
  }

  /** (b) The first 1,000 tracks by id, as a query prepared once per trial. */
  @Benchmark
  public Result<TrackRecord> fetchTracksPrepared() {
    return firstTracks.fetch(Workload.TRACKS);
  }

  /** (b) The first 1,000 tracks by id. */
  @Benchmark
  public Result<TrackRecord> fetchTracks() {
    return db.selectFrom(TRACK).orderBy(TRACK.TRACK_ID).limit(Workload.TRACKS).fetch();
  }

  /** (c) Build and render a query with three joins; nothing is executed. */
  @Benchmark
  public RenderedQuery renderThreeJoins() {
    return db.render(
        db.select(TRACK.NAME, ALBUM.TITLE, ARTIST.NAME, GENRE.NAME)
            .from(TRACK)
            .join(ALBUM)
            .on(TRACK.ALBUM_ID.eq(ALBUM.ALBUM_ID))
            .join(ARTIST)
            .on(ALBUM.ARTIST_ID.eq(ARTIST.ARTIST_ID))
            .join(GENRE)
            .on(TRACK.GENRE_ID.eq(GENRE.GENRE_ID))
            .where(ARTIST.NAME.eq(Workload.ARTIST_NAME))
            .orderBy(TRACK.NAME));
  }

  /** (d) 10,000 albums inserted as one batch in one transaction. */
  @Benchmark
  public int[] batchInsertAlbums() {
    insertedAlbums = true;
    return db.transactionResult(
        tx -> {
          BatchBindStep batch =
              tx.batch(insertInto(ALBUM, ALBUM.TITLE, ALBUM.ARTIST_ID).values((String) null, null));
          for (int i = 0; i < Workload.BATCH_ROWS; i++) {
            batch.bind(Workload.TITLES[i], Workload.ARTIST_IDS[i]);
          }
          return batch.execute();
        });
  }

  /** (e) Artists with their albums with their tracks, as ONE nested statement. */
  @Benchmark
  public Result<Record2<String, Result<Record2<String, Result<Record2<String, Integer>>>>>>
      fetchArtistTree() {
    return db.select(
            ARTIST.NAME,
            multiset(
                select(
                        ALBUM.TITLE,
                        multiset(
                            select(TRACK.NAME, TRACK.MILLISECONDS)
                                .from(TRACK)
                                .where(TRACK.ALBUM_ID.eq(ALBUM.ALBUM_ID))
                                .orderBy(TRACK.TRACK_ID)))
                    .from(ALBUM)
                    .where(ALBUM.ARTIST_ID.eq(ARTIST.ARTIST_ID))
                    .orderBy(ALBUM.ALBUM_ID)))
        .from(ARTIST)
        .orderBy(ARTIST.ARTIST_ID)
        .fetch();
  }

  /** (e) The same tree the naive way: a query per artist and per album (623 statements). */
  @Benchmark
  public int fetchArtistTreeNPlusOne() {
    int tracks = 0;
    for (ArtistRecord artist : db.selectFrom(ARTIST).orderBy(ARTIST.ARTIST_ID).fetch()) {
      for (AlbumRecord album : artist.fetchAlbums()) {
        tracks += album.fetchTracks().size();
      }
    }
    return tracks;
  }

  /** (e) The same tree with batch loading: three statements. */
  @Benchmark
  public int fetchArtistTreeBatched() {
    Result<ArtistRecord> artists = db.selectFrom(ARTIST).orderBy(ARTIST.ARTIST_ID).fetch();
    Map<ArtistRecord, List<AlbumRecord>> albums =
        db.fetchChildren(artists, Keys.FK_ALBUM_ARTIST_ID);
    List<AlbumRecord> all = albums.values().stream().flatMap(List::stream).toList();
    Map<AlbumRecord, List<TrackRecord>> tracks = db.fetchChildren(all, Keys.FK_TRACK_ALBUM_ID);
    return tracks.values().stream().mapToInt(List::size).sum();
  }
}
