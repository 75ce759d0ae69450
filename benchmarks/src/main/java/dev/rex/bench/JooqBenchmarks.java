package dev.rex.bench;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import com.zaxxer.hikari.HikariDataSource;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Records;
import org.jooq.Table;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * jOOQ 3.19, used the way its manual shows without its code generator: tables and typed fields
 * declared with {@code DSL.table(name(..))} and {@code DSL.field(name(..), type)}, rows mapped into
 * Java records with {@code Records.mapping} (typed, no reflection). One {@link DSLContext} per
 * trial, on a HikariCP pool configured like the one {@code Rex.connect} opens, with the settings a
 * careful jOOQ user sets for speed: no execute logging, no SQL warnings fetched after every
 * statement. Subclasses choose the database.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public abstract class JooqBenchmarks {

  static {
    System.setProperty("org.jooq.no-logo", "true");
    System.setProperty("org.jooq.no-tips", "true");
  }

  /**
   * {@code careful} (the default): the settings above. {@code defaults}: jOOQ's own defaults, for
   * comparison ({@code -p settings=defaults}).
   */
  @Param({"careful"})
  public String settings;

  private final Workload workload = new Workload();
  private Chinook chinook;
  private HikariDataSource pool;
  private DSLContext ctx;
  private boolean insertedAlbums;

  private Table<Record> album;
  private Field<Integer> albumAlbumId;
  private Field<String> albumTitle;
  private Field<Integer> albumArtistId;
  private Table<Record> artist;
  private Field<Integer> artistArtistId;
  private Field<String> artistName;
  private Table<Record> genre;
  private Field<Integer> genreGenreId;
  private Field<String> genreName;
  private Table<Record> track;
  private Field<Integer> trackTrackId;
  private Field<String> trackName;
  private Field<Integer> trackAlbumId;
  private Field<Integer> trackMediaTypeId;
  private Field<Integer> trackGenreId;
  private Field<String> trackComposer;
  private Field<Integer> trackMilliseconds;
  private Field<Integer> trackBytes;
  private Field<BigDecimal> trackUnitPrice;

  abstract Chinook createDatabase();

  @Setup(Level.Trial)
  public void setUp() {
    chinook = createDatabase();
    pool = chinook.pool();
    ctx = DSL.using(pool, chinook.jooqDialect(), settings());

    album = table("Album");
    albumAlbumId = field("Album", "AlbumId", Integer.class);
    albumTitle = field("Album", "Title", String.class);
    albumArtistId = field("Album", "ArtistId", Integer.class);
    artist = table("Artist");
    artistArtistId = field("Artist", "ArtistId", Integer.class);
    artistName = field("Artist", "Name", String.class);
    genre = table("Genre");
    genreGenreId = field("Genre", "GenreId", Integer.class);
    genreName = field("Genre", "Name", String.class);
    track = table("Track");
    trackTrackId = field("Track", "TrackId", Integer.class);
    trackName = field("Track", "Name", String.class);
    trackAlbumId = field("Track", "AlbumId", Integer.class);
    trackMediaTypeId = field("Track", "MediaTypeId", Integer.class);
    trackGenreId = field("Track", "GenreId", Integer.class);
    trackComposer = field("Track", "Composer", String.class);
    trackMilliseconds = field("Track", "Milliseconds", Integer.class);
    trackBytes = field("Track", "Bytes", Integer.class);
    trackUnitPrice = field("Track", "UnitPrice", BigDecimal.class);
  }

  private Settings settings() {
    return switch (settings) {
      case "careful" ->
          new Settings()
              .withExecuteLogging(false)
              .withFetchWarnings(false)
              .withDiagnosticsLogging(false)
              .withRenderFormatted(false);
      case "defaults" -> new Settings();
      default ->
          throw new IllegalArgumentException("settings: careful or defaults, not " + settings);
    };
  }

  private Table<Record> table(String sqliteName) {
    return DSL.table(name(chinook.name(sqliteName)));
  }

  private <T> Field<T> field(String table, String column, Class<T> type) {
    return DSL.field(name(chinook.name(table), chinook.name(column)), type);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws Exception {
    pool.close();
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
  public @Nullable AlbumRow fetchAlbumById() {
    return ctx.select(albumAlbumId, albumTitle, albumArtistId)
        .from(album)
        .where(albumAlbumId.eq(workload.nextAlbumId()))
        .fetchOne(Records.mapping(AlbumRow::new));
  }

  /** (b) The first 1,000 tracks by id. */
  @Benchmark
  public List<TrackRow> fetchTracks() {
    return ctx.select(
            trackTrackId,
            trackName,
            trackAlbumId,
            trackMediaTypeId,
            trackGenreId,
            trackComposer,
            trackMilliseconds,
            trackBytes,
            trackUnitPrice)
        .from(track)
        .orderBy(trackTrackId)
        .limit(Workload.TRACKS)
        .fetch(Records.mapping(TrackRow::new));
  }

  /** (c) Build and render a query with three joins; nothing is executed. */
  @Benchmark
  public String renderThreeJoins() {
    return ctx.render(
        ctx.select(trackName, albumTitle, artistName, genreName)
            .from(track)
            .join(album)
            .on(trackAlbumId.eq(albumAlbumId))
            .join(artist)
            .on(albumArtistId.eq(artistArtistId))
            .join(genre)
            .on(trackGenreId.eq(genreGenreId))
            .where(artistName.eq(Workload.ARTIST_NAME))
            .orderBy(trackName));
  }

  /** (d) 10,000 albums inserted as one batch in one transaction. */
  @Benchmark
  public int[] batchInsertAlbums() {
    insertedAlbums = true;
    return ctx.transactionResult(
        configuration -> {
          DSLContext tx = configuration.dsl();
          BatchBindStep batch =
              tx.batch(
                  tx.insertInto(album, albumTitle, albumArtistId)
                      .values((String) null, (Integer) null));
          for (int i = 0; i < Workload.BATCH_ROWS; i++) {
            batch.bind(Workload.TITLES[i], Workload.ARTIST_IDS[i]);
          }
          return batch.execute();
        });
  }

  /** (e) Artists with their albums with their tracks, with jOOQ's MULTISET: one statement. */
  @Benchmark
  public org.jooq.Result<
          org.jooq.Record2<
              String,
              org.jooq.Result<
                  org.jooq.Record2<String, org.jooq.Result<org.jooq.Record2<String, Integer>>>>>>
      fetchArtistTree() {
    return ctx.select(
            artistName,
            DSL.multiset(
                DSL.select(
                        albumTitle,
                        DSL.multiset(
                            DSL.select(trackName, trackMilliseconds)
                                .from(track)
                                .where(trackAlbumId.eq(albumAlbumId))
                                .orderBy(trackTrackId)))
                    .from(album)
                    .where(albumArtistId.eq(artistArtistId))
                    .orderBy(albumAlbumId)))
        .from(artist)
        .orderBy(artistArtistId)
        .fetch();
  }
}
