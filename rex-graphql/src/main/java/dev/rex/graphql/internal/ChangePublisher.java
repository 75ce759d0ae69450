package dev.rex.graphql.internal;

import dev.rex.dsl.Record;
import dev.rex.realtime.Change;
import dev.rex.realtime.ChangeStream;
import dev.rex.realtime.SubscriptionEndedException;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Flow;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/**
 * A change stream as the reactive-streams {@link Publisher} graphql-java's subscription execution
 * expects, on top of rex-realtime's {@link ChangeStream#publisher(int) Flow publisher}: each change
 * becomes an event, demand and cancellation pass straight through, and a stream that ends other
 * than by cancelling becomes a {@link ChangeStreamEnded} that says where to resume.
 */
final class ChangePublisher<R extends Record> implements Publisher<Map<String, @Nullable Object>> {

  private final Flow.Publisher<Change<R>> changes;
  private final Function<Change<R>, Map<String, @Nullable Object>> event;

  ChangePublisher(
      ChangeStream<R> stream,
      Function<Change<R>, Map<String, @Nullable Object>> event,
      int capacity) {
    this.changes = stream.publisher(capacity);
    this.event = event;
  }

  @Override
  public void subscribe(Subscriber<? super Map<String, @Nullable Object>> subscriber) {
    changes.subscribe(new Events(Objects.requireNonNull(subscriber, "subscriber")));
  }

  /** Turns the Flow signals of changes into reactive-streams signals of events. */
  private final class Events implements Flow.Subscriber<Change<R>> {

    private final Subscriber<? super Map<String, @Nullable Object>> downstream;
    private volatile Flow.@Nullable Subscription upstream;
    private volatile boolean failed;

    Events(Subscriber<? super Map<String, @Nullable Object>> downstream) {
      this.downstream = downstream;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      upstream = subscription;
      downstream.onSubscribe(
          new Subscription() {
            @Override
            public void request(long n) {
              subscription.request(n);
            }

            @Override
            public void cancel() {
              subscription.cancel();
            }
          });
    }

    @Override
    public void onNext(Change<R> change) {
      if (failed) {
        return;
      }
      Map<String, @Nullable Object> payload;
      try {
        payload = event.apply(change);
      } catch (RuntimeException e) {
        failed = true;
        Flow.Subscription subscription = upstream;
        if (subscription != null) {
          subscription.cancel();
        }
        downstream.onError(e);
        return;
      }
      downstream.onNext(payload);
    }

    @Override
    public void onError(Throwable failure) {
      if (failed) {
        return;
      }
      downstream.onError(
          failure instanceof SubscriptionEndedException ended
              ? ChangeStreamEnded.of(ended.end())
              : failure);
    }

    @Override
    public void onComplete() {
      if (!failed) {
        downstream.onComplete();
      }
    }
  }
}
