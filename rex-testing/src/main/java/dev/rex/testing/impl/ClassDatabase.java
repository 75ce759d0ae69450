package dev.rex.testing.impl;

import dev.rex.Rex;
import dev.rex.RexSettings;
import dev.rex.dsl.exception.RexException;
import dev.rex.dsl.spi.Dialects;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * The database of one test class: the {@link Rex} its tests get, and how each test is undone.
 * Closing it closes the {@code Rex} and rolls back or drops what the class wrote.
 */
public final class ClassDatabase implements AutoCloseable {

  /** Pooled connections of a class that has a database of its own. */
  static final int POOL_SIZE = 4;

  private final Rex rex;
  private final @Nullable PinnedConnection pinned;
  private final @Nullable DatabaseServer owner;
  private final String url;

  private ClassDatabase(
      Rex rex, @Nullable PinnedConnection pinned, @Nullable DatabaseServer owner, String url) {
    this.rex = rex;
    this.pinned = pinned;
    this.owner = owner;
    this.url = url;
  }

  /**
   * A class on the shared database at {@code url}, on one connection whose transaction is rolled
   * back at the end.
   */
  public static ClassDatabase rollingBack(String url, RexSettings settings) {
    Properties properties = new Properties();
    properties.putAll(Dialects.forUrl(url).connectionProperties(url));
    if (url.startsWith("jdbc:postgresql:")) {
      // A failed statement outside a transaction must not abort the class's transaction (it
      // would on PostgreSQL): the driver sets a savepoint before each statement and rolls back to
      // it on failure, as autocommit would have dropped the statement alone. Its savepoints are
      // not released after each statement (cleanupSavepoints): releasing one would release the
      // savepoints set after it, which are the test's and the transactions'.
      properties.setProperty("autosave", "always");
    }
    Connection physical;
    PinnedConnection pinned;
    try {
      physical = DriverManager.getConnection(url, properties);
    } catch (SQLException e) {
      throw new RexException(
          "Could not connect to the test database " + Urls.redact(url) + ": " + e.getMessage(), e);
    }
    try {
      pinned = new PinnedConnection(physical);
    } catch (SQLException e) {
      closeQuietly(physical, e);
      throw new RexException("Could not start the test transaction: " + e.getMessage(), e);
    }
    return new ClassDatabase(Rex.using(new PinnedDataSource(pinned), settings), pinned, null, url);
  }

  /** A class with a new database of its own, migrated, dropped when the class is done. */
  public static ClassDatabase ownDatabase(TestSettings settings) {
    Migrator.check(settings.migrations());
    DatabaseServer server = Servers.of(settings);
    String url = server.create();
    try {
      Migrator.migrate(url, settings.migrations());
      Rex rex = Rex.connect(url, settings.rexSettings().withMaximumPoolSize(POOL_SIZE));
      return new ClassDatabase(rex, null, server, url);
    } catch (RuntimeException e) {
      try {
        server.drop(url);
      } catch (RuntimeException dropFailure) {
        e.addSuppressed(dropFailure);
      }
      throw e;
    }
  }

  private static void closeQuietly(Connection connection, Exception failure) {
    try {
      connection.close();
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }

  /** The database the tests get. */
  public Rex rex() {
    return rex;
  }

  /** The JDBC URL of the database. */
  public String url() {
    return url;
  }

  /** Starts a test: from now on, writes are undone by {@link #endTest()} (rollback mode only). */
  public void beginTest() throws SQLException {
    if (pinned != null) {
      pinned.beginTest();
    }
  }

  /**
   * Undoes what the test wrote (rollback mode only), and empties the result cache, which may hold
   * rows that are gone now.
   */
  public void endTest() throws SQLException {
    if (pinned != null) {
      pinned.endTest();
      rex.cache().invalidateAll();
    }
  }

  @Override
  public void close() throws SQLException {
    try {
      rex.close();
    } finally {
      if (pinned != null) {
        pinned.close();
      }
      if (owner != null) {
        owner.drop(url);
      }
    }
  }
}
