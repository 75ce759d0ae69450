package dev.rex.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rex.testing.TestDatabases;
import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;

class StatementCacheTest {

  private final String url = TestDatabases.newSqliteDatabase();

  @Test
  void reusesThePreparedStatementForTheSameSql() throws Exception {
    StatementCache cache = new StatementCache(4);
    try (Connection connection = DriverManager.getConnection(url)) {
      CachedStatement first = cache.prepare(connection, "select 1");
      CachedStatement second = cache.prepare(connection, "select 1");

      assertThat(second).isSameAs(first);
      assertThat(cache.prepare(connection, "select 2")).isNotSameAs(first);
    }
  }

  @Test
  void closesTheLeastRecentlyUsedStatementBeyondItsCapacity() throws Exception {
    StatementCache cache = new StatementCache(2);
    try (Connection connection = DriverManager.getConnection(url)) {
      CachedStatement oldest = cache.prepare(connection, "select 1");
      cache.prepare(connection, "select 2");
      cache.prepare(connection, "select 3");

      assertThat(oldest.statement.isClosed()).isTrue();
      assertThat(cache.prepare(connection, "select 1")).isNotSameAs(oldest);
    }
  }

  @Test
  void forgetsConnectionsThatWereClosed() throws Exception {
    StatementCache cache = new StatementCache(2);
    Connection first = DriverManager.getConnection(url);
    cache.prepare(first, "select 1");
    first.close();

    try (Connection second = DriverManager.getConnection(url)) {
      cache.prepare(second, "select 1");
      assertThat(cache.connections()).isEqualTo(1);
    }
  }

  @Test
  void replacesAStatementThatWasClosedBehindItsBack() throws Exception {
    StatementCache cache = new StatementCache(2);
    try (Connection connection = DriverManager.getConnection(url)) {
      CachedStatement first = cache.prepare(connection, "select 1");
      first.statement.close();

      CachedStatement again = cache.prepare(connection, "select 1");
      assertThat(again).isNotSameAs(first);
      assertThat(again.statement.isClosed()).isFalse();
      cache.evict(connection, "select 1");
      assertThat(again.statement.isClosed()).isTrue();
      cache.closeAll();
      assertThat(cache.connections()).isZero();
    }
  }
}
