package dev.rex.realtime;

import dev.rex.dsl.Condition;
import dev.rex.dsl.Field;
import dev.rex.dsl.Record;
import dev.rex.dsl.RowPredicate;
import dev.rex.dsl.Table;
import dev.rex.dsl.spi.Dialect;
import dev.rex.realtime.internal.FlowRelay;
import dev.rex.realtime.internal.IndexKey;
import java.util.Objects;
import java.util.concurrent.Flow;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The changes of one table, being narrowed down before {@link #subscribe}: a typed {@link #where}
 * condition, a Java {@link #filter}, and where to start.
 */
public final class ChangeStream<R extends Record> {

  private static final int PUBLISHER_BUFFER = 1_000;

  private final Realtime realtime;
  private final Table<R> table;
  private final Dialect dialect;
  private final Predicate<? super R> filter;
  private final @Nullable ChangePosition after;
  private final @Nullable IndexKey key;

  ChangeStream(Realtime realtime, Table<R> table, Dialect dialect) {
    this(realtime, table, dialect, record -> true, null, null);
  }

  private ChangeStream(
      Realtime realtime,
      Table<R> table,
      Dialect dialect,
      Predicate<? super R> filter,
      @Nullable ChangePosition after,
      @Nullable IndexKey key) {
    this.realtime = realtime;
    this.table = table;
    this.dialect = dialect;
    this.filter = filter;
    this.after = after;
    this.key = key;
  }

  /**
   * Only changes whose new or old row satisfies {@code condition} (so a subscriber also sees a row
   * leave its filter). The condition is evaluated in memory on each image, with the database's
   * comparison rules, and may use only this table's columns and constant values.
   *
   * @throws dev.rex.dsl.exception.InvalidQueryException when the condition cannot be evaluated in
   *     memory (a subquery, raw SQL, another table's column)
   */
  public ChangeStream<R> where(Condition condition) {
    return filter(RowPredicate.of(table, condition, dialect));
  }

  /** Only changes whose new or old row passes {@code predicate} (and every earlier filter). */
  public ChangeStream<R> filter(Predicate<? super R> predicate) {
    Predicate<? super R> previous = filter;
    Predicate<R> both = record -> previous.test(record) && predicate.test(record);
    return new ChangeStream<>(realtime, table, dialect, both, after, key);
  }

  /**
   * Only changes whose new or old row has {@code value} in {@code column}: the same as {@code
   * where(column.eq(value))}, and indexed, so that a change is tested only against the subscribers
   * of its own value. Ten thousand subscribers, each to one row, cost a hash lookup per change.
   */
  public <T> ChangeStream<R> whereEqual(Field<T> column, T value) {
    ChangeStream<R> narrowed = where(column.eq(value));
    IndexKey own = key != null ? key : IndexKey.of(column, value);
    return new ChangeStream<>(realtime, table, dialect, narrowed.filter, after, own);
  }

  /**
   * Starts after {@code position}: the changes logged since are replayed first, then live ones
   * follow, none twice. Without it the stream starts with the changes committed from now on.
   */
  public ChangeStream<R> after(ChangePosition position) {
    return new ChangeStream<>(realtime, table, dialect, filter, position, key);
  }

  /** Subscribes {@code listener}; cancel the returned subscription to stop. */
  public ChangeSubscription subscribe(ChangeListener<R> listener) {
    return realtime.subscribe(table, filter, key, after, listener);
  }

  /**
   * This stream as a {@link Flow.Publisher}, with a buffer of {@value #PUBLISHER_BUFFER} changes;
   * see {@link #publisher(int)}.
   */
  public Flow.Publisher<Change<R>> publisher() {
    return publisher(PUBLISHER_BUFFER);
  }

  /**
   * This stream as a {@link Flow.Publisher}. Each {@link Flow.Subscriber} gets a subscription of
   * its own, starting where this stream starts, and receives changes as it requests them; up to
   * {@code buffer} changes wait for its demand. A subscriber that lets more pile up is ended with
   * {@link SubscriptionEndedException} ({@code TOO_SLOW}, resuming after the last change it was
   * given), as is one whose stream ends for any other reason than its own {@code cancel()}. The
   * stream never completes normally: a change stream has no last change.
   *
   * @throws IllegalArgumentException when {@code buffer} is not positive
   */
  public Flow.Publisher<Change<R>> publisher(int buffer) {
    if (buffer <= 0) {
      throw new IllegalArgumentException("A publisher's buffer must be positive, not " + buffer);
    }
    return subscriber ->
        FlowRelay.start(Objects.requireNonNull(subscriber, "subscriber"), buffer, this::subscribe);
  }
}
