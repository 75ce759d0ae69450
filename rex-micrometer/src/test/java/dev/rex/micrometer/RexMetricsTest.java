package dev.rex.micrometer;

import static dev.rex.fixtures.Artist.ARTIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.Rex;
import dev.rex.RexSettings;
import dev.rex.dsl.exception.RexException;
import dev.rex.fixtures.Schema;
import dev.rex.testing.TestDatabases;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Rex's meters in a real registry, on SQLite: statements, the result cache and the pool. */
class RexMetricsTest {

  private final String url = TestDatabases.newSqliteDatabase();

  @Test
  void timesStatementsByKindAndOutcomeCountsTheCacheAndReportsThePool() {
    TestDatabases.executeScript(url, Schema.ddl("sqlite"));
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    RexSettings settings =
        RexSettings.defaults().withPluginDiscovery(false).withPlugin(new RexMetrics(registry));
    try (Rex db = Rex.connect(url, settings)) {
      db.insertInto(ARTIST).set(ARTIST.NAME, "Nina").execute();
      assertThat(db.selectFrom(ARTIST).fetch()).hasSize(1);
      assertThat(db.selectFrom(ARTIST).fetch()).hasSize(1);
      assertThatThrownBy(() -> db.execute("insert into nowhere values (1)"))
          .isInstanceOf(RexException.class);
      db.cache().fetch(db.selectFrom(ARTIST), Duration.ofMinutes(1));
      db.cache().fetch(db.selectFrom(ARTIST), Duration.ofMinutes(1));

      assertThat(timer(registry, "query", "success").count()).isEqualTo(3);
      assertThat(timer(registry, "update", "success").count()).isEqualTo(1);
      assertThat(timer(registry, "update", "failure").count()).isEqualTo(1);
      assertThat(
              timer(registry, "query", "success")
                  .totalTime(java.util.concurrent.TimeUnit.NANOSECONDS))
          .isPositive();
      assertThat(registry.get("rex.cache.requests").tag("result", "miss").counter().count())
          .isEqualTo(1);
      assertThat(registry.get("rex.cache.requests").tag("result", "hit").counter().count())
          .isEqualTo(1);
      assertThat(registry.get("rex.cache.invalidations").counter().count()).isPositive();
      assertThat(registry.find("hikaricp.connections").gauge())
          .as("HikariCP's own metrics")
          .isNotNull();
    }
  }

  @Test
  void onTheClassPathItIsFoundAndReportsToTheGlobalRegistry() {
    TestDatabases.executeScript(url, Schema.ddl("sqlite"));
    SimpleMeterRegistry global = new SimpleMeterRegistry();
    Metrics.addRegistry(global);
    try (Rex db = Rex.connect(url)) {
      db.selectFrom(ARTIST).fetch();
      assertThat(db.settings().listeners()).hasSize(1);
      assertThat(
              global
                  .get("rex.statements")
                  .tag("kind", "query")
                  .tag("outcome", "success")
                  .timer()
                  .count())
          .isPositive();
    } finally {
      Metrics.removeRegistry(global);
    }
  }

  private static Timer timer(SimpleMeterRegistry registry, String kind, String outcome) {
    return registry.get("rex.statements").tag("kind", kind).tag("outcome", outcome).timer();
  }
}
