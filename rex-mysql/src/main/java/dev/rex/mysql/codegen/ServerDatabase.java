package dev.rex.mysql.codegen;

import dev.rex.codegen.JdbcTarget;
import dev.rex.codegen.ThrowawayDatabase;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * A throwaway database on a MySQL or MariaDB server the user runs: created empty with a random name
 * ({@code rex_gen_…}, binary UTF-8 collation) and dropped on close, so that parallel builds on one
 * server do not meet.
 */
final class ServerDatabase implements ThrowawayDatabase {

  private final JdbcTarget server;
  private final String name;
  private final JdbcTarget target;

  private ServerDatabase(JdbcTarget server, String name) {
    this.server = server;
    this.name = name;
    this.target =
        new JdbcTarget(
            ServerUrls.withDatabase(server.url(), name), server.user(), server.password());
  }

  /** Creates the database on the server behind {@code server}. */
  static ServerDatabase create(JdbcTarget server) throws IOException {
    String name = "rex_gen_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    try {
      execute(server, "create database `" + name + "` character set utf8mb4 collate utf8mb4_bin");
    } catch (SQLException e) {
      throw new IOException(
          "Could not create a throwaway database on " + server + ": " + e.getMessage(), e);
    }
    return new ServerDatabase(server, name);
  }

  /** The name of the database, {@code rex_gen_} and 16 hexadecimal digits. */
  String name() {
    return name;
  }

  @Override
  public JdbcTarget target() {
    return target;
  }

  @Override
  public void close() throws IOException {
    if (!name.toLowerCase(Locale.ROOT).startsWith("rex_gen_")) {
      throw new IllegalStateException("Refusing to drop " + name);
    }
    try {
      execute(server, "drop database if exists `" + name + "`");
    } catch (SQLException e) {
      throw new IOException(
          "Could not drop the throwaway database " + name + ": " + e.getMessage(), e);
    }
  }

  private static void execute(JdbcTarget server, String sql) throws SQLException {
    try (Connection connection = server.connect();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
