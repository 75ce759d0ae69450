package dev.rex.realtime;

import dev.rex.dsl.Record;

/**
 * Receives the changes of one subscription, one at a time, in log order, on one of Realtime's
 * delivery threads. It should return quickly: while it runs, the subscription's later changes queue
 * up, and a subscriber that falls a whole queue behind is cut off ({@link
 * SubscriptionEnd.Reason#TOO_SLOW}) without slowing the others.
 */
public interface ChangeListener<R extends Record> {

  /** A committed change that matches the subscription's filter. */
  void onChange(Change<R> change);

  /** The subscription ended; no change follows. Called once. */
  default void onEnd(SubscriptionEnd end) {}
}
