package dev.rex.runtime;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Connections from a {@link DataSource}, one per statement, returned right after it. A broken
 * connection from HikariCP is evicted so that the pool does not hand it out again; Rex runs
 * statements on the physical connection, where HikariCP cannot see the failure itself.
 */
final class PooledConnections implements ConnectionSource {

  private final DataSource dataSource;

  PooledConnections(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public Connection acquire() throws SQLException {
    return dataSource.getConnection();
  }

  @Override
  public void release(Connection connection, boolean broken) {
    if (broken && dataSource instanceof HikariDataSource hikari) {
      hikari.evictConnection(connection);
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
