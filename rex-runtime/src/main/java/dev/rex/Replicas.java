package dev.rex;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.rex.dsl.spi.Dialect;
import dev.rex.dsl.spi.Dialects;
import dev.rex.runtime.EvictingDataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;

/**
 * The replicas' pools and the {@link DataSource} reads take connections from: the next replica in
 * turn that is not being skipped, else the primary. A connection from the primary is handed out
 * read-only, so that a read-only transaction stays read-only there too.
 */
final class Replicas implements EvictingDataSource {

  private static final org.slf4j.Logger LOG = LoggerFactory.getLogger(Replicas.class);

  /** One replica: its pool, and until when reads skip it (System.nanoTime; 0: not skipped). */
  private record Replica(String url, HikariDataSource pool, AtomicLong skippedUntil) {}

  private final List<Replica> replicas;
  private final DataSource primary;
  private final Dialect dialect;
  private final Duration retryAfter;
  private final AtomicInteger next = new AtomicInteger();

  /** The primary's connections lent for reads, until they are closed (weakly held). */
  private final Set<Connection> fromPrimary =
      Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

  private Replicas(List<Replica> replicas, DataSource primary, Dialect dialect, Duration retry) {
    this.replicas = replicas;
    this.primary = primary;
    this.dialect = dialect;
    this.retryAfter = retry;
  }

  /** Opens a lazy pool per replica, with the primary's settings and the replicas' timeout. */
  static Replicas open(
      ReplicaSettings replicaSettings, DataSource primary, Dialect dialect, RexSettings settings) {
    RexSettings each =
        settings
            .withConnectionTimeout(replicaSettings.connectionTimeout())
            .withPool(settings.pool().withConnectOnStart(false));
    List<Replica> replicas = new ArrayList<>();
    try {
      for (String url : replicaSettings.urls()) {
        HikariConfig config = PoolFactory.config(url, dialect, each);
        config.setPoolName("rex-replica-" + (replicas.size() + 1));
        replicas.add(
            new Replica(
                Dialects.redact(url), PoolFactory.open(config, url, dialect), new AtomicLong()));
      }
    } catch (RuntimeException e) {
      replicas.forEach(replica -> replica.pool().close());
      throw e;
    }
    return new Replicas(List.copyOf(replicas), primary, dialect, replicaSettings.retryAfter());
  }

  @Override
  public Connection getConnection() throws SQLException {
    int count = replicas.size();
    int start = Math.floorMod(next.getAndIncrement(), count);
    for (int i = 0; i < count; i++) {
      Replica replica = replicas.get((start + i) % count);
      long until = replica.skippedUntil().get();
      if (until != 0 && System.nanoTime() - until < 0) {
        continue;
      }
      try {
        Connection connection = replica.pool().getConnection();
        replica.skippedUntil().compareAndSet(until, 0);
        return connection;
      } catch (SQLException e) {
        if (replica.skippedUntil().compareAndSet(until, System.nanoTime() + retryAfter.toNanos())) {
          LOG.warn(
              "Replica {} gave no connection ({}); its reads go elsewhere for {} s.",
              replica.url(),
              PoolFactory.rootMessage(e),
              retryAfter.toSeconds());
        }
      }
    }
    Connection connection = primary.getConnection();
    try {
      connection.setReadOnly(true);
    } catch (SQLException e) {
      connection.close();
      throw e;
    }
    fromPrimary.add(connection);
    return connection;
  }

  /**
   * A connection broke. One of the primary's goes back to the primary's pool to be evicted; for one
   * of a replica's, every replica pool replaces its connections as they come back (a replica that
   * went down left them all broken), and reads find out at once whether it answers again.
   */
  @Override
  public void evict(Connection broken) {
    if (fromPrimary.remove(broken) && primary instanceof HikariDataSource pool) {
      pool.evictConnection(broken);
      return;
    }
    for (Replica replica : replicas) {
      var state = replica.pool().getHikariPoolMXBean();
      if (state != null) {
        state.softEvictConnections();
      }
    }
    try {
      broken.close();
    } catch (SQLException ignored) {
      // closing an evicted connection returns it to its pool, which discards it
    }
  }

  /** What each replica answers now; see {@link ReplicaHealth}. */
  List<ReplicaHealth> health(Duration timeout) {
    List<ReplicaHealth> health = new ArrayList<>();
    for (Replica replica : replicas) {
      long until = replica.skippedUntil().get();
      boolean skipped = until != 0 && System.nanoTime() - until < 0;
      try (Connection connection = replica.pool().getConnection()) {
        int seconds = (int) Math.max(1, (timeout.toMillis() + 999) / 1000);
        boolean valid = connection.isValid(seconds);
        health.add(
            new ReplicaHealth(
                replica.url(),
                valid,
                valid ? lag(connection) : null,
                valid ? null : "The connection did not pass the driver's validity check",
                skipped));
      } catch (SQLException | RuntimeException e) {
        health.add(
            new ReplicaHealth(replica.url(), false, null, PoolFactory.rootMessage(e), skipped));
      }
    }
    return health;
  }

  private @Nullable Duration lag(Connection connection) throws SQLException {
    String query = dialect.replicationLagQuery();
    if (query == null) {
      return null;
    }
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(query)) {
      if (!rows.next()) {
        return null;
      }
      double seconds = rows.getDouble(1);
      return rows.wasNull() ? null : Duration.ofNanos((long) (seconds * 1e9));
    }
  }

  void close() {
    replicas.forEach(replica -> replica.pool().close());
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    throw new SQLFeatureNotSupportedException("Replicas connect with the primary's credentials.");
  }

  @Override
  public @Nullable PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(@Nullable PrintWriter out) {}

  @Override
  public void setLoginTimeout(int seconds) {}

  @Override
  public int getLoginTimeout() {
    return 0;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    throw new SQLException("Not a wrapper of " + type.getName());
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return type.isInstance(this);
  }
}
