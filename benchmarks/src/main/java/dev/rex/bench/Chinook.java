package dev.rex.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import org.flywaydb.core.Flyway;

/**
 * A fresh Chinook database for one benchmark trial, migrated with Flyway from the project's own
 * migrations ({@code rex-db}): a temporary SQLite file, or a new PostgreSQL database {@code
 * rex_bench_<random>} on {@code REX_BENCH_POSTGRES_URL} (default {@code
 * jdbc:postgresql://127.0.0.1:5432/test?user=root}) that {@link #close()} drops again.
 *
 * <p>Every library connects with the same URL and the same connection properties; on SQLite that
 * includes {@code foreign_keys=true}, which {@code Rex.connect} sets, so that every library's
 * inserts do the same foreign key checks.
 */
public abstract sealed class Chinook implements AutoCloseable {

  /** Album ids of the migrated data go up to this; the batch benchmarks insert above it. */
  static final int LAST_ALBUM_ID = 347;

  /** A migrated temporary SQLite file. */
  public static Chinook sqlite() {
    return new Sqlite();
  }

  /** A migrated new PostgreSQL database. */
  public static Chinook postgres() {
    return new Postgres();
  }

  /** The JDBC URL every library connects with. */
  public abstract String url();

  /** The jOOQ dialect of this database. */
  public abstract org.jooq.SQLDialect jooqDialect();

  /**
   * The SQL name of a Chinook table or column given in the SQLite spelling, e.g. {@code AlbumId}.
   */
  public abstract String name(String sqliteName);

  /** Connection properties beyond the URL, the same for every library. */
  public Properties connectionProperties() {
    return new Properties();
  }

  /** One plain JDBC connection. */
  public Connection connect() throws SQLException {
    return DriverManager.getConnection(url(), connectionProperties());
  }

  /** A HikariCP pool configured as {@code Rex.connect} configures its own. */
  public HikariDataSource pool() {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url());
    config.setPoolName("bench");
    config.setMaximumPoolSize(10);
    config.setDataSourceProperties(connectionProperties());
    return new HikariDataSource(config);
  }

  /** Deletes the albums a batch benchmark inserted, so that every invocation does the same work. */
  public void deleteInsertedAlbums() {
    try (Connection connection = connect();
        Statement statement = connection.createStatement()) {
      statement.executeUpdate(
          "delete from " + quoted("Album") + " where " + quoted("AlbumId") + " > " + LAST_ALBUM_ID);
      afterDelete(statement);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@link #name} in double quotes. */
  public String quoted(String sqliteName) {
    return '"' + name(sqliteName) + '"';
  }

  void afterDelete(Statement statement) throws SQLException {}

  static void migrate(String url, String location) {
    Flyway.configure()
        .dataSource(url, null, null)
        .locations("classpath:db/migration/" + location)
        .load()
        .migrate();
  }

  private static final class Sqlite extends Chinook {

    private final Path file;

    Sqlite() {
      try {
        file = Files.createTempFile("rex-bench-chinook-", ".db");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      migrate(url(), "sqlite");
    }

    @Override
    public String url() {
      return "jdbc:sqlite:" + file;
    }

    @Override
    public org.jooq.SQLDialect jooqDialect() {
      return org.jooq.SQLDialect.SQLITE;
    }

    @Override
    public String name(String sqliteName) {
      return sqliteName;
    }

    @Override
    public Properties connectionProperties() {
      Properties properties = new Properties();
      properties.setProperty("foreign_keys", "true");
      return properties;
    }

    @Override
    public void close() throws IOException {
      Files.deleteIfExists(file);
    }
  }

  private static final class Postgres extends Chinook {

    private final String adminUrl;
    private final String database;
    private final String url;

    Postgres() {
      String configured = System.getenv("REX_BENCH_POSTGRES_URL");
      adminUrl =
          configured == null || configured.isBlank()
              ? "jdbc:postgresql://127.0.0.1:5432/test?user=root"
              : configured;
      database = "rex_bench_" + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1);
      url = withDatabase(adminUrl, database);
      admin("create database " + database);
      migrate(url, "postgres");
    }

    /** {@code jdbc:postgresql://host:port/db?params} with another {@code db}. */
    private static String withDatabase(String jdbcUrl, String database) {
      int hosts = jdbcUrl.indexOf("//") + 2;
      int slash = jdbcUrl.indexOf('/', hosts);
      int query = jdbcUrl.indexOf('?', hosts);
      String params = query < 0 ? "" : jdbcUrl.substring(query);
      String prefix = slash < 0 ? (query < 0 ? jdbcUrl : jdbcUrl.substring(0, query)) : null;
      return (prefix != null ? prefix : jdbcUrl.substring(0, slash)) + "/" + database + params;
    }

    private void admin(String sql) {
      try (Connection connection = DriverManager.getConnection(adminUrl);
          Statement statement = connection.createStatement()) {
        statement.execute(sql);
      } catch (SQLException e) {
        throw new IllegalStateException(sql + ": " + e.getMessage(), e);
      }
    }

    @Override
    public String url() {
      return url;
    }

    @Override
    public org.jooq.SQLDialect jooqDialect() {
      return org.jooq.SQLDialect.POSTGRES;
    }

    @Override
    public String name(String sqliteName) {
      StringBuilder snake = new StringBuilder();
      for (int i = 0; i < sqliteName.length(); i++) {
        char c = sqliteName.charAt(i);
        if (Character.isUpperCase(c) && i > 0) {
          snake.append('_');
        }
        snake.append(c);
      }
      return snake.toString().toLowerCase(Locale.ROOT);
    }

    @Override
    void afterDelete(Statement statement) throws SQLException {
      // Dead tuples of deleted batches would otherwise pile up and slow later invocations.
      statement.execute("vacuum " + quoted("Album"));
    }

    @Override
    public void close() {
      admin("drop database if exists " + database + " with (force)");
    }
  }
}
