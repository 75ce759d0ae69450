package dev.rex.examples.plugin;

import static dev.rex.examples.chinook.Tables.ARTIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.Rex;
import dev.rex.RexSettings;
import dev.rex.dsl.exception.RexException;
import dev.rex.testing.Backend;
import dev.rex.testing.RexTest;
import dev.rex.testing.RexTestSettings;
import org.junit.jupiter.api.Test;

/**
 * The plugin guide's example, run as its readers would: on the Chinook example database (a SQLite
 * file that rex-testing migrates), with the plugin in the settings.
 */
@RexTest(
    backend = Backend.SQLITE,
    migrations = "classpath:db/migration/sqlite",
    settings = StatementStatsPluginTest.WithStats.class)
class StatementStatsPluginTest {

  static final StatementStatsPlugin STATS = new StatementStatsPlugin();

  /** The settings of the test's {@code Rex}: the defaults and the plugin. */
  static final class WithStats implements RexTestSettings {
    @Override
    public RexSettings settings() {
      return RexSettings.defaults().withPlugin(STATS);
    }
  }

  @Test
  void countsStatementsByKindFailuresAndTime(Rex db) {
    StatementStatsPlugin.Snapshot before = STATS.snapshot();

    db.insertInto(ARTIST).set(ARTIST.NAME, "Nina Simone").execute();
    assertThat(db.fetchCount(ARTIST)).isEqualTo(276);
    assertThatThrownBy(() -> db.execute("select * from no_such_table"))
        .isInstanceOf(RexException.class);

    StatementStatsPlugin.Snapshot after = STATS.snapshot();
    // the insert, and the failed execute(sql), which runs as an update
    assertThat(after.updates() - before.updates()).isEqualTo(2);
    assertThat(after.queries() - before.queries()).isGreaterThanOrEqualTo(1);
    assertThat(after.failures() - before.failures()).isEqualTo(1);
    assertThat(after.time()).isPositive();
  }
}
