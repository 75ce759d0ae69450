package dev.rex.realtime.internal;

import com.zaxxer.hikari.HikariDataSource;
import dev.rex.dsl.exception.ConnectionException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * Opens the connection a realtime watcher keeps for itself, outside the pool: to {@code listenUrl}
 * when given, otherwise to the URL and credentials of Rex's own HikariCP pool.
 */
public final class ListenConnections {

  private ListenConnections() {}

  /**
   * An opener of dedicated connections. On PostgreSQL the socket gets a timeout a few heartbeats
   * long, so that a dead network fails a read instead of hanging it.
   *
   * @throws IllegalArgumentException when there is neither a listen URL nor a HikariCP pool to copy
   *     one from
   */
  public static Supplier<Connection> opener(
      DataSource pool, @Nullable String listenUrl, Duration heartbeat) {
    Properties properties = new Properties();
    String url;
    if (listenUrl != null) {
      url = listenUrl;
    } else if (pool instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null) {
      url = hikari.getJdbcUrl();
      properties.putAll(hikari.getDataSourceProperties());
      if (hikari.getUsername() != null) {
        properties.setProperty("user", hikari.getUsername());
      }
      if (hikari.getPassword() != null) {
        properties.setProperty("password", hikari.getPassword());
      }
    } else {
      throw new IllegalArgumentException(
          "Realtime keeps a connection of its own outside the pool; this pool is not a HikariCP"
              + " pool with a JDBC URL, so give one with RealtimeSettings.withListenUrl(…).");
    }
    if (url.startsWith("jdbc:postgresql:")) {
      long seconds = Math.max(1, heartbeat.multipliedBy(3).toSeconds());
      properties.putIfAbsent("socketTimeout", Long.toString(seconds));
      properties.putIfAbsent("tcpKeepAlive", "true");
      properties.putIfAbsent("ApplicationName", "rex-realtime");
    }
    return () -> {
      try {
        return DriverManager.getConnection(url, properties);
      } catch (SQLException e) {
        throw new ConnectionException(
            "Realtime could not open its own connection: " + e.getMessage(), null, null, e);
      }
    };
  }
}
