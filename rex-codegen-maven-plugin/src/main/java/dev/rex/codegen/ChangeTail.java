package dev.rex.codegen;

import dev.rex.Rex;
import dev.rex.dsl.Condition;
import dev.rex.dsl.Record;
import dev.rex.dsl.Table;
import dev.rex.realtime.Change;
import dev.rex.realtime.ChangeListener;
import dev.rex.realtime.ChangePosition;
import dev.rex.realtime.ChangeStream;
import dev.rex.realtime.ChangeSubscription;
import dev.rex.realtime.Realtime;
import dev.rex.realtime.SubscriptionEnd;
import java.sql.Driver;
import java.time.Duration;
import java.util.ServiceLoader;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Follows one table's changes in a database and prints each as a {@link ChangeLine}: what {@code
 * rex:subscribe} runs. It opens its own {@link Rex} and {@link Realtime} and closes both on {@link
 * #close()}, which may be called from another thread (a shutdown hook on Ctrl-C) and more than
 * once.
 */
public final class ChangeTail implements AutoCloseable {

  /**
   * How following ended.
   *
   * @param changes how many changes were printed
   * @param end why the subscription ended, or {@code null} when the limit or the timeout was
   *     reached first
   */
  public record Outcome(long changes, @Nullable SubscriptionEnd end) {}

  private final Rex db;
  private final Realtime realtime;
  private final AtomicBoolean closed = new AtomicBoolean();

  private ChangeTail(Rex db, Realtime realtime) {
    this.db = db;
    this.realtime = realtime;
  }

  /**
   * Connects to {@code url} and starts reading its change log.
   *
   * @throws dev.rex.dsl.exception.RexException when the database cannot be reached or has no change
   *     log
   */
  public static ChangeTail start(String url) {
    // Instantiating the plugin's drivers registers them with DriverManager, where the pool looks
    // them up: inside Maven, DriverManager was set up by another class loader and cannot see them.
    ServiceLoader.load(Driver.class, ChangeTail.class.getClassLoader()).forEach(driver -> {});
    Rex db = Rex.connect(url);
    try {
      return new ChangeTail(db, Realtime.start(db));
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
  }

  /** The position of the last change logged when this tail started, or since. */
  public ChangePosition position() {
    return realtime.position();
  }

  /**
   * Prints the changes of {@code table} that pass {@code where} (all when {@code null}), after
   * {@code after} (from now on when {@code null}), to {@code out}, until {@code limit} changes were
   * printed (no limit when 0), {@code timeout} passed (none when {@code null}), or the subscription
   * ended, such as by {@link #close()}.
   */
  public <R extends Record> Outcome follow(
      Table<R> table,
      @Nullable Condition where,
      @Nullable ChangePosition after,
      long limit,
      @Nullable Duration timeout,
      Consumer<String> out)
      throws InterruptedException {
    ChangeStream<R> stream = realtime.changes(table);
    if (where != null) {
      stream = stream.where(where);
    }
    if (after != null) {
      stream = stream.after(after);
    }
    Printer<R> printer = new Printer<>(limit, out);
    ChangeSubscription subscription = stream.subscribe(printer);
    try {
      if (timeout == null) {
        printer.done.await();
      } else {
        printer.done.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
      }
      return new Outcome(printer.printed.get(), printer.end.get());
    } finally {
      subscription.cancel();
    }
  }

  /** Ends the subscription, stops reading the log and closes the pool. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      try {
        realtime.close();
      } finally {
        db.close();
      }
    }
  }

  /** Prints changes until the limit, then ignores the rest. */
  private static final class Printer<R extends Record> implements ChangeListener<R> {
    final CountDownLatch done = new CountDownLatch(1);
    final AtomicLong printed = new AtomicLong();
    final AtomicReference<@Nullable SubscriptionEnd> end = new AtomicReference<>();
    private final long limit;
    private final Consumer<String> out;

    Printer(long limit, Consumer<String> out) {
      this.limit = limit;
      this.out = out;
    }

    @Override
    public void onChange(Change<R> change) {
      if (limit > 0 && printed.get() >= limit) {
        return;
      }
      out.accept(ChangeLine.format(change));
      if (printed.incrementAndGet() == limit) {
        done.countDown();
      }
    }

    @Override
    public void onEnd(SubscriptionEnd ending) {
      end.compareAndSet(null, ending);
      done.countDown();
    }
  }
}
