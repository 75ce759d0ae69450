package dev.rex.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.rex.Rex;

/** Assertions about a {@link Rex} instance's HikariCP pool. */
public final class Pools {

  private Pools() {}

  /** Fails when a connection is still checked out, i.e. Rex leaked one. */
  public static void assertNoActiveConnections(Rex db) {
    if (db.dataSource() instanceof HikariDataSource pool && pool.getHikariPoolMXBean() != null) {
      assertThat(pool.getHikariPoolMXBean().getActiveConnections())
          .as("connections still checked out of the pool")
          .isZero();
    }
  }

  /** The number of connections checked out right now. */
  public static int active(Rex db) {
    return ((HikariDataSource) db.dataSource()).getHikariPoolMXBean().getActiveConnections();
  }
}
