package dev.rex.realtime.internal;

import dev.rex.Rex;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches SQLite's {@code PRAGMA data_version} on a connection of its own: its value changes when
 * any other connection, in this process or another, commits to the database file. Reading it costs
 * no I/O in WAL mode. It is read every {@code interval}, which is how other processes' writes are
 * seen, and at once when {@link SqliteCommitHooks} reports a commit on one of {@code db}'s own
 * connections. The hook runs just before the commit lands, and the version may have moved already
 * for another process's commit, so after a hook it is re-read after 50 µs, then after twice as long
 * each time, up to 100 ms (or the interval if shorter): a few cheap reads catch the commit as soon
 * as it shows.
 */
public final class SqliteWakeups implements Wakeups {

  private static final Logger LOG = LoggerFactory.getLogger("dev.rex.realtime");
  private static final long FIRST_RECHECK_NANOS = 50_000;
  private static final long LAST_RECHECK_NANOS = 100_000_000;

  private final Supplier<Connection> opener;
  private final Rex db;
  private final Runnable wake;
  private final Duration interval;
  private final long lastRecheckNanos;
  private final Signal commits = new Signal();
  private final SqliteCommitHooks hooks = new SqliteCommitHooks(commits::wake);
  private final Thread thread;
  private volatile boolean open = true;

  public SqliteWakeups(Supplier<Connection> opener, Rex db, Runnable wake, Duration interval) {
    this.opener = opener;
    this.db = db;
    this.wake = wake;
    this.interval = interval;
    this.lastRecheckNanos = Math.min(interval.toNanos(), LAST_RECHECK_NANOS);
    this.thread = new Thread(this::run, "rex-realtime-data-version");
    this.thread.setDaemon(true);
  }

  @Override
  public void start() {
    db.addConnectionObserver(hooks);
    thread.start();
  }

  private void run() {
    while (open) {
      try (Connection watching = opener.get();
          Statement statement = watching.createStatement()) {
        long seen = Long.MIN_VALUE;
        long pause = 0;
        while (open) {
          long version = dataVersion(statement);
          if (version != seen) {
            seen = version;
            wake.run();
          }
          boolean hinted = commits.await(pause == 0 ? interval : Duration.ofNanos(pause));
          if (hinted) {
            pause = FIRST_RECHECK_NANOS;
          } else if (pause != 0) {
            pause = pause * 2 > lastRecheckNanos ? 0 : pause * 2;
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (SQLException | RuntimeException e) {
        if (!open) {
          return;
        }
        LOG.warn("Realtime could not read SQLite's data_version ({}); retrying", e.getMessage());
        try {
          Thread.sleep(1_000);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  private static long dataVersion(Statement statement) throws SQLException {
    try (ResultSet rows = statement.executeQuery("pragma data_version")) {
      rows.next();
      return rows.getLong(1);
    }
  }

  @Override
  public void close() {
    db.removeConnectionObserver(hooks);
    hooks.close();
    open = false;
    thread.interrupt();
    try {
      thread.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
