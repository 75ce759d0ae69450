package dev.rex;

import static dev.rex.fixtures.Artist.ARTIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.dsl.exception.RexException;
import dev.rex.fixtures.Schema;
import dev.rex.listener.ConnectionObserver;
import dev.rex.testing.TestDatabases;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Connection observers see each connection taken from the pool, and only while registered. */
class ConnectionObserverTest {

  private final String url = TestDatabases.newSqliteDatabase();

  @Test
  void seesTheConnectionOfEachStatementAndOfEachTransactionUntilRemoved() {
    TestDatabases.executeScript(url, Schema.ddl("sqlite"));
    List<Boolean> seen = new ArrayList<>();
    ConnectionObserver observer =
        connection -> seen.add(connection.isWrapperFor(org.sqlite.SQLiteConnection.class));
    try (Rex db = Rex.connect(url)) {
      db.addConnectionObserver(observer);
      db.insertInto(ARTIST).set(ARTIST.NAME, "Nina").execute();
      assertThat(db.fetchCount(ARTIST)).isEqualTo(1);
      assertThat(seen).hasSize(2);
      db.transaction(
          tx -> {
            tx.insertInto(ARTIST).set(ARTIST.NAME, "Miles").execute();
            tx.insertInto(ARTIST).set(ARTIST.NAME, "Ella").execute();
          });
      assertThat(seen).as("one connection for the whole transaction").hasSize(3);
      assertThat(seen).as("the driver's connection is reachable").containsOnly(true);

      db.removeConnectionObserver(observer);
      assertThat(db.fetchCount(ARTIST)).isEqualTo(3);
      assertThat(seen).hasSize(3);
    }
  }

  @Test
  void aFailingObserverFailsTheStatementAndReturnsTheConnection() {
    TestDatabases.executeScript(url, Schema.ddl("sqlite"));
    RexSettings oneConnection = RexSettings.defaults().withMaximumPoolSize(1);
    try (Rex db = Rex.connect(url, oneConnection)) {
      ConnectionObserver failing =
          connection -> {
            throw new SQLException("observer refuses");
          };
      db.addConnectionObserver(failing);
      assertThatThrownBy(() -> db.fetchCount(ARTIST))
          .isInstanceOf(RexException.class)
          .hasMessageContaining("observer refuses");
      db.removeConnectionObserver(failing);
      // the only connection went back to the pool: the next statement gets it
      assertThat(db.fetchCount(ARTIST)).isZero();
    }
  }
}
