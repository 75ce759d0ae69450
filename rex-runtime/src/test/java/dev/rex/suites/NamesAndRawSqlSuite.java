package dev.rex.suites;

import static dev.rex.dsl.DSL.field;
import static dev.rex.dsl.DSL.name;
import static dev.rex.dsl.DSL.table;
import static dev.rex.dsl.DSL.val;
import static dev.rex.fixtures.Artist.ARTIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.dsl.DSL;
import dev.rex.dsl.DataType;
import dev.rex.dsl.Field;
import dev.rex.dsl.Record;
import dev.rex.dsl.Result;
import dev.rex.dsl.SQLDataType;
import dev.rex.dsl.exception.DataAccessException;
import dev.rex.dsl.exception.InvalidNameException;
import dev.rex.dsl.exception.RawSqlException;
import dev.rex.testing.DatabaseTest;
import java.math.BigDecimal;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Names, type names and raw SQL from an adversarial caller: nothing they contain reaches the
 * database as SQL it did not mean, a misspelled name fails instead of matching, and raw SQL binds
 * exactly the placeholders the database sees.
 */
public abstract class NamesAndRawSqlSuite extends DatabaseTest {

  private static final List<String> TYPE_NAME_INJECTIONS =
      List.of(
          "text) || (select string_agg(name, ',') from artist) || cast('' as text",
          "text); delete from artist; select cast(null as text",
          "text)--",
          "text /* */",
          "\"text\"\"); delete from artist; --\"x");

  @BeforeEach
  void twoArtists() {
    db.insertInto(ARTIST).set(ARTIST.NAME, "Nina").execute();
    db.insertInto(ARTIST).set(ARTIST.NAME, "Björk").execute();
    statements.clear();
  }

  private void assertArtistsUnchanged() {
    assertThat(db.select(ARTIST.NAME).from(ARTIST).orderBy(ARTIST.ARTIST_ID).fetch(ARTIST.NAME))
        .containsExactly("Nina", "Björk");
  }

  @Test
  void refusesInjectedCastTypeNamesBeforeAnythingReachesTheDatabase() {
    for (String payload : TYPE_NAME_INJECTIONS) {
      assertThatThrownBy(
              () -> db.select(ARTIST.NAME.cast(SQLDataType.other(payload))).from(ARTIST).fetch())
          .as(payload)
          .isInstanceOf(InvalidNameException.class);
      assertThatThrownBy(() -> db.select(val("x").cast(SQLDataType.TEXT.typeName(payload))).fetch())
          .isInstanceOf(InvalidNameException.class);
    }
    assertThat(statements).isEmpty();
    assertArtistsUnchanged();
  }

  @Test
  void castsToMultiWordQualifiedQuotedAndModifiedTypeNames() {
    Field<Integer> id = ARTIST.ARTIST_ID;
    var row =
        db.select(
                id.cast(SQLDataType.DOUBLE),
                id.cast(SQLDataType.VARCHAR.typeName("character varying(255)")),
                val("12.5").cast(SQLDataType.NUMERIC.typeName("numeric(10, 2)")),
                id.cast(SQLDataType.INTEGER.typeName("pg_catalog.int4")),
                id.cast(SQLDataType.TEXT.typeName("\"text\"")))
            .from(ARTIST)
            .where(ARTIST.NAME.eq("Nina"))
            .fetchSingle();

    assertThat(row.value1()).isEqualTo(1.0);
    assertThat(row.value2()).isEqualTo("1");
    assertThat(row.value3()).isEqualByComparingTo(new BigDecimal("12.5"));
    assertThat(row.value4()).isEqualTo(1);
    assertThat(row.value5()).isEqualTo("1");
    if (postgres()) {
      DataType<Integer[]> integers = DataType.arrayOf(SQLDataType.INTEGER, Integer[].class);
      assertThat(db.select(val("{1,2}").cast(integers)).fetchSingle().value1())
          .containsExactly(1, 2);
      assertThat(
              db.select(
                      val("2020-01-02 03:04:05.678901+00")
                          .cast(
                              SQLDataType.TIMESTAMPWITHTIMEZONE.typeName(
                                  "timestamp(3) with time zone")))
                  .fetchSingle()
                  .value1()
                  .getNano())
          .isEqualTo(679_000_000);
    }
  }

  @Test
  void aMisspelledColumnFailsInsteadOfBecomingAStringInEveryClause() {
    Field<String> typo = field(name("stauts"), SQLDataType.VARCHAR);
    List<ThrowingCallable> uses =
        List.of(
            () -> db.deleteFrom(ARTIST).where(typo.isNotNull()).execute(),
            () -> db.deleteFrom(ARTIST).where(typo.eq("stauts")).execute(),
            () -> db.select(typo).from(ARTIST).fetch(),
            () -> db.select(ARTIST.NAME).from(ARTIST).where(typo.isNotNull()).fetch(),
            () -> db.update(ARTIST).set(ARTIST.NAME, typo).execute(),
            () -> db.select(ARTIST.NAME).from(ARTIST).orderBy(typo).fetch());
    for (ThrowingCallable use : uses) {
      assertThatThrownBy(use)
          .isInstanceOf(DataAccessException.class)
          .hasMessageContaining("stauts");
    }
    assertArtistsUnchanged();
  }

  @Test
  void refusesANulCharacterInANameOrAliasBeforeSending() {
    List<ThrowingCallable> uses =
        List.of(
            () -> db.select(ARTIST.NAME.as("a\0b")).from(ARTIST).fetch(),
            () -> db.selectFrom(table(name("artist\0"))).fetch(),
            () -> db.select(field(name("na\0me"), SQLDataType.TEXT)).from(ARTIST).fetch(),
            () -> db.select(ARTIST.NAME).from(ARTIST.as("\0")).fetch(),
            () ->
                db.deleteFrom(ARTIST)
                    .where(field(name("x\0"), SQLDataType.TEXT).isNull())
                    .execute());
    for (ThrowingCallable use : uses) {
      assertThatThrownBy(use)
          .isInstanceOf(InvalidNameException.class)
          .hasMessageContaining("NUL character");
    }
    assertThat(statements).isEmpty();
    assertArtistsUnchanged();
  }

  @Test
  void rawSqlBindsExactlyThePlaceholdersTheDatabaseSees() {
    String sql =
        postgres()
            ? "select $$?$$ as a, $t$it's ?$t$ as b, E'it\\'s ?' as c /* /* */ ? */,"
                + " cast(? as integer) as d"
            : "select '?' as a, `name` as b, 'it''s ?' as c /* ? */, cast(? as integer) as d"
                + " from artist where artist_id = 1";
    Record row = db.fetch(sql, 7).get(0);

    assertThat(row.get("a")).isEqualTo("?");
    assertThat(row.get("b")).isEqualTo(postgres() ? "it's ?" : "Nina");
    assertThat(row.get("c")).isEqualTo("it's ?");
    assertThat(((Number) row.get("d")).intValue()).isEqualTo(7);
    assertThat(db.execute("update artist set name = ? where name = '$$?$$'", "x")).isZero();
  }

  @Test
  void theSameStatementBindsEachExecutionByItsOwnValuesTypes() {
    int nina =
        db.select(ARTIST.ARTIST_ID)
            .from(ARTIST)
            .where(ARTIST.NAME.eq("Nina"))
            .fetchOne(ARTIST.ARTIST_ID);
    int bjork = nina + 1;
    assertThat(db.fetchOne(ARTIST, ARTIST.ARTIST_ID.eq(bjork)).getName()).isEqualTo("Björk");
    String sql = "select name from artist where artist_id = ?";

    for (Object id :
        List.<Object>of(nina, (long) bjork, new BigDecimal(nina), bjork, (short) nina)) {
      assertThat(db.fetch(sql, id).get(0).get("name"))
          .as("artist %s (%s)", id, id.getClass().getSimpleName())
          .isEqualTo(((Number) id).intValue() == nina ? "Nina" : "Björk");
    }
  }

  @Test
  void selectsEveryColumnOfATableKnownOnlyByName() {
    Result<Record> rows =
        db.selectFrom(table(name("artist")))
            .orderBy(field(name("artist_id"), SQLDataType.INTEGER))
            .fetch();

    assertThat(rows.get(0).fields())
        .extracting(Field::getName)
        .containsExactly("artist_id", "name");
    assertThat(rows).extracting(r -> r.get("name")).containsExactly("Nina", "Björk");
    assertThat(db.select().from(table(name("artist"))).fetch()).hasSize(2);
  }

  @Test
  void rawSqlWithSeveralStatementsRunsThemAllOnPostgresAndIsRefusedOnSqlite() {
    if (postgres()) {
      assertThat(db.execute("select 1; update artist set name = name || '!' where artist_id = 1"))
          .isEqualTo(1);
      assertThat(
              db.select(ARTIST.NAME)
                  .from(ARTIST)
                  .where(ARTIST.ARTIST_ID.eq(1))
                  .fetchSingle(ARTIST.NAME))
          .isEqualTo("Nina!");
      db.execute("update artist set name = 'Nina' where artist_id = 1");
      assertThatThrownBy(
              () ->
                  db.execute(
                      "update artist set name = 'gone'; select 1 / (artist_id - 1) from artist"))
          .isInstanceOf(DataAccessException.class);
    } else {
      assertThatThrownBy(() -> db.execute("select 1; update artist set name = 'gone'"))
          .isInstanceOf(RawSqlException.class)
          .hasMessageContaining("2 statements");
      assertThatThrownBy(() -> db.execute("update artist set name = 'gone'; delete from artist"))
          .isInstanceOf(RawSqlException.class);
      assertThat(statements).isEmpty();
    }
    assertArtistsUnchanged();
  }

  @Test
  void aRawStatementBuiltWithDslQueryRunsAsAStatement() {
    assertThat(db.execute(DSL.query("update artist set name = ? where artist_id = 1", "Nina S.")))
        .isEqualTo(1);
    assertThat(
            db.select(ARTIST.NAME)
                .from(ARTIST)
                .where(ARTIST.ARTIST_ID.eq(1))
                .fetchSingle(ARTIST.NAME))
        .isEqualTo("Nina S.");
  }

  @Test
  void aFetchOfSeveralStatementsThatFailsKeepsNothing() {
    assertThatThrownBy(
            () -> db.fetch("update artist set name = 'gone' where artist_id = 1; select 1"))
        .isInstanceOf(RawSqlException.class)
        .hasMessageContaining("a fetch reads the rows of one");
    assertThatThrownBy(
            () -> db.fetch("select 1; update artist set name = 'gone' where artist_id = 1"))
        .isInstanceOf(RawSqlException.class);
    assertThatThrownBy(() -> db.fetch(DSL.resultQuery("select 1; delete from artist")))
        .isInstanceOf(RawSqlException.class);
    assertThat(statements).isEmpty();
    assertArtistsUnchanged();
  }

  @Test
  void oddAliasesStayInsideTheirQuotesAndComeBackAsNames() {
    List<String> aliases =
        List.of("a\"b", "a`b", "``", "it's", "--x", "/*x*/", "$$x$$", "?", "a]b", "[x]", "é—ü 名");
    for (String alias : aliases) {
      var table = ARTIST.as(alias + "t");
      Record row =
          db.select(table.NAME.as(alias), val(7).as(alias + "?"))
              .from(table)
              .where(table.ARTIST_ID.eq(1))
              .fetchSingle();

      assertThat(row.fields()).extracting(Field::getName).containsExactly(alias, alias + "?");
      assertThat(row.get(0)).as(alias).isEqualTo("Nina");
      assertThat(row.get(1)).isEqualTo(7);
    }
    assertArtistsUnchanged();
  }
}
