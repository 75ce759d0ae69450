package dev.rex.suites;

import static dev.rex.fixtures.Album.ALBUM;
import static dev.rex.fixtures.Artist.ARTIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.rex.Rex;
import dev.rex.dsl.exception.CheckViolationException;
import dev.rex.dsl.exception.ConnectionException;
import dev.rex.dsl.exception.DataAccessException;
import dev.rex.dsl.exception.ForeignKeyViolationException;
import dev.rex.dsl.exception.NotNullViolationException;
import dev.rex.dsl.exception.UniqueViolationException;
import dev.rex.testing.DatabaseTest;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Failures become typed exceptions that say what went wrong, and nothing is half-written. */
public abstract class ErrorsSuite extends DatabaseTest {

  @Test
  void duplicateKeyIsAUniqueViolationNamingTableAndConstraint() {
    db.insertInto(ARTIST).set(ARTIST.NAME, "Nina").execute();

    UniqueViolationException failure =
        catchThrowableOfType(
            UniqueViolationException.class,
            () -> db.insertInto(ARTIST).set(ARTIST.NAME, "Nina").execute());

    assertThat(failure.table()).isEqualTo("artist");
    assertThat(failure.sqlState()).isEqualTo("23505");
    assertThat(failure.sql()).startsWith(quoted("insert into \"artist\""));
    if (postgres()) {
      assertThat(failure.constraint()).isEqualTo("artist_name_key");
    } else {
      assertThat(failure.column()).isEqualTo("name");
    }
    assertThat(failure.getMessage()).startsWith("A unique key would be duplicated");
  }

  @Test
  void missingParentIsAForeignKeyViolation() {
    ForeignKeyViolationException failure =
        catchThrowableOfType(
            ForeignKeyViolationException.class,
            () ->
                db.insertInto(ALBUM).set(ALBUM.TITLE, "Orphan").set(ALBUM.ARTIST_ID, 99).execute());

    assertThat(failure.sqlState()).isEqualTo("23503");
    if (postgres()) {
      assertThat(failure.constraint()).isEqualTo("album_artist_id_fkey");
      assertThat(failure.table()).isEqualTo("album");
    }
    assertThat(db.fetchCount(ALBUM)).isZero();
  }

  @Test
  void missingRequiredValueIsANotNullViolationNamingTheColumn() {
    db.insertInto(ARTIST).set(ARTIST.NAME, "Nina").execute();

    NotNullViolationException failure =
        catchThrowableOfType(
            NotNullViolationException.class,
            () -> db.insertInto(ALBUM).set(ALBUM.ARTIST_ID, 1).execute());

    assertThat(failure.table()).isEqualTo("album");
    assertThat(failure.column()).isEqualTo("title");
  }

  @Test
  void brokenCheckIsACheckViolation() {
    db.insertInto(ARTIST).set(ARTIST.NAME, "Nina").execute();

    CheckViolationException failure =
        catchThrowableOfType(
            CheckViolationException.class,
            () ->
                db.insertInto(ALBUM)
                    .set(ALBUM.TITLE, "Negative")
                    .set(ALBUM.ARTIST_ID, 1)
                    .set(ALBUM.PRICE, new BigDecimal("-1.00"))
                    .execute());

    assertThat(failure.constraint()).isEqualTo("album_price_check");
  }

  @Test
  void badSqlIsADataAccessExceptionWithTheStatement() {
    assertThatThrownBy(() -> db.execute("update no_such_table set x = 1"))
        .isInstanceOf(DataAccessException.class)
        .hasMessageStartingWith("The statement failed")
        .hasMessageContaining("no_such_table")
        .hasMessageContaining("[SQL: update no_such_table set x = 1]");
  }

  @Test
  void unreachableDatabaseIsAConnectionException() {
    String url =
        postgres()
            ? "jdbc:postgresql://127.0.0.1:1/nothing?connectTimeout=2"
            : "jdbc:sqlite:/nonexistent-dir/really/not/here.db";

    assertThatThrownBy(() -> Rex.connect(url).close())
        .isInstanceOf(ConnectionException.class)
        .hasMessageContaining("Could not connect");
  }
}
