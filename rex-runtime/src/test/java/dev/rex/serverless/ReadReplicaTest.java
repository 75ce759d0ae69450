package dev.rex.serverless;

import static dev.rex.dsl.DSL.field;
import static dev.rex.dsl.DSL.name;
import static dev.rex.dsl.DSL.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rex.Database;
import dev.rex.ReplicaHealth;
import dev.rex.ReplicaSettings;
import dev.rex.Rex;
import dev.rex.RexSettings;
import dev.rex.TransactionOptions;
import dev.rex.dsl.Field;
import dev.rex.dsl.Record;
import dev.rex.dsl.SQLDataType;
import dev.rex.dsl.Table;
import dev.rex.dsl.exception.DataAccessException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Read replicas against a real streaming replica ({@link StreamingReplica}): which server ran each
 * statement is asked of the server itself, {@code pg_is_in_recovery()} being true only on a
 * standby.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadReplicaTest {

  private static final String WHERE = "select pg_is_in_recovery()";

  /** A view that answers, typed, whether the server running the query is a standby. */
  private static final Table<Record> WHEREAMI = table(name("whereami"));

  private static final Field<Boolean> STANDBY =
      field(name("whereami", "standby"), SQLDataType.BOOLEAN);

  private StreamingReplica pair;

  @BeforeAll
  void startPair() throws Exception {
    assumeTrue(
        StreamingReplica.unavailable().isEmpty(),
        () -> "Read replica tests skipped: " + StreamingReplica.unavailable().orElseThrow());
    pair = StreamingReplica.start();
    try (Rex db = Rex.connect(pair.primaryUrl())) {
      db.execute("create table note (id int primary key, body text not null)");
      db.execute("create view whereami as select pg_is_in_recovery() as standby");
    }
    pair.awaitReplay();
  }

  @AfterAll
  void stopPair() {
    if (pair != null) {
      pair.close();
    }
  }

  @BeforeEach
  void replicaRunning() throws Exception {
    RexSettings quick = RexSettings.serverless().withConnectionTimeout(Duration.ofSeconds(1));
    try (Rex probe = Rex.connect(pair.replicaUrl(), quick)) {
      if (probe.health(Duration.ofSeconds(1)).reachable()) {
        return;
      }
    }
    pair.startReplica();
  }

  private static boolean standby(Database db) {
    return db.select(STANDBY).from(WHEREAMI).fetchSingle().value1();
  }

  private Rex connect(ReplicaSettings replicas) {
    return Rex.connect(pair.primaryUrl(), RexSettings.defaults().withReplicas(replicas));
  }

  @Test
  void readsMarkedReadOnlyRunOnTheReplicaAndEverythingElseOnThePrimary() {
    try (Rex db = connect(ReplicaSettings.of(pair.replicaUrl()))) {
      assertThat(db.readOnly().fetchValue(WHERE)).isEqualTo(true);
      assertThat(db.fetchValue(WHERE)).isEqualTo(false);
      Object readOnly =
          db.transactionResult(
              TransactionOptions.readOnlyTransaction(), tx -> tx.fetchValue(WHERE));
      assertThat(readOnly).as("a read-only transaction").isEqualTo(true);
      Object readWrite = db.transactionResult(tx -> tx.fetchValue(WHERE));
      assertThat(readWrite).as("a read-write transaction").isEqualTo(false);
    }
  }

  @Test
  void aTransactionReadsItsOwnWritesOnThePrimaryAndTheReplicaCatchesUp() throws Exception {
    try (Rex db = connect(ReplicaSettings.of(pair.replicaUrl()))) {
      db.execute("delete from note");
      Object seen =
          db.transactionResult(
              tx -> {
                tx.execute("insert into note values (1, 'written')");
                return tx.fetchValue("select body from note where id = 1");
              });
      assertThat(seen).isEqualTo("written");

      pair.awaitReplay();
      assertThat(db.readOnly().fetchValue("select body from note where id = 1"))
          .isEqualTo("written");
    }
  }

  @Test
  void aWriteThroughTheReadOnlyViewIsRefusedByTheReplica() {
    try (Rex db = connect(ReplicaSettings.of(pair.replicaUrl()))) {
      Database reads = db.readOnly();

      assertThatThrownBy(() -> reads.execute("insert into note values (99, 'lost')"))
          .isInstanceOf(DataAccessException.class)
          .hasMessageContaining("read-only transaction");
      assertThat(db.fetchValue("select count(*) from note where id = 99")).isEqualTo(0L);
    }
  }

  @Test
  void whenTheReplicaIsDownReadsFallBackToThePrimaryReadOnlyAndReturnWhenItIsBack()
      throws Exception {
    ReplicaSettings replicas =
        ReplicaSettings.of(pair.replicaUrl())
            .withConnectionTimeout(Duration.ofMillis(500))
            .withRetryAfter(Duration.ofMillis(300));
    try (Rex db = connect(replicas)) {
      assertThat(standby(db.readOnly())).isTrue();
      pair.stopReplica();

      assertThat(standby(db.readOnly()))
          .as("a typed select that meets the broken connection runs again, on the primary")
          .isFalse();
      assertThat(db.readOnly().fetchValue(WHERE)).isEqualTo(false);
      List<ReplicaHealth> health = db.replicaHealth(Duration.ofSeconds(1));
      assertThat(health).singleElement().satisfies(h -> assertThat(h.reachable()).isFalse());
      assertThat(health.get(0).problem()).isNotBlank();
      assertThatThrownBy(
              () ->
                  db.transactionResult(
                      TransactionOptions.readOnlyTransaction(),
                      tx -> tx.execute("insert into note values (98, 'lost')")))
          .as("a read-only transaction on the primary stays read-only")
          .isInstanceOf(DataAccessException.class)
          .hasMessageContaining("read-only transaction");

      pair.startReplica();
      long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
      boolean back = false;
      while (!back && System.nanoTime() < deadline) {
        back = standby(db.readOnly());
        Thread.sleep(100);
      }
      assertThat(back).as("back on the replica once it answers again").isTrue();
      assertThat(db.fetchValue("select count(*) from note where id = 98")).isEqualTo(0L);
    }
  }

  @Test
  void aReplicaThatIsDownAtStartDoesNotStopTheApplication() throws Exception {
    pair.stopReplica();
    ReplicaSettings replicas =
        ReplicaSettings.of(pair.replicaUrl()).withConnectionTimeout(Duration.ofMillis(300));
    try (Rex db = connect(replicas)) {
      assertThat(db.fetchValue(WHERE)).isEqualTo(false);
      assertThat(db.readOnly().fetchValue(WHERE)).isEqualTo(false);
      assertThat(db.replicaHealth(Duration.ofSeconds(1)).get(0).skipped()).isTrue();
    }
  }

  @Test
  void replicaHealthReportsTheLag() throws Exception {
    try (Rex db = connect(ReplicaSettings.of(pair.replicaUrl()))) {
      pair.awaitReplay();
      ReplicaHealth health = db.replicaHealth(Duration.ofSeconds(2)).get(0);

      assertThat(health.reachable()).isTrue();
      assertThat(health.problem()).isNull();
      assertThat(health.skipped()).isFalse();
      assertThat(health.lag()).isNotNull().isLessThan(Duration.ofMinutes(1));
      assertThat(health.url()).startsWith("jdbc:postgresql://127.0.0.1:");
    }
  }

  @Test
  void withoutReplicasReadOnlyIsThePrimary() {
    try (Rex db = Rex.connect(pair.primaryUrl())) {
      assertThat(db.readOnly()).isSameAs(db);
      assertThat(db.replicaHealth(Duration.ofSeconds(1))).isEmpty();
    }
  }
}
