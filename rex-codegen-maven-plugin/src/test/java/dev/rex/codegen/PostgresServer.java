package dev.rex.codegen;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The PostgreSQL server for tests: the one {@code REX_TEST_POSTGRES_URL} names, or else one
 * embedded server per test JVM. Each test gets its own fresh database ({@code rex_test_…}) and
 * drops it afterwards.
 */
public final class PostgresServer {

  private static final Pattern DATABASE_IN_URL =
      Pattern.compile("^(jdbc:postgresql://[^/]*/)([^?]*)(.*)$");
  private static @Nullable PostgresServer instance;

  private final JdbcTarget admin;

  private PostgresServer(JdbcTarget admin) {
    this.admin = admin;
  }

  /** The shared server, started on first use. */
  public static synchronized PostgresServer get() {
    if (instance == null) {
      String url = System.getenv("REX_TEST_POSTGRES_URL");
      instance =
          new PostgresServer(url == null || url.isBlank() ? startEmbedded() : JdbcTarget.of(url));
    }
    return instance;
  }

  private static JdbcTarget startEmbedded() {
    try {
      EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> close(postgres)));
      return JdbcTarget.of(postgres.getJdbcUrl("postgres", "postgres"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void close(EmbeddedPostgres postgres) {
    try {
      postgres.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A new, empty database on the server. */
  public TestDatabase createDatabase() throws SQLException {
    String name = "rex_test_codegen_" + UUID.randomUUID().toString().replace("-", "");
    execute("create database " + name);
    Matcher matcher = DATABASE_IN_URL.matcher(admin.url());
    if (!matcher.matches()) {
      throw new IllegalStateException("Cannot find the database name in " + admin.url());
    }
    String url = matcher.group(1) + name + matcher.group(3);
    return new TestDatabase(name, new JdbcTarget(url, admin.user(), admin.password()));
  }

  private void execute(String sql) throws SQLException {
    try (Connection connection = admin.connect();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  /** A database that is dropped on close. */
  public final class TestDatabase implements AutoCloseable {
    private final String name;
    private final JdbcTarget target;

    private TestDatabase(String name, JdbcTarget target) {
      this.name = name;
      this.target = target;
    }

    public JdbcTarget target() {
      return target;
    }

    @Override
    public void close() throws SQLException {
      execute("drop database if exists " + name + " with (force)");
    }
  }
}
