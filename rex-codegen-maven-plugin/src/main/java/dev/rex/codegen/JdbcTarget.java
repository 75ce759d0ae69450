package dev.rex.codegen;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.ServiceLoader;
import org.jspecify.annotations.Nullable;

/**
 * A database to connect to by JDBC URL, with optional credentials (they may also be part of the
 * URL).
 *
 * @param url the JDBC URL, for example {@code jdbc:sqlite:app.db}
 * @param user the user, or {@code null}
 * @param password the password, or {@code null}
 */
public record JdbcTarget(String url, @Nullable String user, @Nullable String password) {

  /** A target with no separate credentials. */
  public static JdbcTarget of(String url) {
    return new JdbcTarget(url, null, null);
  }

  /**
   * Opens a new connection. Drivers are looked up with the generator's own class loader first,
   * because inside Maven the {@link DriverManager} may have been set up by another class loader
   * that cannot see the plugin's drivers.
   */
  public Connection connect() throws SQLException {
    Properties properties = new Properties();
    if (user != null) {
      properties.setProperty("user", user);
    }
    if (password != null) {
      properties.setProperty("password", password);
    }
    for (Driver driver : ServiceLoader.load(Driver.class, JdbcTarget.class.getClassLoader())) {
      if (driver.acceptsURL(url)) {
        Connection connection = driver.connect(url, properties);
        if (connection != null) {
          return connection;
        }
      }
    }
    return DriverManager.getConnection(url, properties);
  }

  @Override
  public String toString() {
    return url;
  }
}
