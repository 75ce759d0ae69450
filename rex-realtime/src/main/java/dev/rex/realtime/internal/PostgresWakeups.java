package dev.rex.realtime.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * LISTENs for the capture triggers' and the sequencer's notifications on a connection of its own,
 * outside the pool: a pooled connection is retired at the pool's max lifetime (and its LISTEN with
 * it), and PgBouncer's transaction mode cannot LISTEN at all. pgjdbc does not notice a dead network
 * while it waits, so the connection is checked with a query after every silent heartbeat interval
 * (and its socket has a timeout); a failure reopens it after a growing delay, and every (re)open
 * wakes the reader, which then reads whatever it missed meanwhile.
 */
public final class PostgresWakeups implements Wakeups {

  private static final Logger LOG = LoggerFactory.getLogger("dev.rex.realtime");

  private final Supplier<Connection> opener;
  private final Runnable wake;
  private final Duration heartbeat;
  private final Duration maxDelay;
  private final Thread thread;
  private volatile boolean open = true;
  private volatile @Nullable Connection connection;

  public PostgresWakeups(
      Supplier<Connection> opener, Runnable wake, Duration heartbeat, Duration maxDelay) {
    this.opener = opener;
    this.wake = wake;
    this.heartbeat = heartbeat;
    this.maxDelay = maxDelay;
    this.thread = new Thread(this::run, "rex-realtime-listen");
    this.thread.setDaemon(true);
  }

  @Override
  public void start() {
    thread.start();
  }

  /** The backend process id of the LISTEN connection now open, or -1 (for tests and logs). */
  public int backendPid() {
    Connection current = connection;
    if (current == null) {
      return -1;
    }
    try {
      return current.unwrap(PGConnection.class).getBackendPID();
    } catch (SQLException e) {
      return -1;
    }
  }

  private void run() {
    long delay = 100;
    while (open) {
      try (Connection listening = opener.get()) {
        connection = listening;
        try (Statement statement = listening.createStatement()) {
          statement.execute("listen " + PostgresChangeLog.CHANGE_CHANNEL);
          statement.execute("listen " + PostgresChangeLog.SEQUENCED_CHANNEL);
        }
        delay = 100;
        wake.run();
        listen(listening);
      } catch (SQLException | RuntimeException e) {
        if (!open) {
          return;
        }
        LOG.warn(
            "The realtime LISTEN connection failed ({}); reopening in {} ms",
            e.getMessage(),
            delay);
      } finally {
        connection = null;
      }
      if (!pause(delay)) {
        return;
      }
      delay = Math.min(delay * 2, maxDelay.toMillis());
    }
  }

  private void listen(Connection listening) throws SQLException {
    PGConnection pg = listening.unwrap(PGConnection.class);
    int timeout = (int) Math.min(Integer.MAX_VALUE, heartbeat.toMillis());
    while (open) {
      PGNotification[] notifications = pg.getNotifications(timeout);
      if (notifications != null && notifications.length > 0) {
        wake.run();
      } else {
        try (Statement statement = listening.createStatement()) {
          statement.execute("select 1");
        }
      }
    }
  }

  private boolean pause(long millis) {
    try {
      Thread.sleep(millis);
      return open;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @Override
  public void close() {
    open = false;
    Connection current = connection;
    if (current != null) {
      try {
        current.close();
      } catch (SQLException ignored) {
        // Closing while the thread waits on it: the thread sees the closed connection and ends.
      }
    }
    thread.interrupt();
    try {
      thread.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
