package dev.rex.bench.realtime;

import dev.rex.Rex;
import dev.rex.RexSettings;
import dev.rex.bench.pg.Tables;
import dev.rex.realtime.Realtime;
import dev.rex.realtime.RealtimeSchema;
import dev.rex.realtime.RealtimeSettings;
import dev.rex.realtime.http.RealtimeServer;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.client.WebSocketClient;

/**
 * Commit-to-client latency with many WebSocket subscribers: one JVM runs {@link RealtimeServer} and
 * a load client of {@code SUBSCRIBERS} WebSocket connections (each one subscription to {@code
 * track}, filtered on one track id, or unfiltered with {@code all}); a writer updates tracks at
 * {@code RATE} changes per second, each statement writing its start time ({@code
 * System.nanoTime()}) into {@code composer}; each client notes when the change reaches it. Both
 * sides share the machine's cores, so the process CPU is printed too.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.rex.bench.realtime.RealtimeSocketLoad \
 *     jdbc:postgresql://127.0.0.1:5432/rex_realtime_bench?user=root SUBSCRIBERS SECONDS RATE \
 *     filtered|all
 * </pre>
 */
public final class RealtimeSocketLoad {

  private RealtimeSocketLoad() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 3 && args[0].equals("serve")) {
      serve(args[1], Integer.parseInt(args[2]));
    } else if (args.length == 7 && args[0].equals("load")) {
      load(
          args[1],
          Integer.parseInt(args[2]),
          Integer.parseInt(args[3]),
          Integer.parseInt(args[4]),
          Integer.parseInt(args[5]),
          args[6].equals("filtered"));
    } else {
      System.err.println(
          "usage: RealtimeSocketLoad serve JDBC_URL PORT\n"
              + "       RealtimeSocketLoad load JDBC_URL PORT SUBSCRIBERS SECONDS RATE filtered|all");
      System.exit(2);
    }
  }

  /** The server side: Realtime and RealtimeServer on {@code track}, until the process stops. */
  static void serve(String url, int port) throws Exception {
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      statement.execute(RealtimeSchema.migration(connection, List.of("track")));
    }
    Rex db = Rex.connect(url, RexSettings.defaults().withLogging(false));
    Realtime realtime = Realtime.start(db, RealtimeSettings.defaults());
    RealtimeServer server =
        RealtimeServer.builder(realtime)
            .table(Tables.TRACK)
            .host("127.0.0.1")
            .port(port)
            .threads(16)
            .build()
            .start();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  System.out.printf(
                      "server: %d subscribers at the end; server process CPU %.1f s%n",
                      realtime.subscriberCount(), cpuSeconds());
                  server.close();
                  realtime.close();
                  db.close();
                  stopped.countDown();
                }));
    System.out.println("server: listening on " + server.uri());
    stopped.await();
  }

  /**
   * The client side: {@code subscribers} WebSocket connections, then a writer at {@code rate}
   * changes per second for {@code seconds}; each update writes its start time (epoch microseconds:
   * the clock both processes share) into {@code composer}.
   */
  static void load(String url, int port, int subscribers, int seconds, int rate, boolean filtered)
      throws Exception {
    URI socket = URI.create("ws://127.0.0.1:" + port + "/realtime/ws");
    WebSocketClient client = new WebSocketClient();
    client.setMaxTextMessageSize(1 << 20);
    client.start();
    Recorder recorder =
        new Recorder(
            subscribers,
            (long) rate * (seconds + 5) * (filtered ? 1 + subscribers / 3500 : subscribers));
    List<Subscriber> clients = new ArrayList<>();
    long connectStart = System.nanoTime();
    for (int i = 0; i < subscribers; i++) {
      Subscriber subscriber = new Subscriber(recorder, filtered ? 1 + i % 3500 : 0);
      client.connect(subscriber, socket).get(30, TimeUnit.SECONDS);
      clients.add(subscriber);
    }
    recorder.subscribed.await(120, TimeUnit.SECONDS);
    Thread.sleep(5_000);
    System.out.printf(
        "client: %d WebSocket subscribers (%s) connected and subscribed in %.1f s%n",
        subscribers,
        filtered ? "one track each" : "every change",
        (System.nanoTime() - connectStart) / 1e9);
    double cpuBefore = cpuSeconds();
    long start = System.nanoTime();
    long written = write(url, seconds, rate, filtered ? 3500 : 100);
    long expected = filtered ? -1 : written * subscribers;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    long last = -1;
    while (System.nanoTime() < deadline) {
      long now = recorder.received.sum();
      if (now == expected || (expected < 0 && now == last)) {
        break;
      }
      last = now;
      Thread.sleep(500);
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    double cpu = cpuSeconds() - cpuBefore;
    long[] latencies = recorder.sorted();
    System.out.printf(
        "client: wrote %d changes at %d/s for %d s; clients received %d messages%s%n",
        written, rate, seconds, recorder.received.sum(), expected < 0 ? "" : " of " + expected);
    System.out.printf(
        "client: latency statement start -> WebSocket client: p50 %.1f ms, p95 %.1f ms, p99 %.1f"
            + " ms, max %.1f ms (%d samples)%n",
        percentile(latencies, 0.50),
        percentile(latencies, 0.95),
        percentile(latencies, 0.99),
        latencies.length == 0 ? 0 : latencies[latencies.length - 1] / 1e3,
        latencies.length);
    System.out.printf(
        "client: load client process CPU %.1f s over %.1f s = %.0f%% of one core%n",
        cpu, elapsed, 100 * cpu / elapsed);
    for (Subscriber subscriber : clients) {
      subscriber.close();
    }
    client.stop();
  }

  /** Collects latencies from all clients. */
  static final class Recorder {
    final CountDownLatch subscribed;
    final LongAdder received = new LongAdder();
    final long[] latencies;
    final AtomicLong count = new AtomicLong();

    Recorder(int subscribers, long capacity) {
      this.subscribed = new CountDownLatch(subscribers);
      this.latencies = new long[(int) Math.min(capacity, 50_000_000)];
    }

    void record(long nanos) {
      received.increment();
      long at = count.getAndIncrement();
      if (at < latencies.length) {
        latencies[(int) at] = nanos;
      }
    }

    long[] sorted() {
      long[] copy = Arrays.copyOf(latencies, (int) Math.min(count.get(), latencies.length));
      Arrays.sort(copy);
      return copy;
    }
  }

  /** One WebSocket connection with one subscription. */
  public static final class Subscriber implements Session.Listener {
    private static final String MARK = "\"composer\":\"";
    private final Recorder recorder;
    private final int track;
    private volatile Session session;

    Subscriber(Recorder recorder, int track) {
      this.recorder = recorder;
      this.track = track;
    }

    @Override
    public void onWebSocketOpen(Session session) {
      this.session = session;
      String where = track > 0 ? ",\"where\":{\"track_id\":" + track + "}" : "";
      session.sendText(
          "{\"type\":\"subscribe\",\"id\":\"s\",\"table\":\"track\"" + where + "}", Callback.NOOP);
      recorder.subscribed.countDown();
      session.demand();
    }

    @Override
    public void onWebSocketText(String message) {
      long now = epochMicros();
      int at = message.indexOf(MARK);
      if (at >= 0) {
        int from = at + MARK.length();
        int to = message.indexOf('"', from);
        String text = message.substring(from, to);
        if (!text.isEmpty() && Character.isDigit(text.charAt(text.length() - 1))) {
          recorder.record(now - Long.parseLong(text));
        }
      }
      session.demand();
    }

    void close() {
      Session current = session;
      if (current != null) {
        current.close();
      }
    }
  }

  private static long write(String url, int seconds, int rate, int tracks)
      throws SQLException, InterruptedException {
    long written = 0;
    try (Connection connection = DriverManager.getConnection(url);
        PreparedStatement update =
            connection.prepareStatement("update track set composer = ? where track_id = ?")) {
      long interval = 1_000_000_000L / rate;
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
      long next = System.nanoTime();
      while (System.nanoTime() < until) {
        long now = System.nanoTime();
        if (now < next) {
          TimeUnit.NANOSECONDS.sleep(next - now);
        }
        next += interval;
        update.setString(1, Long.toString(epochMicros()));
        update.setInt(2, 1 + (int) (written % tracks));
        update.executeUpdate();
        written++;
      }
    }
    return written;
  }

  /** Microseconds since the epoch: comparable between the two processes on one machine. */
  static long epochMicros() {
    java.time.Instant now = java.time.Instant.now();
    return now.getEpochSecond() * 1_000_000 + now.getNano() / 1_000;
  }

  /** The {@code p} quantile of microseconds, in milliseconds. */
  private static double percentile(long[] sorted, double p) {
    return sorted.length == 0
        ? 0
        : sorted[Math.min(sorted.length - 1, (int) (p * sorted.length))] / 1e3;
  }

  private static double cpuSeconds() {
    var os = ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean sun
        ? sun.getProcessCpuTime() / 1e9
        : Double.NaN;
  }
}
