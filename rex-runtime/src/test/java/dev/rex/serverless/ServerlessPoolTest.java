package dev.rex.serverless;

import static dev.rex.fixtures.Artist.ARTIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.Health;
import dev.rex.PoolSettings;
import dev.rex.Rex;
import dev.rex.RexSettings;
import dev.rex.dsl.exception.ConnectionException;
import dev.rex.fixtures.Schema;
import dev.rex.testing.TestDatabases;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * On PostgreSQL: the serverless pool opens no connection before the first statement, a wrong URL
 * then fails the statement rather than the start, health reports the pool, and a graceful close
 * waits for work in flight.
 */
class ServerlessPoolTest {

  private final String url = TestDatabases.newPostgresDatabase();
  private final String application = "rex-" + UUID.randomUUID().toString().substring(0, 8);

  private int serverConnections() throws SQLException {
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "select count(*) from pg_stat_activity where application_name = '"
                    + application
                    + "'")) {
      rows.next();
      return rows.getInt(1);
    }
  }

  /** The count once it is {@code expected}, or after 10 s (a backend ends a moment after). */
  private int serverConnectionsAfterAWhile(int expected) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    int count = serverConnections();
    while (count != expected && System.nanoTime() < deadline) {
      Thread.sleep(20);
      count = serverConnections();
    }
    return count;
  }

  private String tagged() {
    return url + (url.contains("?") ? "&" : "?") + "ApplicationName=" + application;
  }

  @Test
  void theServerlessPoolConnectsOnlyWhenAStatementNeedsIt() throws Exception {
    TestDatabases.executeScript(url, Schema.ddl("postgres"));
    try (Rex db = Rex.connect(tagged(), RexSettings.serverless())) {
      assertThat(serverConnections()).as("nothing opened at connect").isZero();
      db.insertInto(ARTIST).set(ARTIST.NAME, "Nina").execute();
      assertThat(db.fetchCount(ARTIST)).isEqualTo(1);
      assertThat(serverConnections()).isEqualTo(1);
      Health health = db.health();
      assertThat(health.reachable()).isTrue();
      assertThat(health.totalConnections()).isBetween(1, 2);
      assertThat(health.activeConnections()).isZero();
    }
    assertThat(serverConnectionsAfterAWhile(0)).as("closed with the pool").isZero();
    try (Rex db = Rex.connect(tagged(), RexSettings.defaults().withMaximumPoolSize(3))) {
      assertThat(serverConnections()).as("the default pool connects at once").isPositive();
      Thread.sleep(300);
      assertThat(serverConnections())
          .as("and keeps one idle connection, not a pool filled to its size")
          .isEqualTo(1);
      CountDownLatch holding = new CountDownLatch(2);
      CountDownLatch release = new CountDownLatch(1);
      CompletableFuture<?>[] two = new CompletableFuture<?>[2];
      for (int i = 0; i < 2; i++) {
        two[i] =
            CompletableFuture.runAsync(
                () ->
                    db.transaction(
                        tx -> {
                          tx.fetchValue("select 1");
                          holding.countDown();
                          release.await();
                        }));
      }
      assertThat(holding.await(10, TimeUnit.SECONDS)).as("two connections at once").isTrue();
      assertThat(serverConnections()).as("opened as statements need them").isEqualTo(2);
      release.countDown();
      CompletableFuture.allOf(two).get(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void aDatabaseStillStartingIsWaitedForUpToTheStartTimeout() throws Exception {
    RexSettings patient =
        RexSettings.defaults()
            .withPool(PoolSettings.defaults().withStartTimeout(Duration.ofSeconds(20)));
    try (LateServer late = LateServer.forwardingTo(url, 1_500)) {
      long started = System.nanoTime();
      try (Rex db = Rex.connect(late.url(url), patient)) {
        assertThat(Duration.ofNanos(System.nanoTime() - started))
            .as("connect waited for the server")
            .isGreaterThanOrEqualTo(Duration.ofMillis(1_000));
        assertThat(db.fetchValue("select 1")).isEqualTo(1);
      }
    }
    try (LateServer late = LateServer.forwardingTo(url, 60_000)) {
      long started = System.nanoTime();
      assertThatThrownBy(() -> Rex.connect(late.url(url)))
          .as("by default a refused first connection fails at once")
          .isInstanceOf(ConnectionException.class)
          .hasMessageContaining("Could not connect");
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    }
    assertThatThrownBy(() -> PoolSettings.defaults().withStartTimeout(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aWrongAddressFailsAtConnectByDefaultAndAtTheFirstStatementWhenLazy() {
    String nowhere = "jdbc:postgresql://127.0.0.1:1/nowhere?user=root&connectTimeout=2";
    assertThatThrownBy(() -> Rex.connect(nowhere))
        .isInstanceOf(ConnectionException.class)
        .hasMessageContaining("Could not connect");
    RexSettings lazy = RexSettings.serverless().withConnectionTimeout(Duration.ofMillis(1_000));
    try (Rex db = Rex.connect(nowhere, lazy)) {
      Health health = db.health();
      assertThat(health.reachable()).isFalse();
      assertThat(health.problem()).isNotBlank();
      assertThatThrownBy(() -> db.fetchCount(ARTIST)).isInstanceOf(ConnectionException.class);
    }
  }

  @Test
  void aGracefulCloseWaitsForATransactionInFlight() throws Exception {
    TestDatabases.executeScript(url, Schema.ddl("postgres"));
    Rex db = Rex.connect(url, RexSettings.defaults().withPool(PoolSettings.serverless()));
    CountDownLatch inside = new CountDownLatch(1);
    CompletableFuture<Void> work =
        CompletableFuture.runAsync(
            () ->
                db.transaction(
                    tx -> {
                      tx.insertInto(ARTIST).set(ARTIST.NAME, "Late").execute();
                      inside.countDown();
                      sleep(500);
                    }));
    assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(db.close(Duration.ofSeconds(10))).as("drained").isTrue();
    work.get(10, TimeUnit.SECONDS);
    try (Rex again = Rex.connect(url)) {
      assertThat(again.fetchCount(ARTIST)).as("the transaction committed").isEqualTo(1);
    }
  }

  @Test
  void aGraceThatRunsOutReportsIt() throws Exception {
    TestDatabases.executeScript(url, Schema.ddl("postgres"));
    Rex db = Rex.connect(url);
    CountDownLatch inside = new CountDownLatch(1);
    CompletableFuture<Void> work =
        CompletableFuture.runAsync(
            () ->
                db.transaction(
                    tx -> {
                      inside.countDown();
                      sleep(1_500);
                    }));
    assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(db.close(Duration.ofMillis(100))).isFalse();
    work.handle((ok, failure) -> null).get(10, TimeUnit.SECONDS);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
