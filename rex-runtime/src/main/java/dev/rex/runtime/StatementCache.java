package dev.rex.runtime;

import java.lang.reflect.UndeclaredThrowableException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Prepared statements kept open per physical connection, so that running the same SQL again skips
 * the driver's prepare (on SQLite, the whole {@code sqlite3_prepare}; on PostgreSQL, re-parsing in
 * pgjdbc and a server-side prepared statement after {@code prepareThreshold} uses).
 *
 * <p>Statements are prepared on the physical connection ({@code unwrap(Connection.class)}), not on
 * the pool's proxy: HikariCP closes every statement opened through a proxy when the connection is
 * returned, which would defeat the cache. A pool guarantees that one thread at a time holds a
 * connection, so each connection's LRU map needs no locking; only the outer map is concurrent.
 * Entries of connections the pool has closed are swept whenever a new connection is first seen.
 */
final class StatementCache {

  private final int capacity;
  private final ConcurrentHashMap<Connection, Map<String, CachedStatement>> byConnection =
      new ConcurrentHashMap<>();

  StatementCache(int capacity) {
    this.capacity = capacity;
  }

  boolean enabled() {
    return capacity > 0;
  }

  /** The statement for {@code sql} on {@code connection}, prepared now or taken from the cache. */
  CachedStatement prepare(Connection connection, String sql) throws SQLException {
    Connection physical = physical(connection);
    Map<String, CachedStatement> statements = byConnection.get(physical);
    if (statements == null) {
      sweepClosed();
      statements = lru();
      byConnection.put(physical, statements);
    }
    CachedStatement cached = statements.get(sql);
    if (cached != null && !cached.statement.isClosed()) {
      return cached;
    }
    CachedStatement fresh = new CachedStatement(physical.prepareStatement(sql));
    statements.put(sql, fresh);
    return fresh;
  }

  /**
   * Drops a statement that failed, so that a broken statement is not reused. A connection the pool
   * has already closed (HikariCP closes one at once when the driver reports a fatal SQLSTATE) is
   * left alone: its proxy then stands for a placeholder that throws on every call, even {@code
   * hashCode}; its entry is swept later.
   */
  void evict(Connection connection, String sql) {
    if (isClosed(connection)) {
      return;
    }
    try {
      Map<String, CachedStatement> statements = byConnection.get(physical(connection));
      if (statements != null) {
        closeQuietly(statements.remove(sql));
      }
    } catch (SQLException | UndeclaredThrowableException e) {
      // A connection that cannot even be unwrapped is gone; its entry is swept later.
    }
  }

  private Map<String, CachedStatement> lru() {
    return new LinkedHashMap<>(16, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<String, CachedStatement> eldest) {
        if (size() > capacity) {
          closeQuietly(eldest.getValue());
          return true;
        }
        return false;
      }
    };
  }

  private static Connection physical(Connection connection) throws SQLException {
    return connection.isWrapperFor(Connection.class)
        ? connection.unwrap(Connection.class)
        : connection;
  }

  private void sweepClosed() {
    Iterator<Map.Entry<Connection, Map<String, CachedStatement>>> entries =
        byConnection.entrySet().iterator();
    while (entries.hasNext()) {
      Map.Entry<Connection, Map<String, CachedStatement>> entry = entries.next();
      if (isClosed(entry.getKey())) {
        entries.remove();
      }
    }
  }

  private static boolean isClosed(Connection connection) {
    try {
      return connection.isClosed();
    } catch (SQLException e) {
      return true;
    }
  }

  /** Closes every cached statement; the cache is empty afterwards. */
  void closeAll() {
    for (Map<String, CachedStatement> statements : byConnection.values()) {
      synchronized (statements) {
        statements.values().forEach(StatementCache::closeQuietly);
        statements.clear();
      }
    }
    byConnection.clear();
  }

  /** The number of connections with cached statements; for tests. */
  int connections() {
    return byConnection.size();
  }

  private static void closeQuietly(@Nullable CachedStatement cached) {
    if (cached == null) {
      return;
    }
    try {
      PreparedStatement statement = cached.statement;
      statement.close();
    } catch (SQLException ignored) {
      // The statement is being discarded; a failure to close it changes nothing for the caller.
    }
  }
}
