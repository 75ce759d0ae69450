package dev.rex.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.Rex;
import dev.rex.dsl.exception.DataAccessException;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** The SQLite backend: a temporary file, Chinook from another location, tests rolled back. */
@RexTest(backend = Backend.SQLITE, migrations = "classpath:chinook/sqlite")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SqliteBackendTest {

  private Rex db;

  @Test
  @Order(1)
  void writesAndCommits() {
    assertThat(db.dialect().name()).isEqualTo("sqlite");
    assertThat(Chinook.count(db, "artist")).isEqualTo(Chinook.ARTISTS);
    db.transaction(tx -> Chinook.addArtist(tx, "Committed on SQLite"));
    assertThat(Chinook.artistsNamed(db, "Committed on SQLite")).isEqualTo(1);
  }

  @Test
  @Order(2)
  void nextTestDoesNotSeeIt() {
    assertThat(Chinook.artistsNamed(db, "Committed on SQLite")).isZero();
    assertThat(Chinook.count(db, "artist")).isEqualTo(Chinook.ARTISTS);
  }

  @Test
  @Order(3)
  void foreignKeysAreEnforcedAsOnRexConnect() {
    assertThatThrownBy(
            () -> db.execute("insert into album (title, artist_id) values ('Orphan', 999999)"))
        .isInstanceOf(DataAccessException.class);
    assertThat(Chinook.count(db, "album")).isEqualTo(347);
  }

  @Test
  @Order(4)
  void readOnlyTransactionsRun() {
    long artists =
        db.transactionResult(
            dev.rex.TransactionOptions.readOnlyTransaction(), tx -> Chinook.count(tx, "artist"));
    assertThat(artists).isEqualTo(Chinook.ARTISTS);
  }
}
