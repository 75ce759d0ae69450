package dev.rex;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.rex.dsl.exception.ConnectionException;
import dev.rex.dsl.spi.Dialect;
import dev.rex.dsl.spi.Dialects;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Opens the HikariCP pool of {@link Rex#connect} from the settings and the dialect. */
final class PoolFactory {

  private PoolFactory() {}

  static HikariConfig config(String jdbcUrl, Dialect dialect, RexSettings settings) {
    PoolSettings pool = settings.pool();
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl);
    config.setPoolName("rex");
    int size = Math.min(settings.maximumPoolSize(), dialect.maximumConnections(jdbcUrl));
    config.setMaximumPoolSize(size);
    config.setMinimumIdle(Math.min(pool.minimumIdle(), size));
    config.setIdleTimeout(pool.idleTimeout().toMillis());
    config.setMaxLifetime(pool.maxLifetime().toMillis());
    // 1: open a first connection now, fail at once if refused; n > 1: keep trying for n ms
    config.setInitializationFailTimeout(
        pool.connectOnStart() ? Math.max(1, pool.startTimeout().toMillis()) : -1);
    config.setConnectionTimeout(settings.connectionTimeout().toMillis());
    config.setLeakDetectionThreshold(settings.leakDetectionThreshold().toMillis());
    if (pool.user() != null) {
      config.setUsername(pool.user());
      config.setPassword(pool.password());
    }
    // loops, not forEach(config::addDataSourceProperty): no lambda on the way to the first query
    for (Map.Entry<String, String> property : dialect.connectionProperties(jdbcUrl).entrySet()) {
      config.addDataSourceProperty(property.getKey(), property.getValue());
    }
    if (pool.transactionPooler()) {
      for (Map.Entry<String, String> property :
          dialect.transactionPoolerProperties(jdbcUrl).entrySet()) {
        config.addDataSourceProperty(property.getKey(), property.getValue());
      }
    }
    return config;
  }

  static HikariDataSource open(String jdbcUrl, Dialect dialect, RexSettings settings) {
    return open(config(jdbcUrl, dialect, settings), jdbcUrl, dialect);
  }

  /** Opens a pool from {@code config}, whose URL is {@code jdbcUrl}. */
  static HikariDataSource open(HikariConfig config, String jdbcUrl, Dialect dialect) {
    try {
      return new HikariDataSource(config);
    } catch (RuntimeException e) {
      String missingDriver = missingDriver(jdbcUrl, dialect);
      throw new ConnectionException(
          "Could not connect to "
              + Dialects.redact(jdbcUrl)
              + ": "
              + (missingDriver == null ? rootMessage(e) : missingDriver),
          null,
          null,
          e);
    }
  }

  /**
   * Why the pool could not open when the cause is that no JDBC driver accepts the URL, naming the
   * artifact to add; null when a driver is there (the failure is elsewhere). Asked only after a
   * failure, so that a pool that opens pays nothing for it.
   */
  static @Nullable String missingDriver(String jdbcUrl, Dialect dialect) {
    try {
      DriverManager.getDriver(jdbcUrl);
      return null;
    } catch (SQLException noDriver) {
      String artifact = dialect.driverArtifact();
      return "no JDBC driver on the class path accepts this URL"
          + (artifact == null
              ? "; add the driver of the " + dialect.name() + " database to the dependencies."
              : "; add the dependency " + artifact + " (the " + dialect.name() + " JDBC driver).");
    }
  }

  static String rootMessage(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.toString() : root.getMessage();
  }
}
