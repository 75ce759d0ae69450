package dev.rex.realtime.internal;

import dev.rex.dsl.Record;
import dev.rex.dsl.Table;
import dev.rex.realtime.Change;
import dev.rex.realtime.ChangeListener;
import dev.rex.realtime.ChangeOperation;
import dev.rex.realtime.ChangePosition;
import dev.rex.realtime.ChangeSubscription;
import dev.rex.realtime.SubscriptionEnd;
import dev.rex.realtime.SubscriptionEnd.Reason;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One subscription: its filter, a bounded queue, and the listener it feeds one change at a time on
 * the delivery executor. A subscriber that is still catching up from the log parks live changes
 * aside until the replay is done. A full queue, a throwing listener or a cancel ends only this
 * subscriber; the listener hears of it once, after its last change.
 */
public final class Subscriber<R extends Record> implements ChangeSubscription {

  private static final Logger LOG = LoggerFactory.getLogger("dev.rex.realtime");

  private final Table<R> table;
  private final Predicate<? super R> filter;
  private final ChangeListener<R> listener;
  private final int capacity;
  private final Executor executor;
  private final Consumer<Subscriber<?>> onEnd;
  private final @Nullable IndexKey key;

  private final ArrayDeque<Change<R>> queue = new ArrayDeque<>();
  private final ArrayDeque<Change<R>> parked = new ArrayDeque<>();
  private boolean catchingUp;
  private boolean draining;
  private @Nullable SubscriptionEnd end;
  private boolean endDelivered;
  private volatile ChangePosition lastDelivered;

  public Subscriber(
      Table<R> table,
      Predicate<? super R> filter,
      ChangeListener<R> listener,
      @Nullable IndexKey key,
      ChangePosition start,
      int capacity,
      Executor executor,
      Consumer<Subscriber<?>> onEnd) {
    this.table = table;
    this.key = key;
    this.filter = filter;
    this.listener = listener;
    this.lastDelivered = start;
    this.capacity = capacity;
    this.executor = executor;
    this.onEnd = onEnd;
  }

  public Table<R> table() {
    return table;
  }

  /** The column value this subscriber's filter requires, if it is indexed by one. */
  @Nullable IndexKey key() {
    return key;
  }

  /** Whether {@code change} is for this subscriber: its new or its old image passes the filter. */
  boolean matches(Change<R> change) {
    if (change.operation() == ChangeOperation.TRUNCATE) {
      return true;
    }
    R newRecord = change.newRecord();
    R oldRecord = change.oldRecord();
    return (newRecord != null && filter.test(newRecord))
        || (oldRecord != null && filter.test(oldRecord));
  }

  /** Queues a live change, or parks it while catching up; cuts the subscriber off when full. */
  @SuppressWarnings("unchecked")
  void offer(Change<?> change) {
    Change<R> typed = (Change<R>) change;
    if (!safeMatches(typed)) {
      return;
    }
    boolean cutOff = false;
    synchronized (this) {
      if (end != null) {
        return;
      }
      ArrayDeque<Change<R>> target = catchingUp ? parked : queue;
      if (target.size() >= capacity) {
        cutOff = endLocked(new SubscriptionEnd(Reason.TOO_SLOW, lastDelivered, null));
      } else {
        target.add(typed);
      }
      scheduleLocked();
    }
    if (cutOff) {
      onEnd.accept(this);
    }
  }

  private boolean safeMatches(Change<R> change) {
    try {
      return matches(change);
    } catch (RuntimeException e) {
      end(new SubscriptionEnd(Reason.LISTENER_FAILED, lastDelivered, e));
      return false;
    }
  }

  /** Marks the subscriber as replaying from the log: live changes are parked until it is done. */
  public synchronized void startCatchUp() {
    catchingUp = true;
    draining = true;
  }

  /**
   * Delivers replayed changes straight to the listener (on the caller's thread, the catch-up task).
   *
   * @return false when the subscriber has ended meanwhile
   */
  public boolean deliverReplayed(List<Change<R>> changes) {
    for (Change<R> change : changes) {
      synchronized (this) {
        if (end != null) {
          return false;
        }
      }
      if (safeMatches(change) && !deliver(change)) {
        return false;
      }
    }
    return true;
  }

  /** Ends the replay: parked live changes become the queue, and delivery goes on. */
  public void finishCatchUp() {
    synchronized (this) {
      catchingUp = false;
      for (Change<R> change : parked) {
        if (change.position().isAfter(lastDelivered)) {
          queue.add(change);
        }
      }
      parked.clear();
    }
    drain();
  }

  @Override
  public void cancel() {
    end(new SubscriptionEnd(Reason.CANCELLED, lastDelivered, null));
  }

  /** Ends the subscription for {@code why}, unless it has ended already. */
  public void end(SubscriptionEnd why) {
    boolean first;
    synchronized (this) {
      first = endLocked(why);
      scheduleLocked();
    }
    if (first) {
      onEnd.accept(this);
    }
  }

  /** Records the end; the caller tells the owner (outside this lock) when this returns true. */
  private boolean endLocked(SubscriptionEnd why) {
    if (end != null) {
      return false;
    }
    end = why;
    queue.clear();
    parked.clear();
    return true;
  }

  private void scheduleLocked() {
    if (!draining && (!queue.isEmpty() || (end != null && !endDelivered))) {
      draining = true;
      executor.execute(this::drain);
    }
  }

  private void drain() {
    while (true) {
      Change<R> next;
      SubscriptionEnd ending = null;
      synchronized (this) {
        next = queue.poll();
        if (next == null) {
          if (end != null && !endDelivered) {
            endDelivered = true;
            ending = end;
          } else {
            draining = false;
            return;
          }
        }
      }
      if (ending != null) {
        // A change in flight when the end was decided has been delivered since: resume after it.
        deliverEnd(
            ending.reason() == Reason.RESYNC_REQUIRED
                ? ending
                : new SubscriptionEnd(ending.reason(), lastDelivered, ending.failure()));
        continue;
      }
      deliver(next);
    }
  }

  private boolean deliver(Change<R> change) {
    try {
      listener.onChange(change);
      lastDelivered = change.position();
      return true;
    } catch (RuntimeException | Error e) {
      LOG.warn(
          "A realtime listener of {} threw at position {}; its subscription ends",
          table.getName(),
          change.position(),
          e);
      end(new SubscriptionEnd(Reason.LISTENER_FAILED, lastDelivered, e));
      return false;
    }
  }

  private void deliverEnd(SubscriptionEnd ending) {
    try {
      listener.onEnd(ending);
    } catch (RuntimeException e) {
      LOG.warn("A realtime listener of {} threw in onEnd", table.getName(), e);
    }
  }

  @Override
  public synchronized boolean isActive() {
    return end == null;
  }

  @Override
  public ChangePosition lastDelivered() {
    return lastDelivered;
  }
}
