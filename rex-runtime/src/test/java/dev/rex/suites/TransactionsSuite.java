package dev.rex.suites;

import static dev.rex.fixtures.Artist.ARTIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.Database;
import dev.rex.Isolation;
import dev.rex.TransactionOptions;
import dev.rex.dsl.exception.DataAccessException;
import dev.rex.dsl.exception.RexException;
import dev.rex.dsl.exception.UniqueViolationException;
import dev.rex.testing.DatabaseTest;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Transactions: commit, rollback on any exception, savepoints, isolation and read-only. */
public abstract class TransactionsSuite extends DatabaseTest {

  @Test
  void commitsWhenTheBodyReturns() {
    int id =
        db.transactionResult(
            tx ->
                tx.insertInto(ARTIST)
                    .set(ARTIST.NAME, "Nina")
                    .returning(ARTIST.ARTIST_ID)
                    .fetchOne(ARTIST.ARTIST_ID));

    assertThat(db.fetchById(ARTIST, id)).isPresent();
  }

  @Test
  void rollsBackWhenTheBodyThrows() {
    assertThatThrownBy(
            () ->
                db.transaction(
                    tx -> {
                      tx.insertInto(ARTIST).set(ARTIST.NAME, "Nina").execute();
                      throw new IllegalStateException("changed my mind");
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("changed my mind");

    assertThat(db.fetchCount(ARTIST)).isZero();
  }

  @Test
  void rollsBackAndWrapsACheckedException() {
    assertThatThrownBy(
            () ->
                db.transaction(
                    tx -> {
                      tx.insertInto(ARTIST).set(ARTIST.NAME, "Nina").execute();
                      throw new IOException("disk full");
                    }))
        .isInstanceOf(RexException.class)
        .hasMessageContaining("rolled back")
        .hasCauseInstanceOf(IOException.class);

    assertThat(db.fetchCount(ARTIST)).isZero();
  }

  @Test
  void rollsBackWhenAStatementFails() {
    db.insertInto(ARTIST).set(ARTIST.NAME, "Nina").execute();

    assertThatThrownBy(
            () ->
                db.transaction(
                    tx -> {
                      tx.insertInto(ARTIST).set(ARTIST.NAME, "Miles").execute();
                      tx.insertInto(ARTIST).set(ARTIST.NAME, "Nina").execute();
                    }))
        .isInstanceOf(UniqueViolationException.class);

    assertThat(db.selectFrom(ARTIST).fetch(ARTIST.NAME)).containsExactly("Nina");
  }

  @Test
  void nestedTransactionRollsBackToItsSavepointOnly() {
    db.transaction(
        tx -> {
          tx.insertInto(ARTIST).set(ARTIST.NAME, "Outer").execute();
          assertThatThrownBy(
                  () ->
                      tx.transaction(
                          inner -> {
                            inner.insertInto(ARTIST).set(ARTIST.NAME, "Inner").execute();
                            throw new IllegalStateException("inner fails");
                          }))
              .hasMessage("inner fails");
          tx.transaction(inner -> inner.insertInto(ARTIST).set(ARTIST.NAME, "Second").execute());
        });

    assertThat(db.selectFrom(ARTIST).orderBy(ARTIST.ARTIST_ID).fetch(ARTIST.NAME))
        .containsExactly("Outer", "Second");
  }

  @Test
  void readOnlyTransactionRefusesWrites() {
    assertThatThrownBy(
            () ->
                db.transaction(
                    TransactionOptions.readOnlyTransaction(),
                    tx -> tx.insertInto(ARTIST).set(ARTIST.NAME, "Nina").execute()))
        .isInstanceOf(DataAccessException.class);

    assertThat(db.fetchCount(ARTIST)).isZero();
    db.insertInto(ARTIST).set(ARTIST.NAME, "Writable again").execute();
    assertThat(db.fetchCount(ARTIST)).isEqualTo(1);
  }

  @Test
  void runsAtTheRequestedIsolation() {
    int count =
        db.transactionResult(
            TransactionOptions.isolation(Isolation.SERIALIZABLE),
            tx -> {
              tx.insertInto(ARTIST).set(ARTIST.NAME, "Nina").execute();
              return tx.fetchCount(ARTIST);
            });

    assertThat(count).isEqualTo(1);
  }

  @Test
  void nestedTransactionCannotChangeIsolation() {
    assertThatThrownBy(
            () ->
                db.transaction(
                    tx ->
                        tx.transaction(
                            TransactionOptions.readOnlyTransaction(),
                            inner -> inner.fetchCount(ARTIST))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("savepoint");
  }

  @Test
  void aTransactionHandleCannotBeUsedAfterItEnds() {
    AtomicReference<Database> escaped = new AtomicReference<>();
    db.transaction(escaped::set);

    assertThatThrownBy(() -> escaped.get().fetchCount(ARTIST))
        .isInstanceOf(RexException.class)
        .hasMessageContaining("already ended");
  }
}
