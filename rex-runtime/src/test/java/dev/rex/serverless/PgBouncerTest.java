package dev.rex.serverless;

import static dev.rex.fixtures.Artist.ARTIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.ConfigurationException;
import dev.rex.Isolation;
import dev.rex.Rex;
import dev.rex.RexSettings;
import dev.rex.TransactionOptions;
import dev.rex.fixtures.Schema;
import dev.rex.testing.TestDatabases;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Rex behind a real PgBouncer in transaction mode, with one server connection shared by every
 * client connection: statements, transactions, savepoints and batches work, no server-side prepared
 * statement is left behind, no session setting leaks into the next client's transaction, and what
 * needs a session of its own (migrations' advisory lock) is refused with a sentence.
 */
class PgBouncerTest {

  private String direct;
  private PgBouncer bouncer;
  private Rex db;

  @BeforeEach
  void start() throws Exception {
    Path binary = PgBouncer.binary().orElse(null);
    Assumptions.assumeTrue(
        binary != null,
        "No pgbouncer binary (install Debian's pgbouncer package; .ci/run does): skipped");
    direct = TestDatabases.newPostgresDatabase();
    TestDatabases.executeScript(direct, Schema.ddl("postgres"));
    bouncer = PgBouncer.start(binary, direct);
    RexSettings settings =
        RexSettings.defaults()
            .withMaximumPoolSize(3)
            .withPool(RexSettings.defaults().pool().withTransactionPooler(true));
    db = Rex.connect(bouncer.url(direct), settings);
  }

  @AfterEach
  void stop() throws Exception {
    if (db != null) {
      db.close();
    }
    if (bouncer != null) {
      bouncer.close();
    }
  }

  @Test
  void repeatedStatementsLeaveNoPreparedStatementOnTheServer() {
    for (int i = 0; i < 20; i++) {
      db.insertInto(ARTIST).set(ARTIST.NAME, "Artist " + i).execute();
      assertThat(db.selectFrom(ARTIST).where(ARTIST.NAME.eq("Artist " + i)).fetch()).hasSize(1);
    }
    Long prepared =
        ((Number) db.fetch("select count(*) from pg_prepared_statements").get(0).get(0))
            .longValue();
    assertThat(prepared).as("pgjdbc was told prepareThreshold=0").isZero();
  }

  @Test
  void transactionsSavepointsAndBatchesWork() {
    db.transaction(
        tx -> {
          tx.insertInto(ARTIST).set(ARTIST.NAME, "Kept").execute();
          try {
            tx.transaction(
                inner -> {
                  inner.insertInto(ARTIST).set(ARTIST.NAME, "Rolled back").execute();
                  throw new IllegalStateException("undo the savepoint");
                });
          } catch (IllegalStateException expected) {
            // the savepoint was rolled back, the outer transaction goes on
          }
        });
    db.batch(db.insertInto(ARTIST).set(ARTIST.NAME, (String) null))
        .bind("One")
        .bind("Two")
        .execute();
    List<String> names = new ArrayList<>(db.select(ARTIST.NAME).from(ARTIST).fetch(ARTIST.NAME));
    assertThat(names).containsExactlyInAnyOrder("Kept", "One", "Two");
  }

  @Test
  void anIsolationLevelOrReadOnlyStaysInsideItsTransaction() {
    db.transaction(
        TransactionOptions.isolation(Isolation.SERIALIZABLE).asReadOnly(),
        tx -> {
          String level = String.valueOf(tx.fetch("show transaction_isolation").get(0).get(0));
          assertThat(level).isEqualTo("serializable");
        });
    // one server connection serves every client: the next transaction would see a leaked setting
    String after = String.valueOf(db.fetch("show transaction_isolation").get(0).get(0));
    assertThat(after).isEqualTo("read committed");
    String readOnly = String.valueOf(db.fetch("show transaction_read_only").get(0).get(0));
    assertThat(readOnly).isEqualTo("off");
  }

  @Test
  void anotherClientDoesNotSeeASettingOfATransactionThatIsStillOpen() throws Exception {
    try (Rex other = Rex.connect(bouncer.url(direct), db.settings())) {
      java.util.concurrent.CountDownLatch begun = new java.util.concurrent.CountDownLatch(1);
      java.util.concurrent.CountDownLatch checked = new java.util.concurrent.CountDownLatch(1);
      java.util.concurrent.CompletableFuture<Void> serializable =
          java.util.concurrent.CompletableFuture.runAsync(
              () ->
                  db.transaction(
                      TransactionOptions.isolation(Isolation.SERIALIZABLE),
                      tx -> {
                        begun.countDown();
                        await(checked);
                        tx.insertInto(ARTIST).set(ARTIST.NAME, "Serializable").execute();
                      }));
      assertThat(begun.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
      String seen = String.valueOf(other.fetch("show transaction_isolation").get(0).get(0));
      checked.countDown();
      serializable.get(10, java.util.concurrent.TimeUnit.SECONDS);
      assertThat(seen).isEqualTo("read committed");
    }
  }

  private static void await(java.util.concurrent.CountDownLatch latch) {
    try {
      latch.await(10, java.util.concurrent.TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void migrationsAreRefusedWithASentenceThatSaysWhatToDo() {
    assertThatThrownBy(() -> db.migrate())
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("transaction mode")
        .hasMessageContaining("direct connection");
  }
}
