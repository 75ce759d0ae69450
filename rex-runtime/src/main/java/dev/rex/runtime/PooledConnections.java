package dev.rex.runtime;

import com.zaxxer.hikari.HikariDataSource;
import dev.rex.listener.ConnectionObserver;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;

/**
 * Connections from a {@link DataSource}, one per statement, returned right after it. A broken
 * connection from HikariCP is evicted so that the pool does not hand it out again; Rex runs
 * statements on the physical connection, where HikariCP cannot see the failure itself. Each
 * connection taken is shown to the {@link ConnectionObserver}s registered (usually none).
 */
final class PooledConnections implements ConnectionSource {

  private final DataSource dataSource;
  private final List<ConnectionObserver> observers = new CopyOnWriteArrayList<>();

  PooledConnections(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  void addObserver(ConnectionObserver observer) {
    observers.add(observer);
  }

  void removeObserver(ConnectionObserver observer) {
    observers.remove(observer);
  }

  @Override
  public Connection acquire() throws SQLException {
    Connection connection = dataSource.getConnection();
    if (!observers.isEmpty()) {
      try {
        for (ConnectionObserver observer : observers) {
          observer.acquired(connection);
        }
      } catch (SQLException | RuntimeException e) {
        release(connection, false);
        throw e;
      }
    }
    return connection;
  }

  @Override
  public void release(Connection connection, boolean broken) {
    if (broken && dataSource instanceof HikariDataSource hikari) {
      hikari.evictConnection(connection);
      return;
    }
    if (broken && dataSource instanceof EvictingDataSource evicting) {
      evicting.evict(connection);
      return;
    }
    try {
      connection.close();
    } catch (SQLException ignored) {
      // Closing returns the connection to the pool; if that fails the pool discards it.
    }
  }

  @Override
  public boolean inTransaction() {
    return false;
  }
}
