package dev.rex.suites;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.RexSettings;
import dev.rex.dsl.exception.QueryTimeoutException;
import dev.rex.testing.DatabaseTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The query timeout: a statement that runs too long is cancelled with a typed error, quickly, and
 * the pool and its connections stay usable; statements within the limit are untouched.
 */
public abstract class QueryTimeoutSuite extends DatabaseTest {

  private static final Duration TIMEOUT = Duration.ofMillis(500);

  @Override
  protected RexSettings settings() {
    return super.settings().withQueryTimeout(TIMEOUT).withMaximumPoolSize(1);
  }

  /** A query that runs for many seconds; a plugin's dialect gives its own. */
  protected String slowQuery() {
    return postgres()
        ? "select pg_sleep(30)"
        : "with recursive c(x) as (select 1 union all select x + 1 from c where x < 2000000000)"
            + " select count(*) from c";
  }

  @Test
  void aStatementRunningLongerThanTheTimeoutIsCancelledWithATypedError() {
    long start = System.nanoTime();

    assertThatThrownBy(() -> db.fetch(slowQuery()))
        .isInstanceOf(QueryTimeoutException.class)
        .hasMessageContaining("ran longer than the query timeout of 500 ms");

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    // the only pooled connection still works
    assertThat(db.fetch("select 1").get(0).get(0)).isNotNull();
  }

  @Test
  void aTimedOutStatementFailsItsTransactionAndLeavesNothingWritten() {
    assertThatThrownBy(
            () ->
                db.transaction(
                    tx -> {
                      tx.execute(quoted("insert into \"artist\" (\"name\") values ('Kept?')"));
                      tx.fetch(slowQuery());
                    }))
        .isInstanceOf(QueryTimeoutException.class);

    assertThat(db.fetch(quoted("select count(*) from \"artist\"")).get(0).get(0).toString())
        .isEqualTo("0");
  }

  @Test
  void statementsWithinTheTimeoutAreNeverCancelledLater() throws InterruptedException {
    for (int i = 0; i < 50; i++) {
      db.execute(quoted("insert into \"artist\" (\"name\") values ('A" + i + "')"));
    }
    Thread.sleep(TIMEOUT.toMillis() * 2);

    assertThat(db.fetch(quoted("select count(*) from \"artist\"")).get(0).get(0).toString())
        .isEqualTo("50");
  }

  @Test
  void aNegativeTimeoutIsRefused() {
    assertThatThrownBy(() -> RexSettings.defaults().withQueryTimeout(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot be negative");
  }
}
