package dev.rex.realtime.internal;

import dev.rex.dsl.Record;
import dev.rex.realtime.Change;
import dev.rex.realtime.ChangeListener;
import dev.rex.realtime.ChangePosition;
import dev.rex.realtime.ChangeSubscription;
import dev.rex.realtime.SubscriptionEnd;
import dev.rex.realtime.SubscriptionEndedException;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Between a change subscription (the producer, pushing changes on a delivery thread) and a {@link
 * Flow.Subscriber} (the consumer, asking for them): changes wait in a bounded buffer until they are
 * requested; one that does not fit ends the subscriber as too slow, resuming after the last change
 * it was given. Signals to the subscriber are serialised (one thread at a time, in order), as the
 * Flow rules require.
 */
public final class FlowRelay<R extends Record> implements Flow.Subscription, ChangeListener<R> {

  private final Flow.Subscriber<? super Change<R>> subscriber;
  private final int capacity;
  private final Queue<Change<R>> queue = new ConcurrentLinkedQueue<>();
  private final AtomicInteger queued = new AtomicInteger();
  private final AtomicLong demand = new AtomicLong();
  private final AtomicInteger work = new AtomicInteger();
  private volatile @Nullable ChangeSubscription upstream;
  private volatile @Nullable RuntimeException ending;
  private volatile @Nullable ChangePosition emitted;
  private volatile boolean cancelled;
  private volatile boolean tooSlow;
  private volatile boolean done;

  private FlowRelay(Flow.Subscriber<? super Change<R>> subscriber, int capacity) {
    this.subscriber = subscriber;
    this.capacity = capacity;
  }

  /**
   * Subscribes {@code subscriber}: it receives {@code onSubscribe} first, then the changes of the
   * subscription {@code subscribe} opens with the relay as its listener.
   */
  public static <R extends Record> void start(
      Flow.Subscriber<? super Change<R>> subscriber,
      int capacity,
      Function<ChangeListener<R>, ChangeSubscription> subscribe) {
    FlowRelay<R> relay = new FlowRelay<>(subscriber, capacity);
    subscriber.onSubscribe(relay);
    ChangeSubscription subscription;
    try {
      subscription = subscribe.apply(relay);
    } catch (RuntimeException e) {
      relay.fail(e);
      return;
    }
    relay.upstream = subscription;
    if (relay.emitted == null) {
      relay.emitted = subscription.lastDelivered();
    }
    if (relay.cancelled || relay.done) {
      subscription.cancel();
    }
  }

  private void fail(RuntimeException failure) {
    ending = failure;
    drain();
  }

  @Override
  public void onChange(Change<R> change) {
    if (cancelled || tooSlow || ending != null) {
      return;
    }
    if (queued.get() >= capacity) {
      // what waits is dropped: the subscriber resumes after the last change it was given
      tooSlow = true;
      cancelUpstream();
      drain();
      return;
    }
    queue.add(change);
    queued.incrementAndGet();
    drain();
  }

  @Override
  public void onEnd(SubscriptionEnd end) {
    if (ending != null
        || (end.reason() == SubscriptionEnd.Reason.CANCELLED && (cancelled || tooSlow))) {
      return;
    }
    fail(new SubscriptionEndedException(end));
  }

  @Override
  public void request(long n) {
    if (n <= 0) {
      // rule 3.9: the error goes out at once, ahead of any change still waiting for demand
      ending = new IllegalArgumentException("request must be positive (rule 3.9), was " + n);
      queue.clear();
      queued.set(0);
      drain();
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
          new SubscriptionEndedException(
              new SubscriptionEnd(
                  SubscriptionEnd.Reason.TOO_SLOW,
                  last == null ? ChangePosition.BEGINNING : last,
                  null)));
      return;
    }
    while (!cancelled && !done && !tooSlow && demand.get() > 0) {
      Change<R> next = queue.poll();
      if (next == null) {
        break;
      }
      queued.decrementAndGet();
      demand.decrementAndGet();
      emitted = next.position();
      subscriber.onNext(next);
    }
    RuntimeException end = ending;
    if (!cancelled && !done && !tooSlow && end != null && queue.isEmpty()) {
      done = true;
      cancelUpstream();
      subscriber.onError(end);
    }
  }
}
