package dev.rex.dsl;

import static dev.rex.dsl.DSL.field;
import static dev.rex.dsl.DSL.name;
import static dev.rex.dsl.DSL.query;
import static dev.rex.dsl.DSL.resultQuery;
import static dev.rex.dsl.DSL.select;
import static dev.rex.dsl.DSL.selectFrom;
import static dev.rex.dsl.DSL.table;
import static dev.rex.dsl.fixtures.Rendering.PG;
import static dev.rex.dsl.fixtures.Rendering.SQLITE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.dsl.exception.InvalidQueryException;
import dev.rex.dsl.exception.RawSqlException;
import dev.rex.dsl.spi.Dialect;
import org.junit.jupiter.api.Test;

/** Raw SQL is split at the placeholders the database sees, per dialect; empty select lists. */
class RawSqlRenderingTest {

  private static int placeholders(String sql, Dialect dialect, Object... binds) {
    return resultQuery(sql, binds).render(dialect).bindCount();
  }

  @Test
  void skipsPostgresDollarQuotesWithAndWithoutTags() {
    assertThat(placeholders("select $$?$$, ?", PG, 1)).isEqualTo(1);
    assertThat(placeholders("select $t$it's ?$t$, ?", PG, 1)).isEqualTo(1);
    assertThat(placeholders("select $a$ $b$ ? $b$ $a$ || ?", PG, 1)).isEqualTo(1);
    assertThat(placeholders("select $_x1$?$_x1$", PG)).isZero();
  }

  @Test
  void takesNoDollarQuoteForPositionalParametersOrIdentifierCharacters() {
    // $1 is a parameter, not a quote; a tag cannot start with a digit; a$ continues a name.
    assertThat(placeholders("select $1, ?, $2", PG, 1)).isEqualTo(1);
    assertThat(placeholders("select $1$ ? $1$", PG, 1)).isEqualTo(1);
    assertThat(placeholders("select a$$b, ?", PG, 1)).isEqualTo(1);
  }

  @Test
  void nestsBlockCommentsOnPostgresOnly() {
    assertThat(placeholders("select 1 /* /* */ ? */, ?", PG, 1)).isEqualTo(1);
    // SQLite ends the comment at the first */: the ? after it is a placeholder there.
    assertThat(placeholders("select 1 /* /* */, ?", SQLITE, 1)).isEqualTo(1);
  }

  @Test
  void readsPostgresEscapeStringsWithBackslashEscapes() {
    assertThat(placeholders("select E'it\\'s ?', ?", PG, 1)).isEqualTo(1);
    assertThat(placeholders("select e'\\\\', ?", PG, 1)).isEqualTo(1);
    // Standard strings: a backslash is text, so the string ends at the second quote.
    assertThat(placeholders("select 'a\\', ?", PG, 1)).isEqualTo(1);
  }

  @Test
  void skipsSqliteBacktickAndBracketIdentifiers() {
    assertThat(placeholders("select `a?b`, [c?d], ?", SQLITE, 1)).isEqualTo(1);
    assertThat(placeholders("select `a``?`, ?", SQLITE, 1)).isEqualTo(1);
    // Dollar signs are plain text on SQLite.
    assertThat(placeholders("select '$$', ?, '$$'", SQLITE, 1)).isEqualTo(1);
  }

  @Test
  void keepsEscapedQuestionMarksAndRefusesAMismatchWithATypedError() {
    assertThat(resultQuery("select '{}'::jsonb ?? 'a', ?", 1).render(PG).sql())
        .isEqualTo("select '{}'::jsonb ?? 'a', ?");
    assertThatThrownBy(() -> resultQuery("select $$?$$, ?").render(PG))
        .isInstanceOf(RawSqlException.class)
        .hasMessageContaining("1 placeholders but 0 bind values");
  }

  @Test
  void refusesSeveralStatementsOnSqliteWhoseDriverWouldRunOnlyTheFirst() {
    assertThatThrownBy(() -> query("update t set a = 1; delete from t").render(SQLITE))
        .isInstanceOf(RawSqlException.class)
        .hasMessageContaining("2 statements");
    assertThat(query("update t set a = ?; -- done\n ;", 1).render(SQLITE).bindCount()).isEqualTo(1);
    assertThat(query("update t set a = ';'").render(SQLITE).sql()).contains("';'");
    String trigger =
        "create trigger tr after insert on t begin update t set a = case when 1 then 2 end;"
            + " delete from u; end;";
    assertThat(query(trigger).render(SQLITE).sql()).isEqualTo(trigger);
    assertThat(query("update t set a = 1; delete from t").render(PG).sql())
        .isEqualTo("update t set a = 1; delete from t");
  }

  @Test
  void refusesSeveralStatementsInAFetchOnEveryDialect() {
    for (Dialect dialect : java.util.List.of(PG, SQLITE)) {
      assertThatThrownBy(() -> resultQuery("select 1; delete from t").render(dialect))
          .isInstanceOf(RawSqlException.class)
          .hasMessageContaining("a fetch reads the rows of one");
      assertThat(resultQuery("select 1;").render(dialect).sql()).isEqualTo("select 1;");
    }
  }

  @Test
  void selectsEveryColumnOfATableWhoseFieldsAreUnknown() {
    assertThat(selectFrom(table(name("artist"))).render(PG).sql())
        .isEqualTo("select * from \"artist\"");
    assertThat(select().from(table(name("artist"))).render(SQLITE).sql())
        .isEqualTo("select * from `artist`");
    assertThat(
            select()
                .from(table(name("artist")))
                .where(field(name("name"), SQLDataType.TEXT).eq("x"))
                .render(PG)
                .sql())
        .isEqualTo("select * from \"artist\" where \"name\" = ?");
  }

  @Test
  void refusesASelectWithNoColumnAndNoTable() {
    assertThatThrownBy(() -> select().render(PG))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("list the fields");
  }
}
