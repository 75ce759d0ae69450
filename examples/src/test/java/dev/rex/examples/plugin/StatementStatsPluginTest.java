package dev.rex.examples.plugin;

import static dev.rex.examples.chinook.Tables.ARTIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.Rex;
import dev.rex.RexSettings;
import dev.rex.dsl.exception.RexException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The plugin guide's example, run as its readers would: on the Chinook example database. */
class StatementStatsPluginTest {

  @Test
  void countsStatementsByKindFailuresAndTime() throws Exception {
    Path file = Files.createTempDirectory("rex-plugin-").resolve("store.db");
    StatementStatsPlugin stats = new StatementStatsPlugin();
    try (Rex db = Rex.connect("jdbc:sqlite:" + file, RexSettings.defaults().withPlugin(stats))) {
      db.migrate("classpath:db/migration/sqlite");
      StatementStatsPlugin.Snapshot before = stats.snapshot();

      db.insertInto(ARTIST).set(ARTIST.NAME, "Nina Simone").execute();
      assertThat(db.fetchCount(ARTIST)).isEqualTo(276);
      assertThatThrownBy(() -> db.execute("select * from no_such_table"))
          .isInstanceOf(RexException.class);

      StatementStatsPlugin.Snapshot after = stats.snapshot();
      // the insert, and the failed execute(sql), which runs as an update
      assertThat(after.updates() - before.updates()).isEqualTo(2);
      assertThat(after.queries() - before.queries()).isGreaterThanOrEqualTo(1);
      assertThat(after.failures() - before.failures()).isEqualTo(1);
      assertThat(after.time()).isPositive();
    }
  }
}
