package dev.rex.realtime.suites;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.Rex;
import dev.rex.dsl.Record;
import dev.rex.dsl.Table;
import dev.rex.realtime.Change;
import dev.rex.realtime.ChangeOperation;
import dev.rex.realtime.ChangePosition;
import dev.rex.realtime.Realtime;
import dev.rex.realtime.RealtimeDatabase;
import dev.rex.realtime.RealtimeSettings;
import dev.rex.realtime.SubscriptionEnd;
import dev.rex.realtime.SubscriptionEndedException;
import dev.rex.testing.TestDatabases;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link dev.rex.realtime.ChangeStream#publisher} on one dialect: changes flow as the subscriber
 * requests them, a subscriber that lets its buffer fill up is ended as too slow with the position
 * to resume after, the Flow rules on requests, and every other end reaches {@code onError}.
 */
public abstract class FlowPublisherSuite {

  private static final Duration WAIT = Duration.ofSeconds(20);

  private String url;
  private Rex db;
  private Realtime realtime;
  private int nextId = 40_000;

  protected abstract String dialect();

  protected abstract Table<? extends Record> album();

  @BeforeEach
  void start() {
    url = RealtimeDatabase.create(dialect(), "album");
    db = Rex.connect(url);
    realtime =
        Realtime.start(db, RealtimeSettings.defaults().withPollInterval(Duration.ofMillis(100)));
  }

  @AfterEach
  void stop() {
    realtime.close();
    db.close();
  }

  /** Records what it is given; asks for nothing by itself. */
  private static final class Recorder<T> implements Flow.Subscriber<T> {
    final BlockingQueue<T> items = new LinkedBlockingQueue<>();
    final CompletableFuture<Throwable> failure = new CompletableFuture<>();
    final CompletableFuture<Flow.Subscription> subscription = new CompletableFuture<>();

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription.complete(s);
    }

    @Override
    public void onNext(T item) {
      items.add(item);
    }

    @Override
    public void onError(Throwable t) {
      failure.complete(t);
    }

    @Override
    public void onComplete() {
      failure.complete(new AssertionError("a change stream never completes"));
    }

    Flow.Subscription subscription() throws Exception {
      return subscription.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    }

    T next() throws InterruptedException {
      T item = items.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
      assertThat(item).as("an item within " + WAIT).isNotNull();
      return item;
    }

    SubscriptionEnd awaitEnd() throws Exception {
      Throwable t = failure.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
      assertThat(t).isInstanceOf(SubscriptionEndedException.class);
      return ((SubscriptionEndedException) t).end();
    }
  }

  private void insert() {
    int id = nextId++;
    String sql =
        dialect().equals("sqlite")
            ? "insert into Album (AlbumId, Title, ArtistId) values (%d, 'F%d', 1)"
            : "insert into album (album_id, title, artist_id) values (%d, 'F%d', 1)";
    TestDatabases.execute(url, String.format(sql, id, id));
  }

  private void awaitSubscribers(int count) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (realtime.subscriberCount() != count) {
      assertThat(System.nanoTime()).as(count + " subscribers").isLessThan(deadline);
      Thread.sleep(10);
    }
  }

  private <R extends Record> Recorder<Change<R>> subscribe(Table<R> table, int buffer) {
    Recorder<Change<R>> recorder = new Recorder<>();
    realtime.changes(table).publisher(buffer).subscribe(recorder);
    return recorder;
  }

  @Test
  void changesFlowAsTheSubscriberRequestsThem() throws Exception {
    Recorder<? extends Change<? extends Record>> recorder = subscribe(album(), 10);
    awaitSubscribers(1);
    insert();
    insert();
    recorder.subscription().request(1);
    Change<? extends Record> first = recorder.next();
    assertThat(first.operation()).isEqualTo(ChangeOperation.INSERT);
    assertThat(recorder.items.poll(300, TimeUnit.MILLISECONDS)).as("not requested").isNull();
    recorder.subscription().request(Long.MAX_VALUE);
    assertThat(recorder.next().position().compareTo(first.position())).isPositive();
    insert();
    assertThat(recorder.next()).isNotNull();
    recorder.subscription().cancel();
    awaitSubscribers(0);
    assertThat(recorder.failure).isNotDone();
  }

  @Test
  void aSubscriberThatLetsItsBufferFillUpIsEndedAsTooSlowWithWhereToResume() throws Exception {
    Recorder<? extends Change<? extends Record>> recorder = subscribe(album(), 2);
    awaitSubscribers(1);
    insert();
    recorder.subscription().request(1);
    ChangePosition given = recorder.next().position();
    insert();
    insert();
    insert();
    SubscriptionEnd end = recorder.awaitEnd();
    assertThat(end.reason()).isEqualTo(SubscriptionEnd.Reason.TOO_SLOW);
    assertThat(end.resumeAfter()).isEqualTo(given);
    awaitSubscribers(0);

    // resuming after that position replays the three it missed
    Recorder<Change<Record>> resumed = new Recorder<>();
    @SuppressWarnings("unchecked")
    Table<Record> album = (Table<Record>) album();
    realtime.changes(album).after(given).publisher().subscribe(resumed);
    resumed.subscription().request(3);
    for (int i = 0; i < 3; i++) {
      assertThat(resumed.next().position().compareTo(given)).isPositive();
    }
    resumed.subscription().cancel();
  }

  @Test
  void eachSubscriberHasASubscriptionOfItsOwn() throws Exception {
    Flow.Publisher<? extends Change<? extends Record>> publisher =
        realtime.changes(album()).publisher();
    Recorder<Change<? extends Record>> first = new Recorder<>();
    Recorder<Change<? extends Record>> second = new Recorder<>();
    publisher.subscribe(first);
    publisher.subscribe(second);
    awaitSubscribers(2);
    first.subscription().request(5);
    second.subscription().request(5);
    insert();
    assertThat(first.next().position()).isEqualTo(second.next().position());
    first.subscription().cancel();
    awaitSubscribers(1);
    insert();
    assertThat(second.next()).isNotNull();
    second.subscription().cancel();
  }

  @Test
  void aNonPositiveRequestEndsTheSubscriptionAsTheFlowRulesSay() throws Exception {
    Recorder<? extends Change<? extends Record>> recorder = subscribe(album(), 10);
    awaitSubscribers(1);
    insert();
    Thread.sleep(300); // the change now waits for demand; the error must not wait behind it
    recorder.subscription().request(0);
    assertThat(recorder.failure.get(WAIT.toMillis(), TimeUnit.MILLISECONDS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("3.9");
    awaitSubscribers(0);
  }

  @Test
  void closingRealtimeEndsTheSubscriberWithClosed() throws Exception {
    Recorder<? extends Change<? extends Record>> recorder = subscribe(album(), 10);
    awaitSubscribers(1);
    realtime.close();
    assertThat(recorder.awaitEnd().reason()).isEqualTo(SubscriptionEnd.Reason.CLOSED);
  }

  @Test
  void aBufferMustBePositive() {
    assertThatThrownBy(() -> realtime.changes(album()).publisher(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("positive");
  }

  @Test
  void aSubscriberReceivesOnSubscribeBeforeAnythingElse() throws Exception {
    @Nullable Object[] firstSignal = new Object[1];
    Flow.Subscriber<Change<? extends Record>> subscriber =
        new Flow.Subscriber<>() {
          @Override
          public void onSubscribe(Flow.Subscription subscription) {
            synchronized (firstSignal) {
              if (firstSignal[0] == null) {
                firstSignal[0] = "subscribe";
              }
            }
            subscription.cancel();
          }

          @Override
          public void onNext(Change<? extends Record> item) {
            firstSignal[0] = firstSignal[0] == null ? "next" : firstSignal[0];
          }

          @Override
          public void onError(Throwable throwable) {
            firstSignal[0] = firstSignal[0] == null ? "error" : firstSignal[0];
          }

          @Override
          public void onComplete() {
            firstSignal[0] = firstSignal[0] == null ? "complete" : firstSignal[0];
          }
        };
    realtime.changes(album()).publisher().subscribe(subscriber);
    assertThat(firstSignal[0]).isEqualTo("subscribe");
    // cancelled inside onSubscribe: no subscription stays behind
    awaitSubscribers(0);
  }
}
