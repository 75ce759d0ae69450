package dev.rex.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.Isolation;
import dev.rex.Rex;
import dev.rex.TransactionOptions;
import dev.rex.dsl.DSL;
import dev.rex.dsl.exception.DataAccessException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The default: embedded PostgreSQL, Chinook migrated from the default location, every test rolled
 * back even when it commits through Rex's transactions.
 */
@RexTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RollbackTest {

  static Rex shared;
  Rex db;

  @BeforeAll
  static void seed(Rex rex) {
    Chinook.addArtist(rex, "Seeded before all");
  }

  @Test
  @Order(1)
  void committedRowIsSeenInItsOwnTest(Rex rex) {
    assertThat(rex).isSameAs(db).isSameAs(shared);
    assertThat(rex.dialect().name()).isEqualTo("postgres");
    assertThat((String) rex.fetchValue("show server_version")).startsWith("14.");
    rex.transaction(tx -> Chinook.addArtist(tx, "Committed in test one"));
    assertThat(Chinook.artistsNamed(rex, "Committed in test one")).isEqualTo(1);
    assertThat(Chinook.count(rex, "artist")).isEqualTo(Chinook.ARTISTS + 2);
  }

  @Test
  @Order(2)
  void nextTestDoesNotSeeIt() {
    assertThat(Chinook.artistsNamed(db, "Committed in test one")).isZero();
    assertThat(Chinook.artistsNamed(db, "Seeded before all")).isEqualTo(1);
    assertThat(Chinook.count(db, "artist")).isEqualTo(Chinook.ARTISTS + 1);
  }

  @Test
  @Order(3)
  void failedStatementOutsideATransactionLeavesTheTestUsable() {
    Chinook.addArtist(db, "Before the failure");
    assertThatThrownBy(() -> db.execute("insert into artist (artist_id, name) values (1, 'x')"))
        .isInstanceOf(DataAccessException.class);
    assertThat(Chinook.artistsNamed(db, "Before the failure")).isEqualTo(1);
  }

  @Test
  @Order(4)
  void rolledBackTransactionIsUndoneAndNestedOnesWork() {
    assertThatThrownBy(
            () ->
                db.transaction(
                    tx -> {
                      Chinook.addArtist(tx, "Rolled back");
                      throw new IllegalStateException("undo");
                    }))
        .hasMessage("undo");
    assertThat(Chinook.artistsNamed(db, "Rolled back")).isZero();
    db.transaction(
        tx -> {
          Chinook.addArtist(tx, "Outer");
          assertThatThrownBy(
                  () ->
                      tx.transaction(
                          inner -> {
                            Chinook.addArtist(inner, "Inner");
                            throw new IllegalStateException("inner");
                          }))
              .hasMessage("inner");
        });
    assertThat(Chinook.artistsNamed(db, "Outer")).isEqualTo(1);
    assertThat(Chinook.artistsNamed(db, "Inner")).isZero();
  }

  @Test
  @Order(5)
  void isolationAndReadOnlyRequestsRunInsideTheTestTransaction() {
    Chinook.addArtist(db, "Written first");
    long seen =
        db.transactionResult(
            TransactionOptions.isolation(Isolation.SERIALIZABLE),
            tx -> Chinook.artistsNamed(tx, "Written first"));
    assertThat(seen).isEqualTo(1);
    long readOnly =
        db.transactionResult(
            TransactionOptions.readOnlyTransaction(), tx -> Chinook.count(tx, "artist"));
    assertThat(readOnly).isEqualTo(Chinook.ARTISTS + 2);
  }

  @Test
  @Order(6)
  void previousTestsLeftNothing() {
    assertThat(Chinook.count(db, "artist")).isEqualTo(Chinook.ARTISTS + 1);
  }

  @Test
  @Order(7)
  void cachesAResultWithItsOwnRow() {
    Chinook.addArtist(db, "Cached");
    assertThat(cachedArtists()).isEqualTo(Chinook.ARTISTS + 2);
  }

  @Test
  @Order(8)
  void theCacheDoesNotOutliveTheRollback() {
    assertThat(cachedArtists()).isEqualTo(Chinook.ARTISTS + 1);
  }

  private long cachedArtists() {
    return ((Number) db.cache().fetch(DSL.resultQuery("select count(*) from artist")).get(0).get(0))
        .longValue();
  }

  @Nested
  class InANestedClass {
    @Test
    void getsTheOuterClassDatabase(Rex rex) {
      assertThat(rex).isSameAs(shared);
      assertThat(Chinook.artistsNamed(rex, "Seeded before all")).isEqualTo(1);
    }
  }
}
