package dev.rex.realtime.suites;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rex.Rex;
import dev.rex.dsl.Field;
import dev.rex.dsl.Record;
import dev.rex.dsl.Table;
import dev.rex.realtime.Change;
import dev.rex.realtime.ChangeListener;
import dev.rex.realtime.ChangeOperation;
import dev.rex.realtime.ChangePosition;
import dev.rex.realtime.ChangeSubscription;
import dev.rex.realtime.Realtime;
import dev.rex.realtime.RealtimeDatabase;
import dev.rex.realtime.RealtimeSettings;
import dev.rex.realtime.SubscriptionEnd;
import dev.rex.testing.TestDatabases;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour of {@link Realtime} on one dialect: typed images, filters, resuming, retention,
 * slow and failing subscribers, and cache invalidation by other writers.
 */
public abstract class RealtimeSuite {

  protected static final Duration WAIT = Duration.ofSeconds(20);

  protected String url;
  protected Rex db;
  protected Realtime realtime;

  protected abstract String dialect();

  protected abstract Table<? extends Record> album();

  protected RealtimeSettings settings() {
    return RealtimeSettings.defaults().withPollInterval(Duration.ofMillis(200));
  }

  @BeforeEach
  void start() {
    url = RealtimeDatabase.create(dialect(), "album", "artist", "track");
    db = Rex.connect(url);
    realtime = Realtime.start(db, settings());
  }

  @AfterEach
  void stop() {
    realtime.close();
    db.close();
  }

  /** A listener that collects changes and the end. */
  protected static class Collector<R extends Record> implements ChangeListener<R> {
    final BlockingQueue<Change<R>> changes = new LinkedBlockingQueue<>();
    final CountDownLatch ended = new CountDownLatch(1);
    volatile @Nullable SubscriptionEnd end;

    @Override
    public void onChange(Change<R> change) {
      changes.add(change);
    }

    @Override
    public void onEnd(SubscriptionEnd why) {
      end = why;
      ended.countDown();
    }

    public Change<R> next() throws InterruptedException {
      Change<R> change = changes.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
      assertThat(change).as("a change within " + WAIT).isNotNull();
      return change;
    }

    List<Change<R>> next(int count) throws InterruptedException {
      List<Change<R>> list = new CopyOnWriteArrayList<>();
      for (int i = 0; i < count; i++) {
        list.add(next());
      }
      return list;
    }

    void assertQuietFor(Duration duration) throws InterruptedException {
      assertThat(changes.poll(duration.toMillis(), TimeUnit.MILLISECONDS)).isNull();
    }

    SubscriptionEnd awaitEnd() throws InterruptedException {
      assertThat(ended.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)).as("ended").isTrue();
      SubscriptionEnd why = end;
      assertThat(why).isNotNull();
      return why;
    }
  }

  /**
   * Runs SQL written with PostgreSQL Chinook's names ({@code album_id}) on a connection of its own;
   * SQLite's Chinook spells them {@code AlbumId}, and ignores case.
   */
  protected void sql(String statement) {
    TestDatabases.execute(url, dialect().equals("sqlite") ? statement.replace("_", "") : statement);
  }

  /** The column of {@code table} named {@code column} in PostgreSQL Chinook's spelling. */
  protected static Field<?> column(Table<?> table, String column) {
    for (Field<?> field : table.fields()) {
      if (field.getName().replace("_", "").equalsIgnoreCase(column.replace("_", ""))) {
        return field;
      }
    }
    throw new IllegalArgumentException(column);
  }

  @SuppressWarnings("unchecked")
  protected static <R extends Record, T> T value(
      @Nullable R record, Table<R> table, String column) {
    assertThat(record).isNotNull();
    return record.get((Field<T>) column(table, column));
  }

  protected <R extends Record> Collector<R> subscribe(Table<R> table) {
    Collector<R> collector = new Collector<>();
    realtime.changes(table).subscribe(collector);
    return collector;
  }

  @Test
  void insertUpdateAndDeleteArriveAsTypedRecordsInOrder() throws Exception {
    Table<? extends Record> album = album();
    checkInsertUpdateDelete(album);
  }

  private <R extends Record> void checkInsertUpdateDelete(Table<R> album) throws Exception {
    Collector<R> collector = subscribe(album);
    sql("insert into album (album_id, title, artist_id) values (9001, 'Live at Rex', 1)");
    sql("update album set title = 'Live at Rex (Deluxe)' where album_id = 9001");
    sql("delete from album where album_id = 9001");

    List<Change<R>> changes = collector.next(3);
    assertThat(changes)
        .extracting(Change::operation)
        .containsExactly(ChangeOperation.INSERT, ChangeOperation.UPDATE, ChangeOperation.DELETE);
    assertThat(changes.get(0).position()).isLessThan(changes.get(1).position());
    assertThat(changes.get(1).position()).isLessThan(changes.get(2).position());

    R inserted = changes.get(0).newRecord();
    assertThat(changes.get(0).oldRecord()).isNull();
    assertThat(inserted).isNotNull();
    assertThat((Integer) value(inserted, album, "album_id")).isEqualTo(9001);
    assertThat((String) value(inserted, album, "title")).isEqualTo("Live at Rex");

    Change<R> update = changes.get(1);
    assertThat((String) value(update.oldRecord(), album, "title")).isEqualTo("Live at Rex");
    assertThat((String) value(update.newRecord(), album, "title"))
        .isEqualTo("Live at Rex (Deluxe)");

    Change<R> delete = changes.get(2);
    assertThat(delete.newRecord()).isNull();
    assertThat((String) value(delete.oldRecord(), album, "title"))
        .isEqualTo("Live at Rex (Deluxe)");
    assertThat(realtime.position()).isEqualTo(delete.position());
  }

  @Test
  void aFilterSeesRowsEnterAndLeaveIt() throws Exception {
    checkFilter(album());
  }

  private <R extends Record> void checkFilter(Table<R> album) throws Exception {
    Collector<R> collector = new Collector<>();
    @SuppressWarnings("unchecked")
    Field<Integer> artistId = (Field<Integer>) column(album, "artist_id");
    realtime.changes(album).where(artistId.eq(2)).subscribe(collector);
    sql("insert into album (album_id, title, artist_id) values (9001, 'Not artist 2', 1)");
    sql("insert into album (album_id, title, artist_id) values (9002, 'Artist 2', 2)");
    sql("update album set artist_id = 3 where album_id = 9002");
    sql("update album set title = 'Still not 2' where album_id = 9002");

    Change<R> entered = collector.next();
    assertThat((Integer) value(entered.newRecord(), album, "album_id")).isEqualTo(9002);
    Change<R> left = collector.next();
    assertThat(left.operation()).isEqualTo(ChangeOperation.UPDATE);
    assertThat((Integer) value(left.newRecord(), album, "artist_id")).isEqualTo(3);
    collector.assertQuietFor(Duration.ofMillis(600));
  }

  @Test
  void indexedEqualityFiltersReachOnlyTheirRowsAndSeeARowMoveBetweenThem() throws Exception {
    checkIndexed(album());
  }

  private <R extends Record> void checkIndexed(Table<R> album) throws Exception {
    @SuppressWarnings("unchecked")
    Field<Integer> artistId = (Field<Integer>) column(album, "artist_id");
    Collector<R> two = new Collector<>();
    Collector<R> three = new Collector<>();
    Collector<R> twoAgain = new Collector<>();
    Collector<R> everything = subscribe(album);
    realtime.changes(album).whereEqual(artistId, 2).subscribe(two);
    realtime.changes(album).whereEqual(artistId, 3).subscribe(three);
    realtime.changes(album).whereEqual(artistId, 2).subscribe(twoAgain);
    sql("insert into album (album_id, title, artist_id) values (9001, 'One', 1)");
    sql("insert into album (album_id, title, artist_id) values (9002, 'Two', 2)");
    sql("update album set artist_id = 3 where album_id = 9002");
    everything.next(3);
    assertThat((Integer) value(two.next().newRecord(), album, "album_id")).isEqualTo(9002);
    assertThat(two.next().operation()).isEqualTo(ChangeOperation.UPDATE);
    twoAgain.next(2);
    Change<R> moved = three.next();
    assertThat((Integer) value(moved.oldRecord(), album, "artist_id")).isEqualTo(2);
    assertThat((Integer) value(moved.newRecord(), album, "artist_id")).isEqualTo(3);
    two.assertQuietFor(Duration.ofMillis(300));
    three.assertQuietFor(Duration.ofMillis(100));
  }

  @Test
  void aResumedSubscriberReceivesWhatItMissedOnce() throws Exception {
    checkResume(album());
  }

  private <R extends Record> void checkResume(Table<R> album) throws Exception {
    Collector<R> first = subscribe(album);
    for (int i = 1; i <= 3; i++) {
      sql("insert into album (album_id, title, artist_id) values (" + (9000 + i) + ", 'A', 1)");
    }
    first.next(3);
    ChangeSubscription ignored = null;
    Collector<R> resumed = new Collector<>();
    ChangePosition last = realtime.position();
    for (int i = 4; i <= 6; i++) {
      sql("insert into album (album_id, title, artist_id) values (" + (9000 + i) + ", 'A', 1)");
    }
    first.next(3);
    assertThat(ignored).isNull();
    realtime.changes(album).after(last).subscribe(resumed);
    List<Change<R>> replayed = resumed.next(3);
    assertThat(replayed)
        .extracting(change -> (Integer) value(change.newRecord(), album, "album_id"))
        .containsExactly(9004, 9005, 9006);
    sql("insert into album (album_id, title, artist_id) values (9007, 'A', 1)");
    assertThat((Integer) value(resumed.next().newRecord(), album, "album_id")).isEqualTo(9007);
    resumed.assertQuietFor(Duration.ofMillis(400));
  }

  @Test
  void aSubscriberResumingBeforeThePrunedLogIsToldToResync() throws Exception {
    realtime.close();
    realtime =
        Realtime.start(
            db,
            settings()
                .withRetention(Duration.ofDays(1), 5)
                .withPruneInterval(Duration.ofMillis(1)));
    Collector<? extends Record> live = subscribe(album());
    for (int i = 1; i <= 20; i++) {
      sql("insert into album (album_id, title, artist_id) values (" + (9000 + i) + ", 'A', 1)");
    }
    live.next(20);
    sql("update album set title = 'B' where album_id = 9001");
    live.next();
    awaitPruned();
    Collector<? extends Record> late = new Collector<>();
    subscribeAfter(album(), ChangePosition.BEGINNING, late);
    SubscriptionEnd end = late.awaitEnd();
    assertThat(end.reason()).isEqualTo(SubscriptionEnd.Reason.RESYNC_REQUIRED);
    assertThat(end.resumeAfter()).isEqualTo(realtime.position());
    assertThat(late.changes).isEmpty();
  }

  /** Waits until retention has removed the start of the log (it runs after handing changes out). */
  private void awaitPruned() throws Exception {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      try (var connection = java.sql.DriverManager.getConnection(url);
          var statement = connection.createStatement();
          var rows = statement.executeQuery("select pruned_through from rex_change_head")) {
        if (rows.next() && rows.getLong(1) > 0) {
          return;
        }
      }
      Thread.sleep(20);
    }
    throw new AssertionError("the log was not pruned within " + WAIT);
  }

  @SuppressWarnings("unchecked")
  private static <R extends Record> void subscribeAfter(
      Table<R> table,
      ChangePosition after,
      Collector<? extends Record> collector,
      Realtime realtime) {
    realtime.changes(table).after(after).subscribe((Collector<R>) collector);
  }

  private void subscribeAfter(
      Table<? extends Record> table, ChangePosition after, Collector<? extends Record> collector) {
    subscribeAfter(table, after, collector, realtime);
  }

  @Test
  void aSlowSubscriberIsCutOffWithoutSlowingTheOthers() throws Exception {
    realtime.close();
    realtime = Realtime.start(db, settings().withQueueCapacity(5));
    checkSlow(album());
  }

  private <R extends Record> void checkSlow(Table<R> album) throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    Collector<R> slow =
        new Collector<>() {
          @Override
          public void onChange(Change<R> change) {
            try {
              release.await();
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            super.onChange(change);
          }
        };
    realtime.changes(album).subscribe(slow);
    Collector<R> fast = subscribe(album);
    for (int i = 1; i <= 30; i++) {
      sql("insert into album (album_id, title, artist_id) values (" + (9000 + i) + ", 'A', 1)");
      fast.next();
    }
    release.countDown();
    SubscriptionEnd end = slow.awaitEnd();
    assertThat(end.reason()).isEqualTo(SubscriptionEnd.Reason.TOO_SLOW);
    assertThat(end.resumeAfter())
        .isEqualTo(
            slow.changes.isEmpty()
                ? end.resumeAfter()
                : slow.changes.stream().reduce((a, b) -> b).orElseThrow().position());
  }

  @Test
  void aThrowingListenerEndsOnlyItsOwnSubscription() throws Exception {
    checkThrowing(album());
  }

  private <R extends Record> void checkThrowing(Table<R> album) throws Exception {
    Collector<R> failing =
        new Collector<>() {
          @Override
          public void onChange(Change<R> change) {
            throw new IllegalStateException("listener bug");
          }
        };
    realtime.changes(album).subscribe(failing);
    Collector<R> healthy = subscribe(album);
    sql("insert into album (album_id, title, artist_id) values (9001, 'A', 1)");
    sql("insert into album (album_id, title, artist_id) values (9002, 'B', 1)");
    healthy.next(2);
    SubscriptionEnd end = failing.awaitEnd();
    assertThat(end.reason()).isEqualTo(SubscriptionEnd.Reason.LISTENER_FAILED);
    assertThat(end.failure()).hasMessage("listener bug");
    assertThat(realtime.subscriberCount()).isEqualTo(1);
  }

  @Test
  void cancellingEndsTheSubscription() throws Exception {
    Collector<? extends Record> collector = new Collector<>();
    ChangeSubscription subscription = subscribeReturning(album(), collector);
    subscription.cancel();
    assertThat(collector.awaitEnd().reason()).isEqualTo(SubscriptionEnd.Reason.CANCELLED);
    assertThat(subscription.isActive()).isFalse();
    assertThat(realtime.subscriberCount()).isZero();
  }

  @SuppressWarnings("unchecked")
  private <R extends Record> ChangeSubscription subscribeReturning(
      Table<R> table, Collector<? extends Record> collector) {
    return realtime.changes(table).subscribe((Collector<R>) collector);
  }

  @Test
  void writesFromOtherConnectionsInvalidateTheResultCache() throws Exception {
    checkCache(album());
  }

  private <R extends Record> void checkCache(Table<R> album) throws Exception {
    @SuppressWarnings("unchecked")
    Field<Integer> id = (Field<Integer>) column(album, "album_id");
    @SuppressWarnings("unchecked")
    Field<String> title = (Field<String>) column(album, "title");
    var query = db.selectFrom(album).where(id.eq(1));
    String before = db.cache().fetch(query, Duration.ofHours(1)).get(0).get(title);
    Collector<R> collector = subscribe(album);
    sql("update album set title = 'Changed elsewhere' where album_id = 1");
    collector.next();
    assertThat(before).isNotEqualTo("Changed elsewhere");
    assertThat(db.cache().fetch(query, Duration.ofHours(1)).get(0).get(title))
        .isEqualTo("Changed elsewhere");
  }
}
