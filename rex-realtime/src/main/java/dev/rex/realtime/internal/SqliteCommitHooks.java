package dev.rex.realtime.internal;

import dev.rex.listener.ConnectionObserver;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import org.sqlite.SQLiteCommitListener;
import org.sqlite.SQLiteConnection;

/**
 * Hears the commits made on Rex's own SQLite connections, through sqlite-jdbc's commit listener, so
 * that a change written in this process reaches subscribers without waiting for the next {@code
 * data_version} poll. It is the Rex instance's {@link ConnectionObserver}: the first time a pooled
 * connection is taken, one listener is installed on the driver's connection, and it passes each
 * commit on to every Realtime instance that has seen that connection.
 *
 * <p>The listener stays on the connection for the connection's life: removing it from a connection
 * the pool may be closing at that moment would reach into a freed native handle. A Realtime that
 * closes only leaves the listener's set of targets. The commit listener runs inside SQLite's
 * commit, before other connections can see it, so it only gives a hint: {@link SqliteWakeups} then
 * waits for {@code data_version} to change. sqlite-jdbc's update listener is not used: it would
 * cost a call from native code into Java for every row written, on the writer's thread.
 */
final class SqliteCommitHooks implements ConnectionObserver {

  /** One listener per driver connection, shared by every Realtime of the process. */
  private static final Map<SQLiteConnection, CommitHook> HOOKS =
      Collections.synchronizedMap(new WeakHashMap<>());

  private final Runnable hint;
  private final Set<CommitHook> joined = Collections.newSetFromMap(new WeakHashMap<>());

  SqliteCommitHooks(Runnable hint) {
    this.hint = hint;
  }

  @Override
  public void acquired(Connection connection) throws SQLException {
    if (!connection.isWrapperFor(SQLiteConnection.class)) {
      return;
    }
    SQLiteConnection sqlite = connection.unwrap(SQLiteConnection.class);
    CommitHook hook;
    synchronized (HOOKS) {
      hook = HOOKS.get(sqlite);
      if (hook == null) {
        hook = new CommitHook();
        sqlite.addCommitListener(hook);
        HOOKS.put(sqlite, hook);
      }
    }
    synchronized (joined) {
      if (joined.add(hook)) {
        hook.targets.add(hint);
      }
    }
  }

  /** Stops passing commits to this instance's hint. */
  void close() {
    List<CommitHook> hooks;
    synchronized (joined) {
      hooks = new ArrayList<>(joined);
      joined.clear();
    }
    for (CommitHook hook : hooks) {
      hook.targets.remove(hint);
    }
  }

  /** The listener on one connection. */
  private static final class CommitHook implements SQLiteCommitListener {

    final Set<Runnable> targets = new CopyOnWriteArraySet<>();

    @Override
    public void onCommit() {
      for (Runnable target : targets) {
        target.run();
      }
    }

    @Override
    public void onRollback() {
      // nothing was written
    }
  }
}
