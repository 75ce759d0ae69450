package dev.rex.serverless;

import static dev.rex.fixtures.Artist.ARTIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.Rex;
import dev.rex.RexSettings;
import dev.rex.dsl.exception.ConnectionException;
import dev.rex.fixtures.Schema;
import dev.rex.testing.TestDatabases;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL kills the pool's only connection (as a restart or a dropped network does). HikariCP
 * hands out a connection used within the last half second without checking it, so the next
 * statement meets the dead connection: a typed select outside a transaction is retried once on a
 * fresh connection; a write is not (it may have run) and fails with a {@code ConnectionException}
 * that says so, and the statement after it gets a fresh connection.
 */
class BrokenConnectionTest {

  private final String url = TestDatabases.newPostgresDatabase();
  private final String application = "rex-broken-" + UUID.randomUUID().toString().substring(0, 8);
  private Rex db;

  @BeforeEach
  void start() {
    TestDatabases.executeScript(url, Schema.ddl("postgres"));
    String tagged = url + (url.contains("?") ? "&" : "?") + "ApplicationName=" + application;
    db = Rex.connect(tagged, RexSettings.defaults().withMaximumPoolSize(1));
  }

  private void killTheConnection() {
    TestDatabases.execute(
        url,
        "select pg_terminate_backend(pid) from pg_stat_activity where application_name = '"
            + application
            + "'");
  }

  @Test
  void aSelectMeetingABrokenConnectionIsRetriedOnAFreshOne() {
    try (Rex rex = db) {
      db.insertInto(ARTIST).set(ARTIST.NAME, "Nina").execute();
      killTheConnection();
      assertThat(db.selectFrom(ARTIST).fetch()).hasSize(1);
      assertThat(db.selectFrom(ARTIST).fetch()).hasSize(1);
    }
  }

  @Test
  void aWriteMeetingABrokenConnectionFailsAndTheNextStatementWorks() {
    try (Rex rex = db) {
      assertThat(db.fetchCount(ARTIST)).isZero();
      killTheConnection();
      assertThatThrownBy(() -> db.insertInto(ARTIST).set(ARTIST.NAME, "Lost?").execute())
          .isInstanceOf(ConnectionException.class);
      db.insertInto(ARTIST).set(ARTIST.NAME, "Nina").execute();
      assertThat(db.selectFrom(ARTIST).fetch()).hasSize(1);
    }
  }
}
