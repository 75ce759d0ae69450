package dev.rex.bench.realtime;

import dev.rex.Rex;
import dev.rex.bench.pg.Tables;
import dev.rex.bench.pg.tables.records.TrackRecord;
import dev.rex.realtime.Change;
import dev.rex.realtime.Realtime;
import dev.rex.realtime.RealtimeSchema;
import dev.rex.realtime.RealtimeSettings;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Writers update Chinook tracks through plain JDBC for a while at a target rate, each statement
 * writing its own start time ({@code System.nanoTime()}) into the row; in-process subscribers of
 * {@link Realtime} note when each change reaches them. Prints the changes per second that reached
 * every subscriber, the statement-start-to-delivery latency percentiles, and the process's CPU use.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.rex.bench.realtime.RealtimeLoad \
 *     jdbc:postgresql://127.0.0.1:5432/rex_realtime_bench?user=root SECONDS RATE WRITERS SUBSCRIBERS \
 *     ROWS_PER_TRANSACTION
 * </pre>
 *
 * The database must hold Chinook; the capture migration is applied (idempotently) first.
 */
public final class RealtimeLoad {

  private RealtimeLoad() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 6) {
      System.err.println(
          "usage: RealtimeLoad JDBC_URL SECONDS RATE WRITERS SUBSCRIBERS ROWS_PER_TRANSACTION");
      System.exit(2);
    }
    String url = args[0];
    int seconds = Integer.parseInt(args[1]);
    int rate = Integer.parseInt(args[2]);
    int writers = Integer.parseInt(args[3]);
    int subscribers = Integer.parseInt(args[4]);
    int perTransaction = Integer.parseInt(args[5]);
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      statement.execute(RealtimeSchema.migration(connection, List.of("track")));
    }
    try (Rex db = Rex.connect(url);
        Realtime realtime = Realtime.start(db, RealtimeSettings.defaults())) {
      LongAdder delivered = new LongAdder();
      int capacity = rate * (seconds + 30);
      long[][] latencies = new long[subscribers][];
      int[] counts = new int[subscribers];
      for (int s = 0; s < subscribers; s++) {
        int index = s;
        latencies[s] = new long[capacity];
        realtime
            .changes(Tables.TRACK)
            .subscribe(
                (Change<TrackRecord> change) -> {
                  long now = System.nanoTime();
                  TrackRecord row = change.newRecord();
                  if (row != null && row.getComposer() != null && counts[index] < capacity) {
                    latencies[index][counts[index]++] = now - Long.parseLong(row.getComposer());
                  }
                  delivered.increment();
                });
      }
      double cpuBefore = cpuSeconds();
      long start = System.nanoTime();
      AtomicLong written = new AtomicLong();
      write(url, seconds, rate, writers, perTransaction, written);
      long writeEnd = System.nanoTime();
      long expected = written.get() * subscribers;
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (delivered.sum() < expected && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      long end = System.nanoTime();
      double cpu = cpuSeconds() - cpuBefore;
      double elapsed = (end - start) / 1e9;
      long[] all = merge(latencies, counts);
      Arrays.sort(all);
      System.out.printf(
          "written %d changes in %.1f s (%.0f/s); delivered %d of %d to %d subscribers in %.1f s"
              + " (%.0f changes/s to each)%n",
          written.get(),
          (writeEnd - start) / 1e9,
          written.get() / ((writeEnd - start) / 1e9),
          delivered.sum(),
          expected,
          subscribers,
          elapsed,
          written.get() / elapsed);
      System.out.printf(
          "latency statement start -> listener: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms"
              + " (%d samples)%n",
          percentile(all, 0.50),
          percentile(all, 0.95),
          percentile(all, 0.99),
          all.length == 0 ? 0 : all[all.length - 1] / 1e6,
          all.length);
      System.out.printf(
          "process CPU %.1f s over %.1f s wall = %.0f%% of one core (this process only;"
              + " PostgreSQL's own CPU not included)%n",
          cpu, elapsed, 100 * cpu / elapsed);
    }
  }

  private static void write(
      String url, int seconds, int rate, int writers, int perTransaction, AtomicLong written)
      throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    double perWriterInterval = 1e9 * writers * perTransaction / rate;
    for (int w = 0; w < writers; w++) {
      int writer = w;
      pool.execute(
          () -> {
            try (Connection connection = DriverManager.getConnection(url);
                PreparedStatement update =
                    connection.prepareStatement(
                        "update track set composer = ? where track_id = ?")) {
              connection.setAutoCommit(false);
              long next = System.nanoTime();
              int i = 0;
              while (System.nanoTime() < until) {
                long now = System.nanoTime();
                if (now < next) {
                  TimeUnit.NANOSECONDS.sleep(next - now);
                }
                next += (long) perWriterInterval;
                for (int row = 0; row < perTransaction; row++) {
                  update.setString(1, Long.toString(System.nanoTime()));
                  update.setInt(2, 1 + (writer * 100 + i++ % 100) % 3500);
                  update.executeUpdate();
                }
                connection.commit();
                written.addAndGet(perTransaction);
              }
            } catch (SQLException | InterruptedException e) {
              throw new IllegalStateException(e);
            }
          });
    }
    pool.shutdown();
    pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
  }

  private static long[] merge(long[][] latencies, int[] counts) {
    List<long[]> parts = new ArrayList<>();
    int total = 0;
    for (int i = 0; i < latencies.length; i++) {
      parts.add(Arrays.copyOf(latencies[i], counts[i]));
      total += counts[i];
    }
    long[] all = new long[total];
    int at = 0;
    for (long[] part : parts) {
      System.arraycopy(part, 0, all, at, part.length);
      at += part.length;
    }
    return all;
  }

  private static double percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    return sorted[Math.min(sorted.length - 1, (int) (p * sorted.length))] / 1e6;
  }

  private static double cpuSeconds() {
    var os = ManagementFactory.getOperatingSystemMXBean();
    if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
      return sun.getProcessCpuTime() / 1e9;
    }
    return Double.NaN;
  }
}
