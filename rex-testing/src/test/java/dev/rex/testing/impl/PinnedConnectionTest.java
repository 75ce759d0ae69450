package dev.rex.testing.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The pinned connection on a real SQLite file: transactions become savepoints. */
class PinnedConnectionTest {

  private Path directory;
  private PinnedConnection pinned;
  private Connection connection;

  @BeforeEach
  void open() throws Exception {
    directory = Files.createTempDirectory("rex-pinned-");
    String url = "jdbc:sqlite:" + directory.resolve("pinned.db");
    try (Connection setup = DriverManager.getConnection(url);
        Statement statement = setup.createStatement()) {
      statement.execute("create table note (text text)");
    }
    pinned = new PinnedConnection(DriverManager.getConnection(url));
    connection = pinned.connection();
    pinned.beginTest();
  }

  @AfterEach
  void close() throws Exception {
    pinned.close();
    try (var files = Files.list(directory)) {
      for (Path file : files.toList()) {
        Files.delete(file);
      }
    }
    Files.delete(directory);
  }

  private void insert(String text) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.executeUpdate("insert into note values ('" + text + "')");
    }
  }

  private int count() throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select count(*) from note")) {
      rows.next();
      return rows.getInt(1);
    }
  }

  @Test
  void looksLikeAnAutocommitConnectionThatCloseKeepsOpen() throws SQLException {
    assertThat(connection.getAutoCommit()).isTrue();
    connection.close();
    assertThat(connection.isClosed()).isFalse();
    connection.setReadOnly(true);
    connection.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
    insert("still writable");
    assertThat(count()).isEqualTo(1);
  }

  @Test
  void commitKeepsAndRollbackUndoesWithinTheTest() throws SQLException {
    connection.setAutoCommit(false);
    connection.setAutoCommit(false);
    assertThat(connection.getAutoCommit()).isFalse();
    insert("committed");
    connection.commit();
    insert("rolled back");
    connection.rollback();
    connection.setAutoCommit(true);
    connection.setAutoCommit(true);
    connection.commit();
    connection.rollback();
    assertThat(count()).isEqualTo(1);

    pinned.endTest();
    assertThat(count()).isZero();
  }

  @Test
  void endTestAlsoUndoesATransactionLeftOpen() throws SQLException {
    connection.setAutoCommit(false);
    insert("left open");
    pinned.endTest();
    assertThat(connection.getAutoCommit()).isTrue();
    assertThat(count()).isZero();
    pinned.endTest();
  }

  @Test
  void explicitSavepointsPassThrough() throws SQLException {
    connection.setAutoCommit(false);
    insert("kept");
    Savepoint savepoint = connection.setSavepoint();
    insert("undone");
    connection.rollback(savepoint);
    connection.releaseSavepoint(savepoint);
    connection.setAutoCommit(true);
    assertThat(count()).isEqualTo(1);
  }

  @Test
  void setTransactionStatementsAreNotSent() throws SQLException {
    try (Statement statement = connection.createStatement()) {
      assertThat(statement.execute("SET TRANSACTION ISOLATION LEVEL SERIALIZABLE")).isFalse();
      assertThat(statement.executeUpdate("  set transaction read only")).isZero();
      assertThat(statement.executeLargeUpdate("set transaction read write")).isZero();
      assertThat(statement.execute("select 1")).isTrue();
      assertThat(statement.getConnection().unwrap(Connection.class)).isNotNull();
    }
  }

  @Test
  void unwrapsToTheDriverConnectionAndIsItself() throws SQLException {
    Connection physical = connection.unwrap(Connection.class);
    assertThat(physical).isNotSameAs(connection);
    assertThat(connection.isWrapperFor(Connection.class)).isTrue();
    assertThat(connection.isWrapperFor(org.sqlite.SQLiteConnection.class)).isTrue();
    assertThat(connection.unwrap(org.sqlite.SQLiteConnection.class)).isSameAs(physical);
    assertThat(connection.isWrapperFor(String.class)).isFalse();
    assertThat(connection).isEqualTo(connection).isNotEqualTo(physical);
    assertThat(connection.hashCode()).isEqualTo(System.identityHashCode(connection));
    assertThat(connection.toString()).startsWith("PinnedConnection(");
  }

  @Test
  void theDataSourceHandsOutThePinnedConnection() throws SQLException {
    PinnedDataSource dataSource = new PinnedDataSource(pinned);
    assertThat(dataSource.getConnection()).isSameAs(connection);
    assertThat(dataSource.getConnection("user", "password")).isSameAs(connection);
    dataSource.setLoginTimeout(3);
    assertThat(dataSource.getLoginTimeout()).isEqualTo(3);
    dataSource.setLogWriter(null);
    assertThat(dataSource.getLogWriter()).isNull();
    assertThat(dataSource.isWrapperFor(PinnedDataSource.class)).isTrue();
    assertThat(dataSource.unwrap(PinnedDataSource.class)).isSameAs(dataSource);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> dataSource.unwrap(String.class))
        .isInstanceOf(SQLException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(dataSource::getParentLogger)
        .isInstanceOf(java.sql.SQLFeatureNotSupportedException.class);
  }
}
