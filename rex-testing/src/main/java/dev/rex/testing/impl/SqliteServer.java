package dev.rex.testing.impl;

import dev.rex.dsl.exception.RexException;
import dev.rex.testing.RexTestConfigurationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** SQLite databases, each a file in a temporary directory of its own. */
final class SqliteServer implements DatabaseServer {

  private static final String PREFIX = "jdbc:sqlite:";

  SqliteServer() {
    try {
      Class.forName("org.sqlite.JDBC");
    } catch (ClassNotFoundException e) {
      throw new RexTestConfigurationException(
          "The sqlite backend needs the SQLite JDBC driver: add the test dependency"
              + " org.xerial:sqlite-jdbc.",
          e);
    }
  }

  @Override
  public String create() {
    try {
      Path directory = Files.createTempDirectory("rex-test-");
      return PREFIX + directory.resolve("rex_test.db");
    } catch (IOException e) {
      throw new RexException("Could not create a temporary directory for SQLite: " + e, e);
    }
  }

  @Override
  public void drop(String url) {
    Path file = Path.of(url.substring(PREFIX.length()));
    try {
      for (String suffix : new String[] {"", "-journal", "-wal", "-shm"}) {
        Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
      }
      Files.deleteIfExists(file.getParent());
    } catch (IOException e) {
      throw new RexException("Could not delete the test database " + file + ": " + e, e);
    }
  }
}
