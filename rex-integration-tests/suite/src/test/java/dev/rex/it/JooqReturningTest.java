package dev.rex.it;

import static dev.rex.it.chinook.Tables.GENRE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rex.Rex;
import dev.rex.RexSettings;
import dev.rex.dsl.Record1;
import dev.rex.dsl.Record2;
import dev.rex.dsl.Result;
import dev.rex.dsl.exception.InvalidQueryException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * jOOQ's {@code returningResult(…)} of several fields, typed, on INSERT, UPDATE and DELETE; and the
 * typed refusal where the database has no {@code RETURNING} (MySQL and MariaDB).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JooqReturningTest {

  private final Rex db = ChinookDatabase.connect(RexSettings.defaults());

  @AfterAll
  void close() {
    db.close();
  }

  @Test
  void insertUpdateAndDeleteReturnTypedRowsOfTheirFields() {
    assumeTrue(ChinookDatabase.supportsReturning(), ChinookDatabase.NO_RETURNING);
    RolledBack.run(
        db,
        tx -> {
          Record2<Integer, String> inserted =
              tx.insertInto(GENRE)
                  .set(GENRE.NAME, "Polka")
                  .returningResult(GENRE.GENRE_ID, GENRE.NAME)
                  .fetchSingle();
          Integer id = inserted.value1();
          Result<Record2<String, Integer>> updated =
              tx.update(GENRE)
                  .set(GENRE.NAME, "Polka Punk")
                  .where(GENRE.GENRE_ID.eq(id))
                  .returningResult(GENRE.NAME, GENRE.GENRE_ID)
                  .fetch();
          Record1<String> deleted =
              tx.deleteFrom(GENRE)
                  .where(GENRE.GENRE_ID.eq(id))
                  .returningResult(GENRE.NAME)
                  .fetchOne();

          assertThat(inserted.value2()).isEqualTo("Polka");
          assertThat(id).isGreaterThan(25);
          assertThat(updated).hasSize(1);
          assertThat(updated.get(0).value1()).isEqualTo("Polka Punk");
          assertThat(updated.get(0).value2()).isEqualTo(id);
          assertThat(deleted.value1()).isEqualTo("Polka Punk");
          assertThat(tx.fetchCount(GENRE, GENRE.GENRE_ID.eq(id))).isZero();
        });
  }

  @Test
  void aDatabaseWithoutReturningReadsAnInsertedRowBackAndRefusesTheRestChangingNothing() {
    assumeFalse(ChinookDatabase.supportsReturning(), "the database has RETURNING");
    int genres = db.fetchCount(GENRE);

    db.transaction(
        tx -> {
          Record2<Integer, String> row =
              tx.insertInto(GENRE)
                  .set(GENRE.NAME, "Polka")
                  .returningResult(GENRE.GENRE_ID, GENRE.NAME)
                  .fetchSingle();
          assertThat(row.value1()).isGreaterThan(25);
          assertThat(row.value2()).isEqualTo("Polka");
          tx.deleteFrom(GENRE).where(GENRE.GENRE_ID.eq(row.value1())).execute();
        });
    assertThatThrownBy(
            () ->
                db.insertInto(GENRE, GENRE.NAME)
                    .values("Polka")
                    .values("Punk")
                    .returningResult(GENRE.GENRE_ID, GENRE.NAME)
                    .fetch())
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("only for an INSERT of one row of values");
    assertThatThrownBy(
            () ->
                db.update(GENRE)
                    .set(GENRE.NAME, "Rock")
                    .where(GENRE.GENRE_ID.eq(1))
                    .returningResult(GENRE.NAME, GENRE.GENRE_ID)
                    .fetch())
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("this UPDATE cannot return rows");
    assertThatThrownBy(
            () ->
                db.deleteFrom(GENRE)
                    .where(GENRE.GENRE_ID.eq(-1))
                    .returningResult(GENRE.NAME)
                    .fetch())
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("this DELETE cannot return rows");
    assertThat(db.fetchCount(GENRE)).isEqualTo(genres);
  }
}
