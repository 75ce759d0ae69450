package dev.rex.realtime.suites;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rex.Rex;
import dev.rex.dsl.Field;
import dev.rex.dsl.Record;
import dev.rex.dsl.Table;
import dev.rex.realtime.Change;
import dev.rex.realtime.ChangeListener;
import dev.rex.realtime.ChangePosition;
import dev.rex.realtime.ChangeSubscription;
import dev.rex.realtime.Realtime;
import dev.rex.realtime.RealtimeDatabase;
import dev.rex.realtime.RealtimeSettings;
import dev.rex.realtime.SubscriptionEnd;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The log's promise under load: 10,000 changes from 8 concurrent writers, in short and long
 * transactions that touch the same rows, arrive at every subscriber exactly once and, per row, in
 * commit order, while subscribers disconnect and resume from their last position and (on
 * PostgreSQL) the LISTEN connection is killed. Each update adds 1 to a track's {@code
 * milliseconds}, so a row's changes must form an unbroken chain: each one's old value is the
 * previous one's new value.
 */
public abstract class LosslessSuite {

  protected static final int CHANGES = 10_000;
  private static final int WRITERS = 8;
  private static final int ROWS = 40;

  protected String url;
  protected Rex db;
  protected Realtime realtime;

  protected abstract String dialect();

  protected abstract Table<? extends Record> track();

  /** Opens a writer's connection, ready for explicit transactions. */
  protected Connection writerConnection() throws SQLException {
    Connection connection = DriverManager.getConnection(url);
    connection.setAutoCommit(false);
    return connection;
  }

  /** Disturbs the stream while it flows (kills connections, say); nothing by default. */
  protected void disturb(Realtime instance) throws Exception {}

  @BeforeEach
  void start() {
    url = RealtimeDatabase.create(dialect(), "track");
    db = Rex.connect(url);
    realtime =
        Realtime.start(db, RealtimeSettings.defaults().withPollInterval(Duration.ofMillis(250)));
  }

  @AfterEach
  void stop() {
    realtime.close();
    db.close();
  }

  /** Records every change it is given, and can hand over to its next incarnation. */
  protected static final class Recorder<R extends Record> implements ChangeListener<R> {
    public final List<Change<R>> changes = new CopyOnWriteArrayList<>();

    public Recorder() {}

    volatile SubscriptionEnd end;

    @Override
    public void onChange(Change<R> change) {
      changes.add(change);
    }

    @Override
    public void onEnd(SubscriptionEnd why) {
      end = why;
    }
  }

  @Test
  protected void everyChangeArrivesOnceInCommitOrderPerRow() throws Exception {
    check(track());
  }

  private <R extends Record> void check(Table<R> track) throws Exception {
    Map<Integer, Integer> initial = milliseconds();
    Recorder<R> steady = new Recorder<>();
    realtime.changes(track).subscribe(steady);
    List<Change<R>> resumed = new ArrayList<>();
    Recorder<R> hopping = new Recorder<>();
    ChangeSubscription hop = realtime.changes(track).subscribe(hopping);

    ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
    AtomicInteger claimed = new AtomicInteger();
    AtomicInteger written = new AtomicInteger();
    List<Future<?>> done = new ArrayList<>();
    for (int w = 0; w < WRITERS; w++) {
      long seed = w;
      done.add(writers.submit(() -> write(new Random(seed), claimed, written)));
    }
    int hops = 0;
    while (!allDone(done)) {
      Thread.sleep(150);
      if (hops < 6) {
        hop.cancel();
        awaitEnd(hopping);
        resumed.addAll(hopping.changes);
        ChangePosition last = hopping.end.resumeAfter();
        hopping = new Recorder<>();
        hop = realtime.changes(track).after(last).subscribe(hopping);
        hops++;
        disturb(realtime);
      }
    }
    for (Future<?> future : done) {
      future.get();
    }
    writers.shutdown();
    assertThat(written.get()).isEqualTo(CHANGES);

    awaitCount(steady.changes, CHANGES);
    awaitCount(hopping.changes, CHANGES - resumed.size());
    resumed.addAll(hopping.changes);
    Map<Integer, Integer> fin = milliseconds();
    assertChains(steady.changes, track, initial, fin);
    assertChains(resumed, track, initial, fin);
  }

  private void write(Random random, AtomicInteger claims, AtomicInteger written) {
    try (Connection connection = writerConnection();
        PreparedStatement update =
            connection.prepareStatement(
                sql("update track set milliseconds = milliseconds + 1 where track_id = ?"))) {
      while (true) {
        int rows = 1 + random.nextInt(3);
        int claimed = claims.addAndGet(rows);
        if (claimed > CHANGES) {
          rows -= claimed - CHANGES;
          if (rows <= 0) {
            return;
          }
        }
        List<Integer> ids = new ArrayList<>();
        while (ids.size() < rows) {
          int id = 1 + random.nextInt(ROWS);
          if (!ids.contains(id)) {
            ids.add(id);
          }
        }
        ids.sort(null);
        begin(connection);
        for (int id : ids) {
          update.setInt(1, id);
          update.executeUpdate();
          if (random.nextInt(10) == 0) {
            Thread.sleep(random.nextInt(20));
          }
        }
        commit(connection);
        written.addAndGet(rows);
        if (claimed >= CHANGES) {
          return;
        }
      }
    } catch (SQLException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Starts a write transaction (SQLite takes its write lock at once, to avoid busy upgrades). */
  protected void begin(Connection connection) throws SQLException {}

  /** Commits a writer's transaction. */
  protected void commit(Connection connection) throws SQLException {
    connection.commit();
  }

  private String sql(String statement) {
    return dialect().equals("sqlite") ? statement.replace("_", "") : statement;
  }

  private Map<Integer, Integer> milliseconds() throws SQLException {
    Map<Integer, Integer> values = new HashMap<>();
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                sql("select track_id, milliseconds from track where track_id <= " + ROWS))) {
      while (rows.next()) {
        values.put(rows.getInt(1), rows.getInt(2));
      }
    }
    return values;
  }

  private static boolean allDone(List<Future<?>> futures) {
    return futures.stream().allMatch(Future::isDone);
  }

  private static void awaitEnd(Recorder<?> recorder) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (recorder.end == null && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertThat(recorder.end).as("the cancelled subscription ended").isNotNull();
  }

  private static void awaitCount(List<?> list, int count) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (list.size() < count && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(list).as("changes delivered").hasSize(count);
  }

  @SuppressWarnings("unchecked")
  private static <R extends Record> void assertChains(
      List<Change<R>> changes,
      Table<R> track,
      Map<Integer, Integer> initial,
      Map<Integer, Integer> fin) {
    Field<Integer> id = (Field<Integer>) RealtimeSuite.column(track, "track_id");
    Field<Integer> ms = (Field<Integer>) RealtimeSuite.column(track, "milliseconds");
    assertThat(changes.stream().map(Change::position).distinct().count())
        .as("no change twice")
        .isEqualTo(changes.size());
    for (int i = 1; i < changes.size(); i++) {
      assertThat(changes.get(i).position()).isGreaterThan(changes.get(i - 1).position());
    }
    Map<Integer, Integer> current = new HashMap<>(initial);
    for (Change<R> change : changes) {
      R before = change.oldRecord();
      R after = change.newRecord();
      assertThat(before).isNotNull();
      assertThat(after).isNotNull();
      int row = after.get(id);
      assertThat(before.get(ms))
          .as("row %s at %s continues its chain", row, change.position())
          .isEqualTo(current.get(row));
      assertThat(after.get(ms)).isEqualTo(before.get(ms) + 1);
      current.put(row, after.get(ms));
    }
    assertThat(current).isEqualTo(fin);
  }
}
