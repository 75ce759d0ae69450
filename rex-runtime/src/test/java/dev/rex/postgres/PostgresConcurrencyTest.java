package dev.rex.postgres;

import static dev.rex.fixtures.Artist.ARTIST;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rex.Isolation;
import dev.rex.TransactionOptions;
import dev.rex.dsl.exception.DeadlockException;
import dev.rex.dsl.exception.SerializationFailureException;
import dev.rex.dsl.exception.TransactionRollbackException;
import dev.rex.testing.DatabaseTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Conflicts between concurrent transactions, which only a server database produces: they surface as
 * typed, retryable exceptions and leave nothing half-written.
 */
class PostgresConcurrencyTest extends DatabaseTest {

  @Override
  protected String dialect() {
    return "postgres";
  }

  private List<Throwable> runConcurrently(List<Callable<Void>> bodies) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(bodies.size());
    try {
      List<Future<Void>> futures = new ArrayList<>();
      for (var body : bodies) {
        futures.add(pool.submit(body));
      }
      List<Throwable> failures = new ArrayList<>();
      for (Future<Void> future : futures) {
        try {
          future.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
          failures.add(e.getCause());
        }
      }
      return failures;
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void conflictingSerializableTransactionsFailWithASerializationFailure() throws Exception {
    CountDownLatch bothRead = new CountDownLatch(2);
    TransactionOptions serializable = TransactionOptions.isolation(Isolation.SERIALIZABLE);
    Callable<Void> writer =
        () -> {
          db.transaction(
              serializable,
              tx -> {
                int seen = tx.fetchCount(ARTIST);
                bothRead.countDown();
                bothRead.await(10, TimeUnit.SECONDS);
                tx.insertInto(ARTIST)
                    .set(ARTIST.NAME, "Artist after " + seen + " " + Thread.currentThread().getId())
                    .execute();
              });
          return null;
        };

    List<Throwable> failures = runConcurrently(List.of(writer, writer));

    assertThat(failures).hasSize(1);
    assertThat(failures.get(0))
        .isInstanceOf(SerializationFailureException.class)
        .hasMessageContaining("retry");
    assertThat(((SerializationFailureException) failures.get(0)).sqlState()).isEqualTo("40001");
    assertThat(db.fetchCount(ARTIST)).isEqualTo(1);
  }

  @Test
  void aDeadlockVictimGetsADeadlockException() throws Exception {
    db.insertInto(ARTIST, ARTIST.NAME).values("A").values("B").execute();
    CountDownLatch bothLocked = new CountDownLatch(2);
    Callable<Void> aThenB = () -> lockInOrder("A", "B", bothLocked);
    Callable<Void> bThenA = () -> lockInOrder("B", "A", bothLocked);

    List<Throwable> failures = runConcurrently(List.of(aThenB, bThenA));

    assertThat(failures).hasSize(1);
    assertThat(failures.get(0)).isInstanceOf(DeadlockException.class);
    assertThat(failures.get(0)).isInstanceOf(TransactionRollbackException.class);
    assertThat(db.selectFrom(ARTIST).orderBy(ARTIST.NAME).fetch(ARTIST.NAME))
        .hasSize(2)
        .allSatisfy(name -> assertThat(name).endsWith("!"));
  }

  private Void lockInOrder(String first, String second, CountDownLatch bothLocked) {
    db.transaction(
        tx -> {
          tx.update(ARTIST).set(ARTIST.NAME, first + "!").where(ARTIST.NAME.eq(first)).execute();
          bothLocked.countDown();
          bothLocked.await(10, TimeUnit.SECONDS);
          tx.update(ARTIST)
              .set(ARTIST.NAME, second + "!")
              .where(ARTIST.NAME.in(second, second + "!"))
              .execute();
        });
    return null;
  }
}
