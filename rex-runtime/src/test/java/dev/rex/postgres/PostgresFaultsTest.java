package dev.rex.postgres;

import static dev.rex.fixtures.Artist.ARTIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.Rex;
import dev.rex.RexSettings;
import dev.rex.dsl.exception.ConnectionException;
import dev.rex.testing.DatabaseTest;
import dev.rex.testing.Pools;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Faults only a server database has: backends terminated by an administrator mid-transaction and
 * while idle in the pool, and a small pool under many threads. Each surfaces as a {@link
 * ConnectionException}, leaves nothing half-written and no connection checked out, and the same
 * {@link Rex} keeps working. ({@code PostgresRestartTest} restarts a whole server.)
 */
class PostgresFaultsTest extends DatabaseTest {

  @Override
  protected String dialect() {
    return "postgres";
  }

  private RexSettings small(int poolSize) {
    return RexSettings.defaults()
        .withMaximumPoolSize(poolSize)
        .withConnectionTimeout(Duration.ofSeconds(2));
  }

  private static int backendPid(dev.rex.Database database) {
    return ((Number) database.fetch("select pg_backend_pid()").get(0).get(0)).intValue();
  }

  /** Terminates a backend from another connection and waits until it is gone. */
  private void terminate(int pid) {
    Object done = db.fetch("select pg_terminate_backend(?, 5000)", pid).get(0).get(0);
    assertThat(done).isEqualTo(true);
  }

  @Test
  void aBackendKilledMidTransactionIsAConnectionFailureAndNothingPersists() {
    try (Rex rex = Rex.connect(url, small(2))) {
      assertThatThrownBy(
              () ->
                  rex.transaction(
                      tx -> {
                        tx.insertInto(ARTIST).set(ARTIST.NAME, "Written before").execute();
                        terminate(backendPid(tx));
                        tx.insertInto(ARTIST).set(ARTIST.NAME, "Written after").execute();
                      }))
          .isInstanceOf(ConnectionException.class)
          .satisfies(
              e ->
                  assertThat(((ConnectionException) e).sqlState())
                      .as("SQLSTATE")
                      .matches("57P01|08.*"));

      assertThat(Pools.active(rex)).isZero();
      assertThat(rex.fetchCount(ARTIST)).isZero();
      rex.insertInto(ARTIST).set(ARTIST.NAME, "Still working").execute();
      assertThat(rex.selectFrom(ARTIST).fetch(ARTIST.NAME)).containsExactly("Still working");
      Pools.assertNoActiveConnections(rex);
    }
  }

  @Test
  void aSwallowedConnectionFailureInATransactionStillRollsBack() {
    try (Rex rex = Rex.connect(url, small(2))) {
      assertThatThrownBy(
              () ->
                  rex.transaction(
                      tx -> {
                        tx.insertInto(ARTIST).set(ARTIST.NAME, "Written before").execute();
                        terminate(backendPid(tx));
                        try {
                          tx.insertInto(ARTIST).set(ARTIST.NAME, "Written after").execute();
                        } catch (ConnectionException ignored) {
                          // Swallowed: the transaction must not report success.
                        }
                      }))
          .isInstanceOf(dev.rex.dsl.exception.TransactionAbortedException.class)
          .hasCauseInstanceOf(ConnectionException.class);

      assertThat(Pools.active(rex)).isZero();
      assertThat(rex.fetchCount(ARTIST)).isZero();
    }
  }

  @Test
  void aBackendKilledOutsideATransactionIsAConnectionFailureAndTheConnectionIsEvicted() {
    try (Rex rex = Rex.connect(url, small(1))) {
      int pid = backendPid(rex);

      // One pooled connection: the kill happens while it is checked out by this statement.
      assertThatThrownBy(() -> rex.fetch("select pg_terminate_backend(pg_backend_pid())"))
          .isInstanceOf(ConnectionException.class);

      assertThat(Pools.active(rex)).isZero();
      assertThat(backendPid(rex)).isNotEqualTo(pid);
      Pools.assertNoActiveConnections(rex);
    }
  }

  @Test
  void aBackendKilledWhileAStreamIsReadFailsTheStreamTypedAndEvictsItsConnection() {
    try (Rex rex = Rex.connect(url, small(1))) {
      for (int i = 0; i < 100; i++) {
        rex.insertInto(ARTIST).set(ARTIST.NAME, "Artist " + i).execute();
      }
      int pid = backendPid(rex);

      try (Stream<?> rows = rex.selectFrom(ARTIST).fetchSize(10).stream()) {
        var iterator = rows.iterator();
        iterator.next();
        terminate(pid);
        assertThatThrownBy(
                () -> {
                  while (iterator.hasNext()) {
                    iterator.next();
                  }
                })
            .isInstanceOf(ConnectionException.class);
        assertThatThrownBy(iterator::hasNext).isInstanceOf(ConnectionException.class);
      }

      assertThat(Pools.active(rex)).isZero();
      assertThat(backendPid(rex)).isNotEqualTo(pid);
      assertThat(rex.fetchCount(ARTIST)).isEqualTo(100);
    }
  }

  @Test
  void aBackendKilledWhileIdleInThePoolIsReplacedBeforeTheNextStatement() throws Exception {
    try (Rex rex = Rex.connect(url, small(1))) {
      int pid = backendPid(rex);
      terminate(pid);
      // HikariCP validates a connection that has been idle for more than 500 ms before lending it.
      Thread.sleep(700);

      int next = backendPid(rex);

      assertThat(next).isNotEqualTo(pid);
      assertThat(rex.fetchCount(ARTIST)).isZero();
      Pools.assertNoActiveConnections(rex);
    }
  }

  @Test
  void aBackendKilledRightAfterUseFailsAtMostOneStatementTyped() {
    try (Rex rex = Rex.connect(url, small(1))) {
      int pid = backendPid(rex);
      terminate(pid);

      // Within 500 ms of its last use HikariCP lends the connection without validating it: the
      // statement may find it dead. Then it fails typed and the connection is evicted.
      int next;
      try {
        next = backendPid(rex);
      } catch (ConnectionException expected) {
        assertThat(Pools.active(rex)).isZero();
        next = backendPid(rex);
      }

      assertThat(next).isNotEqualTo(pid);
      Pools.assertNoActiveConnections(rex);
    }
  }

  @Test
  void aPoolOfFourUnderFortyThreadsCompletesOrFailsTypedAndLeaksNothing() throws Exception {
    int threads = 40;
    int rounds = 10;
    AtomicInteger rowsWritten = new AtomicInteger();
    AtomicInteger completed = new AtomicInteger();
    AtomicInteger poolTimeouts = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    // Transactions hold their connection a while and waiting is short, so some work may time out.
    RexSettings settings = small(4).withConnectionTimeout(Duration.ofMillis(250));

    try (Rex rex = Rex.connect(url, settings)) {
      ExecutorService workers = Executors.newFixedThreadPool(threads);
      try {
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          int thread = t;
          done.add(
              workers.submit(
                  () -> {
                    start.await();
                    for (int round = 0; round < rounds; round++) {
                      try {
                        rowsWritten.addAndGet(work(rex, thread, round));
                        completed.incrementAndGet();
                      } catch (ConnectionException poolTimeout) {
                        assertThat(poolTimeout).hasMessageContaining("in time");
                        poolTimeouts.incrementAndGet();
                      }
                    }
                    return null;
                  }));
        }
        start.countDown();
        for (Future<?> future : done) {
          future.get(60, TimeUnit.SECONDS);
        }
      } finally {
        workers.shutdownNow();
      }

      assertThat(rex.fetchCount(ARTIST)).isEqualTo(rowsWritten.get());
      assertThat(completed.get() + poolTimeouts.get()).isEqualTo(threads * rounds);
      assertThat(completed.get()).isPositive();
      assertThat(Pools.active(rex)).isZero();
      Pools.assertNoActiveConnections(rex);
    }
  }

  /** One unit of mixed work; returns how many artist rows it committed. */
  private static int work(Rex rex, int thread, int round) {
    String name = "Artist " + thread + "-" + round;
    switch ((thread + round) % 4) {
      case 0 -> {
        rex.insertInto(ARTIST).set(ARTIST.NAME, name).execute();
        return 1;
      }
      case 1 -> {
        rex.fetchCount(ARTIST);
        rex.selectFrom(ARTIST).limit(5).fetch();
        return 0;
      }
      case 2 -> {
        return rex.transactionResult(
            tx -> {
              tx.insertInto(ARTIST).set(ARTIST.NAME, name + " a").execute();
              tx.insertInto(ARTIST).set(ARTIST.NAME, name + " b").execute();
              assertThat(tx.fetchCount(ARTIST, ARTIST.NAME.like(name + " %"))).isEqualTo(2);
              Thread.sleep(20);
              return 2;
            });
      }
      default -> {
        try (Stream<?> rows = rex.selectFrom(ARTIST).fetchSize(10).stream()) {
          rows.limit(20).count();
        }
        return 0;
      }
    }
  }
}
