package dev.rex.runtime;

import dev.rex.Rex;
import dev.rex.bench.Chinook;
import dev.rex.dsl.Field;
import dev.rex.dsl.Record;
import dev.rex.dsl.RecordType;
import dev.rex.dsl.RenderedQuery;
import dev.rex.dsl.Table;
import dev.rex.dsl.spi.Binding;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The cost of reading rows, without the query: one result of 1,000 tracks, held in memory by the
 * driver (scroll-insensitive), read again and again. Blocks of 200 reads alternate between
 * hand-written JDBC (a Java record per row, as JdbcBenchmarks) and each Rex variant; each block's
 * thread-CPU ratio to the JDBC block before it is kept, and the median and quartiles printed.
 *
 * <p>Variants: {@code rex}, RowReader.readAll as fetch() uses it; {@code no-record}, the same
 * column loop keeping the Object[] without making a record; {@code no-boxing}, that again with every
 * int boxed from Integer's cache (what boxing costs); {@code typed}, what generated records with a
 * field per column could cost ({@link TypedTrack}, read as generated code would, through {@link
 * Columns}); {@code straight}, today's records (an Object[] each) filled by straight-line code
 * per table, as a generated per-table reader would. In package dev.rex.runtime to reach the
 * package-private RowReader. MariaDB and PostgreSQL (SQLite's driver has no scrollable results):
 *
 * <pre>
 * javac -d /tmp/rows -cp benchmarks/target/benchmarks.jar benchmarks/results/2026-12-01-rows/RowBench.java
 * java -cp /tmp/rows:benchmarks/target/benchmarks.jar dev.rex.runtime.RowBench mariadb 60
 * </pre>
 */
public class RowBench {

  record TrackRow(
      int trackId,
      String name,
      Integer albumId,
      int mediaTypeId,
      Integer genreId,
      String composer,
      int milliseconds,
      Integer bytes,
      BigDecimal unitPrice) {}

  /**
   * What a generated record with typed storage could be: a field per column (primitive where the
   * column is NOT NULL), plus what a Rex record keeps besides its values (its executor, which
   * columns changed, its values as read).
   */
  static final class TypedTrack {
    int trackId;
    String name;
    Integer albumId;
    int mediaTypeId;
    Integer genreId;
    String composer;
    int milliseconds;
    Integer bytes;
    BigDecimal unitPrice;
    Object executor;
    long changed;
    TypedTrack original;
  }

  /**
   * The reads generated code would call: the plain JDBC getter when the column's binding declares
   * it, else the binding's own get.
   */
  static final class Columns {
    final Binding<?>[] bindings;
    final Binding.Getter[] getters;
    final ResultSet rs;

    Columns(ResultSet rs, Binding<?>[] bindings, Binding.Getter[] getters) {
      this.rs = rs;
      this.bindings = bindings;
      this.getters = getters;
    }

    int intValue(int column) throws SQLException {
      return getters[column - 1] == Binding.Getter.INT
          ? rs.getInt(column)
          : (Integer) bindings[column - 1].get(rs, column);
    }

    Integer nullableInt(int column) throws SQLException {
      if (getters[column - 1] == Binding.Getter.INT) {
        int value = rs.getInt(column);
        return value == 0 && rs.wasNull() ? null : value;
      }
      return (Integer) bindings[column - 1].get(rs, column);
    }

    String string(int column) throws SQLException {
      return getters[column - 1] == Binding.Getter.STRING
          ? rs.getString(column)
          : (String) bindings[column - 1].get(rs, column);
    }

    Object other(int column) throws SQLException {
      return bindings[column - 1].get(rs, column);
    }
  }

  interface Read {
    int rows() throws SQLException;
  }

  public static void main(String[] args) throws Exception {
    String database = args[0];
    int rounds = Integer.parseInt(args[1]);
    boolean maria = database.equals("mariadb");
    Chinook chinook = maria ? Chinook.mariadb() : Chinook.postgres();
    Rex db = Rex.connect(chinook.url());
    Table<?> track =
        (Table<?>)
            Class.forName("dev.rex.bench." + (maria ? "mysql" : "pg") + ".Tables")
                .getField("TRACK")
                .get(null);
    RenderedQuery query = db.render(db.selectFrom(track).limit(1000));
    JdbcExecutor executor = (JdbcExecutor) db.executor();
    PreparedStatement statement =
        chinook
            .connect()
            .prepareStatement(
                query.sql(), ResultSet.TYPE_SCROLL_INSENSITIVE, ResultSet.CONCUR_READ_ONLY);
    statement.setInt(1, 1000);
    ResultSet rs = statement.executeQuery();
    @SuppressWarnings({"unchecked", "rawtypes"})
    RecordType<Record> type = (RecordType) track.recordType();
    RowReader<Record> reader = RowReader.of(rs, type, executor.types(), executor);
    List<Field<?>> fields = track.fields();
    Binding<?>[] bindings = new Binding<?>[fields.size()];
    Binding.Getter[] getters = new Binding.Getter[fields.size()];
    for (int i = 0; i < bindings.length; i++) {
      bindings[i] = executor.types().of(fields.get(i).getDataType());
      getters[i] = bindings[i].getter();
    }

    Read jdbc =
        () -> {
          rs.beforeFirst();
          List<TrackRow> rows = new ArrayList<>(1000);
          while (rs.next()) {
            rows.add(
                new TrackRow(
                    rs.getInt(1),
                    rs.getString(2),
                    nullableInt(rs, 3),
                    rs.getInt(4),
                    nullableInt(rs, 5),
                    rs.getString(6),
                    rs.getInt(7),
                    nullableInt(rs, 8),
                    rs.getBigDecimal(9)));
          }
          return rows.size();
        };
    Read rex =
        () -> {
          rs.beforeFirst();
          return reader.readAll(rs, 0, 1000).size();
        };
    Read noRecord = () -> arrays(rs, bindings, getters, false);
    Read noBoxing = () -> arrays(rs, bindings, getters, true);

    Columns columns = new Columns(rs, bindings, getters);
    Read typed =
        () -> {
          rs.beforeFirst();
          List<TypedTrack> rows = new ArrayList<>(1000);
          while (rs.next()) {
            TypedTrack row = new TypedTrack();
            row.trackId = columns.intValue(1);
            row.name = columns.string(2);
            row.albumId = columns.nullableInt(3);
            row.mediaTypeId = columns.intValue(4);
            row.genreId = columns.nullableInt(5);
            row.composer = columns.string(6);
            row.milliseconds = columns.intValue(7);
            row.bytes = columns.nullableInt(8);
            row.unitPrice = (BigDecimal) columns.other(9);
            row.executor = executor;
            row.original = row;
            rows.add(row);
          }
          return rows.size();
        };
    Read straight =
        () -> {
          rs.beforeFirst();
          List<Record> rows = new ArrayList<>(1000);
          while (rs.next()) {
            Object[] values = {
              columns.nullableInt(1),
              columns.string(2),
              columns.nullableInt(3),
              columns.nullableInt(4),
              columns.nullableInt(5),
              columns.string(6),
              columns.nullableInt(7),
              columns.nullableInt(8),
              columns.other(9)
            };
            rows.add(type.newRecord(values, executor));
          }
          return rows.size();
        };
    String[] names = {"rex", "no-record", "no-boxing", "typed", "straight"};
    Read[] variants = {rex, noRecord, noBoxing, typed, straight};
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int i = 0; i < 30; i++) {
      time(jdbc, threads);
      for (Read variant : variants) {
        time(variant, threads);
      }
    }
    double[][] ratios = new double[variants.length][rounds];
    for (int round = 0; round < rounds; round++) {
      long base = time(jdbc, threads);
      for (int v = 0; v < variants.length; v++) {
        ratios[v][round] = time(variants[v], threads) / (double) base;
      }
    }
    for (int v = 0; v < variants.length; v++) {
      double[] r = ratios[v];
      Arrays.sort(r);
      System.out.printf(
          "%s %-9s / JDBC: median %.3f (IQR %.3f-%.3f)%n",
          database, names[v], r[rounds / 2], r[rounds / 4], r[3 * rounds / 4]);
    }
    System.exit(0);
  }

  /** RowReader's column loop, keeping the arrays; {@code cachedInts}: no int is allocated. */
  private static int arrays(
      ResultSet rs, Binding<?>[] bindings, Binding.Getter[] getters, boolean cachedInts)
      throws SQLException {
    rs.beforeFirst();
    List<Object[]> rows = new ArrayList<>(1000);
    while (rs.next()) {
      Object[] values = new Object[bindings.length];
      for (int i = 0; i < values.length; i++) {
        int column = i + 1;
        switch (getters[i]) {
          case INT -> {
            int value = rs.getInt(column);
            values[i] = value == 0 && rs.wasNull() ? null : cachedInts ? (Integer) (value & 127) : value;
          }
          case LONG -> {
            long value = rs.getLong(column);
            values[i] = value == 0 && rs.wasNull() ? null : value;
          }
          case STRING -> values[i] = rs.getString(column);
          default -> values[i] = bindings[i].get(rs, column);
        }
      }
      rows.add(values);
    }
    return rows.size();
  }

  private static Integer nullableInt(ResultSet rs, int column) throws SQLException {
    int value = rs.getInt(column);
    return rs.wasNull() ? null : value;
  }

  private static long time(Read read, ThreadMXBean threads) throws SQLException {
    long start = threads.getCurrentThreadCpuTime();
    for (int i = 0; i < 200; i++) {
      if (read.rows() != 1000) {
        throw new AssertionError("not 1,000 rows");
      }
    }
    return threads.getCurrentThreadCpuTime() - start;
  }
}
