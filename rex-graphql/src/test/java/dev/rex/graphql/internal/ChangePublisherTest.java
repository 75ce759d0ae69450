package dev.rex.graphql.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rex.Rex;
import dev.rex.dsl.Record;
import dev.rex.dsl.Table;
import dev.rex.graphql.ChinookCatalogs;
import dev.rex.graphql.RealtimeChinook;
import dev.rex.realtime.ChangePosition;
import dev.rex.realtime.Realtime;
import dev.rex.realtime.RealtimeSettings;
import dev.rex.testing.TestDatabases;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/**
 * {@link ChangePublisher} on a real change stream (SQLite Chinook, album changes captured): events
 * flow on demand, a subscriber too slow to ask for them ends with a GraphQL error that says where
 * to resume, and failures reach {@code onError}. rex-realtime's FlowPublisherSuite covers the Flow
 * publisher underneath on both dialects.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChangePublisherTest {

  private String url;
  private Rex db;
  private Realtime realtime;
  private Table<? extends Record> album;
  private int nextId = 30_000;

  @BeforeAll
  void start() {
    url = RealtimeChinook.create("sqlite", "Album");
    db = Rex.connect(url);
    realtime =
        Realtime.start(db, RealtimeSettings.defaults().withPollInterval(Duration.ofMillis(100)));
    Table<? extends Record> table = ChinookCatalogs.of("sqlite").table("Album");
    assertThat(table).isNotNull();
    album = table;
  }

  @AfterAll
  void stop() {
    realtime.close();
    db.close();
  }

  private ChangePublisher<? extends Record> publisher(int capacity) {
    return publisher(album, capacity);
  }

  private <R extends Record> ChangePublisher<R> publisher(Table<R> table, int capacity) {
    return new ChangePublisher<>(
        realtime.changes(table),
        change -> Map.of("position", change.position().toString()),
        capacity);
  }

  private void insert() {
    int id = nextId++;
    TestDatabases.execute(
        url, "insert into Album (AlbumId, Title, ArtistId) values (" + id + ", 'P" + id + "', 1)");
  }

  private void awaitSubscribers(int count) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (realtime.subscriberCount() != count) {
      assertThat(System.nanoTime()).as(count + " subscribers").isLessThan(deadline);
      Thread.sleep(10);
    }
  }

  /** Records what it is given. */
  private static final class Recorder implements Subscriber<Map<String, @Nullable Object>> {
    final BlockingQueue<Map<String, @Nullable Object>> events = new LinkedBlockingQueue<>();
    final CompletableFuture<Throwable> failure = new CompletableFuture<>();
    volatile @Nullable Subscription subscription;

    @Override
    public void onSubscribe(Subscription s) {
      subscription = s;
    }

    @Override
    public void onNext(Map<String, @Nullable Object> event) {
      events.add(event);
    }

    @Override
    public void onError(Throwable t) {
      failure.complete(t);
    }

    @Override
    public void onComplete() {
      failure.complete(new AssertionError("completed"));
    }

    Subscription subscription() {
      Subscription s = subscription;
      assertThat(s).isNotNull();
      return s;
    }
  }

  @Test
  void eventsFlowAsTheSubscriberAsksForThem() throws Exception {
    Recorder recorder = new Recorder();
    publisher(10).subscribe(recorder);
    awaitSubscribers(1);
    insert();
    insert();
    recorder.subscription().request(1);
    assertThat(recorder.events.poll(20, TimeUnit.SECONDS)).isNotNull();
    assertThat(recorder.events.poll(300, TimeUnit.MILLISECONDS)).as("not asked for").isNull();
    recorder.subscription().request(1);
    assertThat(recorder.events.poll(20, TimeUnit.SECONDS)).isNotNull();
    recorder.subscription().cancel();
    awaitSubscribers(0);
    assertThat(recorder.failure).isNotDone();
  }

  @Test
  void aSubscriberThatLetsTheBufferFillUpIsEndedAsTooSlow() throws Exception {
    ChangePosition start = realtime.position();
    Recorder recorder = new Recorder();
    publisher(2).subscribe(recorder);
    awaitSubscribers(1);
    insert();
    insert();
    insert();
    Throwable failure = recorder.failure.get(20, TimeUnit.SECONDS);
    assertThat(failure).isInstanceOf(ChangeStreamEnded.class);
    ChangeStreamEnded ended = (ChangeStreamEnded) failure;
    assertThat(ended.code()).isEqualTo("TOO_SLOW");
    // nothing was handed out: it resumes where it started
    assertThat(ended.resumeAfter()).isEqualTo(start.toString());
    assertThat(ended.getMessage()).contains("after: \"" + start + "\"");
    assertThat(ended.toSpecification()).containsKey("extensions");
    assertThat(recorder.events).isEmpty();
    awaitSubscribers(0);
  }

  @Test
  void aNonPositiveRequestFailsTheSubscription() throws Exception {
    Recorder recorder = new Recorder();
    publisher(10).subscribe(recorder);
    awaitSubscribers(1);
    recorder.subscription().request(0);
    assertThat(recorder.failure.get(20, TimeUnit.SECONDS))
        .isInstanceOf(IllegalArgumentException.class);
    // the subscription is over: its change stream was cancelled with it
    awaitSubscribers(0);
  }

  @Test
  void anEventThatCannotBeBuiltEndsTheSubscriptionWithItsFailure() throws Exception {
    Recorder recorder = new Recorder();
    new ChangePublisher<>(
            realtime.changes(album),
            change -> {
              throw new IllegalStateException("no event for " + change.position());
            },
            10)
        .subscribe(recorder);
    awaitSubscribers(1);
    recorder.subscription().request(5);
    insert();
    assertThat(recorder.failure.get(20, TimeUnit.SECONDS))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("no event for");
    assertThat(recorder.events).isEmpty();
    awaitSubscribers(0);
  }
}
