package dev.rex.realtime.internal;

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
 * no I/O in WAL mode, so it is read often.
 */
public final class SqliteWakeups implements Wakeups {

  private static final Logger LOG = LoggerFactory.getLogger("dev.rex.realtime");

  private final Supplier<Connection> opener;
  private final Runnable wake;
  private final Duration interval;
  private final Thread thread;
  private volatile boolean open = true;

  public SqliteWakeups(Supplier<Connection> opener, Runnable wake, Duration interval) {
    this.opener = opener;
    this.wake = wake;
    this.interval = interval;
    this.thread = new Thread(this::run, "rex-realtime-data-version");
    this.thread.setDaemon(true);
  }

  @Override
  public void start() {
    thread.start();
  }

  private void run() {
    while (open) {
      try (Connection watching = opener.get();
          Statement statement = watching.createStatement()) {
        long seen = Long.MIN_VALUE;
        while (open) {
          long version;
          try (ResultSet rows = statement.executeQuery("pragma data_version")) {
            rows.next();
            version = rows.getLong(1);
          }
          if (version != seen) {
            seen = version;
            wake.run();
          }
          Thread.sleep(interval.toMillis());
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

  @Override
  public void close() {
    open = false;
    thread.interrupt();
    try {
      thread.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
