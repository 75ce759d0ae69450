package dev.rex.graphql.internal;

import dev.rex.dsl.Record;
import dev.rex.realtime.Change;
import dev.rex.realtime.ChangeListener;
import dev.rex.realtime.ChangePosition;
import dev.rex.realtime.ChangeStream;
import dev.rex.realtime.ChangeSubscription;
import dev.rex.realtime.SubscriptionEnd;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/**
 * A change stream as the reactive-streams {@link Publisher} graphql-java's subscription execution
 * expects: subscribing to it subscribes to the stream, each change becomes an event, and the
 * subscriber's demand decides how fast events flow. Events the subscriber has not asked for yet
 * wait in a bounded buffer; a subscriber that lets it fill up is ended as too slow, like
 * rex-realtime ends a listener that falls behind. When the stream ends other than by cancelling,
 * the subscriber gets a {@link ChangeStreamEnded} that says where to resume. One subscriber only.
 */
final class ChangePublisher<R extends Record> implements Publisher<Map<String, @Nullable Object>> {

  private final ChangeStream<R> stream;
  private final Function<Change<R>, Map<String, @Nullable Object>> event;
  private final int capacity;
  private final AtomicBoolean subscribed = new AtomicBoolean();

  ChangePublisher(
      ChangeStream<R> stream,
      Function<Change<R>, Map<String, @Nullable Object>> event,
      int capacity) {
    this.stream = stream;
    this.event = event;
    this.capacity = capacity;
  }

  @Override
  public void subscribe(Subscriber<? super Map<String, @Nullable Object>> subscriber) {
    Objects.requireNonNull(subscriber, "subscriber");
    Relay relay = new Relay(subscriber);
    subscriber.onSubscribe(relay);
    if (!subscribed.compareAndSet(false, true)) {
      relay.fail(new IllegalStateException("a change stream has one subscriber"));
      return;
    }
    relay.started(stream.subscribe(relay));
  }

  /** One event and the position it was at. */
  private record Event(ChangePosition position, Map<String, @Nullable Object> payload) {}

  /** Between the change listener (producer) and the reactive subscriber (consumer). */
  private final class Relay implements Subscription, ChangeListener<R> {

    private final Subscriber<? super Map<String, @Nullable Object>> subscriber;
    private final Queue<Event> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final AtomicLong demand = new AtomicLong();
    private final AtomicInteger work = new AtomicInteger();
    private volatile @Nullable ChangeSubscription upstream;
    private volatile @Nullable RuntimeException ending;
    private volatile @Nullable ChangePosition emitted;
    private volatile boolean cancelled;
    private volatile boolean tooSlow;
    private volatile boolean done;

    Relay(Subscriber<? super Map<String, @Nullable Object>> subscriber) {
      this.subscriber = subscriber;
    }

    void started(ChangeSubscription subscription) {
      upstream = subscription;
      if (emitted == null) {
        emitted = subscription.lastDelivered();
      }
      if (cancelled || done) {
        subscription.cancel();
      }
    }

    void fail(RuntimeException failure) {
      ending = failure;
      drain();
    }

    @Override
    public void onChange(Change<R> change) {
      if (cancelled || tooSlow || ending != null) {
        return;
      }
      if (queued.get() >= capacity) {
        // what waits is dropped: the client resumes after the last event it was given
        tooSlow = true;
        cancelUpstream();
        drain();
        return;
      }
      queue.add(new Event(change.position(), event.apply(change)));
      queued.incrementAndGet();
      drain();
    }

    @Override
    public void onEnd(SubscriptionEnd end) {
      if (end.reason() == SubscriptionEnd.Reason.CANCELLED && (cancelled || tooSlow)) {
        return;
      }
      fail(ChangeStreamEnded.of(end));
    }

    @Override
    public void request(long n) {
      if (n <= 0) {
        fail(new IllegalArgumentException("request must be positive (rule 3.9), was " + n));
        return;
      }
      demand.getAndUpdate(current -> current + n < 0 ? Long.MAX_VALUE : current + n);
      drain();
    }

    @Override
    public void cancel() {
      cancelled = true;
      cancelUpstream();
      queue.clear();
    }

    private void cancelUpstream() {
      ChangeSubscription subscription = upstream;
      if (subscription != null) {
        subscription.cancel();
      }
    }

    /** Hands out what is asked for, on one thread at a time; then the end, once. */
    private void drain() {
      if (work.getAndIncrement() != 0) {
        return;
      }
      int missed = 1;
      do {
        emit();
        missed = work.addAndGet(-missed);
      } while (missed != 0);
    }

    private void emit() {
      if (!cancelled && !done && tooSlow) {
        done = true;
        queue.clear();
        ChangePosition last = emitted;
        subscriber.onError(
            new ChangeStreamEnded(
                SubscriptionEnd.Reason.TOO_SLOW,
                last == null ? ChangePosition.BEGINNING : last,
                "the client read its events too slowly"));
        return;
      }
      while (!cancelled && !done && !tooSlow && demand.get() > 0) {
        Event next = queue.poll();
        if (next == null) {
          break;
        }
        queued.decrementAndGet();
        demand.decrementAndGet();
        emitted = next.position();
        subscriber.onNext(next.payload());
      }
      RuntimeException end = ending;
      if (!cancelled && !done && !tooSlow && end != null && queue.isEmpty()) {
        done = true;
        cancelUpstream();
        subscriber.onError(end);
      }
    }
  }
}
