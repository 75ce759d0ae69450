package dev.rex.suites;

import static dev.rex.dsl.DSL.field;
import static dev.rex.dsl.DSL.name;
import static dev.rex.fixtures.Artist.ARTIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.Database;
import dev.rex.Isolation;
import dev.rex.TransactionOptions;
import dev.rex.dsl.SQLDataType;
import dev.rex.dsl.exception.DataAccessException;
import dev.rex.dsl.exception.RexException;
import dev.rex.dsl.exception.TransactionAbortedException;
import dev.rex.dsl.exception.TransactionClosedException;
import dev.rex.dsl.exception.UniqueViolationException;
import dev.rex.testing.DatabaseTest;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Transactions: commit, rollback on any exception, savepoints, isolation and read-only; a failed
 * statement makes its scope rollback-only even when the body catches it.
 */
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
        .isInstanceOf(TransactionClosedException.class)
        .hasMessageContaining("already ended");
  }

  private void insert(Database database, String name) {
    database.insertInto(ARTIST).set(ARTIST.NAME, name).execute();
  }

  private List<String> names() {
    return db.selectFrom(ARTIST).orderBy(ARTIST.NAME).fetch(ARTIST.NAME);
  }

  @Test
  void aCaughtStatementFailureRollsBackTheTransactionAndSaysSo() {
    insert(db, "Nina");

    assertThatThrownBy(
            () ->
                db.transaction(
                    tx -> {
                      insert(tx, "Miles");
                      try {
                        insert(tx, "Nina");
                      } catch (UniqueViolationException expected) {
                        // Caught, but the transaction is rollback-only all the same.
                      }
                    }))
        .isInstanceOf(TransactionAbortedException.class)
        .isNotInstanceOf(DataAccessException.class)
        .hasCauseInstanceOf(UniqueViolationException.class)
        .hasMessageContaining("rolled back")
        .hasMessageContaining("A unique key would be duplicated")
        .hasMessageContaining("nested transaction (tx.transaction(...))");

    assertThat(names()).containsExactly("Nina");
  }

  @Test
  void theFirstFailureIsTheCauseWhenSeveralStatementsFail() {
    insert(db, "Nina");

    assertThatThrownBy(
            () ->
                db.transactionResult(
                    tx -> {
                      for (int i = 0; i < 2; i++) {
                        try {
                          insert(tx, "Nina");
                        } catch (DataAccessException expected) {
                          // On PostgreSQL the second one fails because the first aborted.
                        }
                      }
                      return 1;
                    }))
        .isInstanceOf(TransactionAbortedException.class)
        .hasCauseInstanceOf(UniqueViolationException.class);
    assertThat(names()).containsExactly("Nina");
  }

  @Test
  void aFailureIsolatedInANestedTransactionLetsTheRestCommit() {
    insert(db, "Nina");

    db.transaction(
        tx -> {
          insert(tx, "Miles");
          assertThatThrownBy(() -> tx.transaction(inner -> insert(inner, "Nina")))
              .isInstanceOf(UniqueViolationException.class);
          insert(tx, "Ella");
        });

    assertThat(names()).containsExactly("Ella", "Miles", "Nina");
  }

  @Test
  void aNestedTransactionThatSwallowsAFailureRollsBackToItsSavepointAndThrows() {
    insert(db, "Nina");

    db.transaction(
        tx -> {
          insert(tx, "Miles");
          assertThatThrownBy(
                  () ->
                      tx.transaction(
                          inner -> {
                            insert(inner, "Inner");
                            try {
                              insert(inner, "Nina");
                            } catch (UniqueViolationException expected) {
                              // Swallowed: the nested scope is rollback-only anyway.
                            }
                          }))
              .isInstanceOf(TransactionAbortedException.class)
              .hasMessageContaining("nested transaction was rolled back to its savepoint")
              .hasCauseInstanceOf(UniqueViolationException.class);
          insert(tx, "Ella");
        });

    assertThat(names()).containsExactly("Ella", "Miles", "Nina");
  }

  @Test
  void anAbortedNestedTransactionThatPropagatesRollsBackTheOuterOne() {
    insert(db, "Nina");

    assertThatThrownBy(
            () ->
                db.transaction(
                    tx -> {
                      insert(tx, "Miles");
                      tx.transaction(
                          inner -> {
                            try {
                              insert(inner, "Nina");
                            } catch (UniqueViolationException expected) {
                              // Swallowed here; the nested call throws, and so does this body.
                            }
                          });
                    }))
        .isInstanceOf(TransactionAbortedException.class);

    assertThat(names()).containsExactly("Nina");
  }

  @Test
  void aFailureInANestedTransactionDoesNotMarkTheOuterOneOnceCaught() {
    db.transaction(
        tx -> {
          insert(tx, "Outer");
          try {
            tx.transaction(
                inner -> {
                  insert(inner, "Inner");
                  insert(inner, "Inner");
                });
          } catch (UniqueViolationException expected) {
            // The nested scope rolled back to its savepoint; the outer one is clean.
          }
          assertThat(tx.fetchCount(ARTIST)).isEqualTo(1);
        });

    assertThat(names()).containsExactly("Outer");
  }

  @Test
  void aFailureRefusedBeforeAnythingIsSentDoesNotMarkTheTransaction() {
    db.transaction(
        tx -> {
          insert(tx, "Nina");
          assertThatThrownBy(
                  () ->
                      tx.batch(tx.insertInto(ARTIST, ARTIST.NAME).values((String) null))
                          .bind("a", "b"))
              .isInstanceOf(IllegalArgumentException.class);
          assertThatThrownBy(() -> tx.selectFrom(ARTIST).where(ARTIST.NAME.eq("x")).fetchSingle())
              .isInstanceOf(RexException.class);
        });

    assertThat(names()).containsExactly("Nina");
  }

  @Test
  void aFailedBatchMarksTheTransaction() {
    insert(db, "Nina");

    assertThatThrownBy(
            () ->
                db.transaction(
                    tx -> {
                      insert(tx, "Miles");
                      try {
                        tx.batch(tx.insertInto(ARTIST, ARTIST.NAME).values((String) null))
                            .bind("Ella")
                            .bind("Nina")
                            .execute();
                      } catch (DataAccessException expected) {
                        // Caught, but the batch failed in the database.
                      }
                    }))
        .isInstanceOf(TransactionAbortedException.class)
        .hasCauseInstanceOf(DataAccessException.class);

    assertThat(names()).containsExactly("Nina");
  }

  @Test
  void aFailedStreamMarksTheTransaction() {
    insert(db, "Nina");

    assertThatThrownBy(
            () ->
                db.transaction(
                    tx -> {
                      insert(tx, "Miles");
                      try (Stream<?> rows =
                          tx
                              .select(field(name("artist", "no_such_column"), SQLDataType.INTEGER))
                              .from(ARTIST)
                              .fetchSize(10)
                              .stream()) {
                        rows.count();
                      } catch (DataAccessException expected) {
                        // Caught, but the query failed in the database.
                      }
                    }))
        .isInstanceOf(TransactionAbortedException.class)
        .hasCauseInstanceOf(DataAccessException.class);

    assertThat(names()).containsExactly("Nina");
  }
}
