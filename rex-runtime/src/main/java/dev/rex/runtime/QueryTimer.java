package dev.rex.runtime;

import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Cancels statements that run longer than the query timeout. JDBC's {@code setQueryTimeout} cannot
 * do it everywhere: sqlite-jdbc reads it as a busy timeout (how long to wait for a lock), not as a
 * limit on execution. So Rex schedules {@link Statement#cancel()} itself — pgjdbc sends a cancel
 * request, sqlite-jdbc calls {@code sqlite3_interrupt} — on one daemon thread that is only started
 * when a timeout is configured, and calls it off when the statement ends.
 *
 * <p>A {@link Watch} is closed before its statement can run again (statements are cached and
 * reused), and closing waits for a cancellation in progress, so a late timer never cancels the next
 * execution.
 */
final class QueryTimer {

  static final QueryTimer NONE = new QueryTimer(Duration.ZERO);

  private final long millis;

  QueryTimer(Duration timeout) {
    this.millis = timeout.toMillis();
  }

  /** Starts watching {@code statement}, which is about to run. */
  Watch watch(Statement statement) {
    if (millis <= 0) {
      return Watch.UNWATCHED;
    }
    Watch watch = new Watch(statement, millis);
    watch.future = Scheduler.INSTANCE.schedule(watch::fire, millis, TimeUnit.MILLISECONDS);
    return watch;
  }

  /** One statement's timer. */
  static final class Watch implements AutoCloseable {

    static final Watch UNWATCHED = new Watch(null, 0);

    private final @Nullable Statement statement;
    private final long millis;
    private @Nullable ScheduledFuture<?> future;
    private boolean running = true;
    private boolean fired;

    private Watch(@Nullable Statement statement, long millis) {
      this.statement = statement;
      this.millis = millis;
    }

    private synchronized void fire() {
      if (!running || statement == null) {
        return;
      }
      fired = true;
      try {
        statement.cancel();
      } catch (SQLException ignored) {
        // the statement ended or its connection broke; the caller sees that failure instead
      }
    }

    /** {@code failure} of the watched statement, or a {@link TimedOut} when the timer fired. */
    SQLException explain(SQLException failure) {
      if (statement == null) {
        return failure;
      }
      synchronized (this) {
        return fired ? new TimedOut(millis, failure) : failure;
      }
    }

    /**
     * Calls the timer off, waiting for a cancellation in progress. {@link #UNWATCHED}, shared by
     * every statement run without a timeout, has no timer and is not locked: every thread would
     * otherwise take its one lock once per statement.
     */
    @Override
    public void close() {
      if (statement != null) {
        stop();
      }
    }

    private synchronized void stop() {
      running = false;
      ScheduledFuture<?> pending = future;
      if (pending != null) {
        pending.cancel(false);
      }
    }
  }

  /** The driver's report of a statement Rex cancelled for running too long. */
  static final class TimedOut extends SQLException {
    private static final long serialVersionUID = 1L;

    TimedOut(long millis, SQLException cause) {
      super(
          "the statement ran longer than the query timeout of " + millis + " ms and was cancelled",
          cause.getSQLState(),
          cause);
    }
  }

  /** The timer thread, started on first use. */
  private static final class Scheduler {
    static final ScheduledThreadPoolExecutor INSTANCE = start();

    private static ScheduledThreadPoolExecutor start() {
      ScheduledThreadPoolExecutor executor =
          new ScheduledThreadPoolExecutor(
              1,
              task -> {
                Thread thread = new Thread(task, "rex-query-timer");
                thread.setDaemon(true);
                return thread;
              });
      executor.setRemoveOnCancelPolicy(true);
      return executor;
    }
  }
}
