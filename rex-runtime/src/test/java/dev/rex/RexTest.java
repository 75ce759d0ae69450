package dev.rex;

import static dev.rex.fixtures.Artist.ARTIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.rex.dsl.exception.RexException;
import dev.rex.fixtures.Schema;
import dev.rex.testing.TestDatabases;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The entry point itself: connecting, settings, pools it owns and pools it borrows. */
class RexTest {

  private final String url = TestDatabases.newSqliteDatabase();

  @Test
  void detectsTheDialectOfADataSourceAndLeavesItOpen() {
    TestDatabases.executeScript(url, Schema.ddl("sqlite"));
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    try (HikariDataSource pool = new HikariDataSource(config)) {
      try (Rex db = Rex.using(pool)) {
        assertThat(db.dialect().name()).isEqualTo("sqlite");
        db.insertInto(ARTIST).set(ARTIST.NAME, "Nina").execute();
        assertThat(db.toString()).isEqualTo("Rex (sqlite)");
        assertThat(db.dataSource()).isSameAs(pool);
      }
      assertThat(pool.isClosed()).isFalse();
    }
  }

  @Test
  void runsWithoutAStatementCacheAndWithoutLogging() {
    TestDatabases.executeScript(url, Schema.ddl("sqlite"));
    RexSettings settings =
        RexSettings.defaults().withStatementCacheSize(0).withLogging(false).withMaximumPoolSize(2);
    try (Rex db = Rex.connect(url, settings)) {
      db.insertInto(ARTIST, ARTIST.NAME).values("Nina").values("Miles").execute();
      assertThat(db.selectFrom(ARTIST).fetch()).hasSize(2);
      assertThat(db.settings().statementCacheSize()).isZero();
    }
  }

  @Test
  void logsSlowStatementsWithoutFailingThem() {
    TestDatabases.executeScript(url, Schema.ddl("sqlite"));
    RexSettings settings =
        RexSettings.defaults()
            .withSlowQueryThreshold(Duration.ZERO)
            .withConnectionTimeout(Duration.ofSeconds(5));
    try (Rex db = Rex.connect(url, settings)) {
      assertThat(db.fetchCount(ARTIST)).isZero();
      assertThatThrownBy(() -> db.execute("select * from nowhere"))
          .isInstanceOf(RexException.class);
    }
  }

  @Test
  void refusesNonsenseSettingsWithAClearMessage() {
    assertThatThrownBy(() -> RexSettings.defaults().withMaximumPoolSize(0))
        .hasMessageContaining("at least one connection");
    assertThatThrownBy(() -> RexSettings.defaults().withStatementCacheSize(-1))
        .hasMessageContaining("cannot be negative");
  }

  @Test
  void refusesAUrlNoDialectAccepts() {
    assertThatThrownBy(() -> Rex.connect("jdbc:h2:mem:x?password=secret"))
        .isInstanceOf(RexException.class)
        .hasMessageContaining("No Rex dialect accepts")
        .hasMessageContaining("sqlite")
        .hasMessageNotContaining("secret");
  }

  @Test
  void givesAnInMemorySqliteDatabaseOneConnection() {
    try (Rex db = Rex.connect("jdbc:sqlite::memory:")) {
      db.execute("create table t (x integer)");
      db.execute("insert into t values (?)", 1);
      assertThat(db.fetch("select x from t")).hasSize(1);
    }
  }
}
