package dev.rex.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
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
 * Hand-written JDBC: the physical limit. One connection per trial, each {@code PreparedStatement}
 * prepared once per trial and reused, columns read by index into Java records, and the batch run in
 * one transaction on that connection. Subclasses choose the database.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public abstract class JdbcBenchmarks {

  private final Workload workload = new Workload();
  private Chinook chinook;
  private Connection connection;
  private PreparedStatement albumById;
  private PreparedStatement tracks;
  private PreparedStatement insertAlbum;

  abstract Chinook createDatabase();

  @Setup(Level.Trial)
  public void setUp() throws SQLException {
    chinook = createDatabase();
    connection = chinook.connect();
    albumById =
        connection.prepareStatement(
            "select "
                + columns("AlbumId", "Title", "ArtistId")
                + " from "
                + chinook.quoted("Album")
                + " where "
                + chinook.quoted("AlbumId")
                + " = ?");
    tracks =
        connection.prepareStatement(
            "select "
                + columns(
                    "TrackId",
                    "Name",
                    "AlbumId",
                    "MediaTypeId",
                    "GenreId",
                    "Composer",
                    "Milliseconds",
                    "Bytes",
                    "UnitPrice")
                + " from "
                + chinook.quoted("Track")
                + " order by "
                + chinook.quoted("TrackId")
                + " limit ?");
    insertAlbum =
        connection.prepareStatement(
            "insert into "
                + chinook.quoted("Album")
                + " ("
                + columns("Title", "ArtistId")
                + ") values (?, ?)");
  }

  private String columns(String... names) {
    List<String> quoted = new ArrayList<>();
    for (String name : names) {
      quoted.add(chinook.quoted(name));
    }
    return String.join(", ", quoted);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws Exception {
    connection.close();
    chinook.close();
  }

  @TearDown(Level.Invocation)
  public void deleteInsertedAlbums() {
    if (insertedAlbums) {
      chinook.deleteInsertedAlbums();
      insertedAlbums = false;
    }
  }

  private boolean insertedAlbums;

  /** (a) One album by primary key. */
  @Benchmark
  public @Nullable AlbumRow fetchAlbumById() throws SQLException {
    albumById.setInt(1, workload.nextAlbumId());
    try (ResultSet rows = albumById.executeQuery()) {
      return rows.next() ? new AlbumRow(rows.getInt(1), rows.getString(2), rows.getInt(3)) : null;
    }
  }

  /** (b) The first 1,000 tracks by id. */
  @Benchmark
  public List<TrackRow> fetchTracks() throws SQLException {
    tracks.setInt(1, Workload.TRACKS);
    List<TrackRow> result = new ArrayList<>(Workload.TRACKS);
    try (ResultSet rows = tracks.executeQuery()) {
      while (rows.next()) {
        result.add(
            new TrackRow(
                rows.getInt(1),
                rows.getString(2),
                nullableInt(rows, 3),
                rows.getInt(4),
                nullableInt(rows, 5),
                rows.getString(6),
                rows.getInt(7),
                nullableInt(rows, 8),
                rows.getBigDecimal(9)));
      }
    }
    return result;
  }

  private static @Nullable Integer nullableInt(ResultSet rows, int column) throws SQLException {
    int value = rows.getInt(column);
    return rows.wasNull() ? null : value;
  }

  /** (d) 10,000 albums inserted as one JDBC batch in one transaction. */
  @Benchmark
  public int[] batchInsertAlbums() throws SQLException {
    insertedAlbums = true;
    connection.setAutoCommit(false);
    try {
      for (int i = 0; i < Workload.BATCH_ROWS; i++) {
        insertAlbum.setString(1, Workload.TITLES[i]);
        insertAlbum.setInt(2, Workload.ARTIST_IDS[i]);
        insertAlbum.addBatch();
      }
      int[] counts = insertAlbum.executeBatch();
      connection.commit();
      return counts;
    } catch (SQLException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
  }
}
