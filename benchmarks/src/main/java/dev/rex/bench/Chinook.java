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
 * jdbc:postgresql://127.0.0.1:5432/test?user=root}) that {@link #close()} drops again, or the
 * MariaDB database {@code rex_bench} on the server of {@code REX_BENCH_MARIADB_URL} (default {@code
 * jdbc:mariadb://127.0.0.1:3306/test?user=root}), created and migrated from the MySQL migrations
 * the first time and kept: Flyway finds it migrated on later trials, and loading Chinook again each
 * trial would cost more than the benchmarks themselves.
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

  /** The MariaDB database {@code rex_bench}, created and migrated if missing. */
  public static Chinook mariadb() {
    return new Mariadb();
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

  /** {@link #name} in double quotes (back-ticks on MariaDB). */
  public String quoted(String sqliteName) {
    return '"' + name(sqliteName) + '"';
  }

  /** The URL of the environment variable {@code variable}, or {@code fallback} if it is unset. */
  static String configuredUrl(String variable, String fallback) {
    String configured = System.getenv(variable);
    return configured == null || configured.isBlank() ? fallback : configured;
  }

  /** {@code jdbc:<driver>://host:port/db?params} with another {@code db}. */
  static String withDatabase(String jdbcUrl, String database) {
    int hosts = jdbcUrl.indexOf("//") + 2;
    int slash = jdbcUrl.indexOf('/', hosts);
    int query = jdbcUrl.indexOf('?', hosts);
    String params = query < 0 ? "" : jdbcUrl.substring(query);
    String prefix = slash < 0 ? (query < 0 ? jdbcUrl : jdbcUrl.substring(0, query)) : null;
    return (prefix != null ? prefix : jdbcUrl.substring(0, slash)) + "/" + database + params;
  }

  static void execute(String url, String sql) {
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
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
      adminUrl =
          configuredUrl(
              "REX_BENCH_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test?user=root");
      database = "rex_bench_" + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1);
      url = withDatabase(adminUrl, database);
      admin("create database " + database);
      migrate(url, "postgres");
    }

    private void admin(String sql) {
      execute(adminUrl, sql);
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

  private static final class Mariadb extends Chinook {

    private static final String DATABASE = "rex_bench";

    private final String url;

    Mariadb() {
      String adminUrl =
          configuredUrl("REX_BENCH_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/test?user=root");
      url = withDatabase(adminUrl, DATABASE);
      // utf8mb4_nopad_bin: compares text as the other databases do (see docs/mysql.md).
      execute(
          adminUrl,
          "create database if not exists "
              + DATABASE
              + " character set utf8mb4 collate utf8mb4_nopad_bin");
      migrate(url, "mysql");
    }

    @Override
    public String url() {
      return url;
    }

    @Override
    public org.jooq.SQLDialect jooqDialect() {
      return org.jooq.SQLDialect.MARIADB;
    }

    @Override
    public String name(String sqliteName) {
      return sqliteName;
    }

    @Override
    public String quoted(String sqliteName) {
      return '`' + name(sqliteName) + '`';
    }

    /** Keeps the database: the next trial finds it migrated. */
    @Override
    public void close() {}
  }
}
