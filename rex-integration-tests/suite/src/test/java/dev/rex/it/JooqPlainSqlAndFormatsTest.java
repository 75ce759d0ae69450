package dev.rex.it;

import static dev.rex.dsl.DSL.condition;
import static dev.rex.dsl.DSL.field;
import static dev.rex.dsl.DSL.inline;
import static dev.rex.dsl.DSL.val;
import static dev.rex.it.chinook.Tables.ARTIST;
import static dev.rex.it.chinook.Tables.GENRE;
import static dev.rex.it.chinook.Tables.TRACK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.Rex;
import dev.rex.RexSettings;
import dev.rex.dsl.Field;
import dev.rex.dsl.Record2;
import dev.rex.dsl.Result;
import dev.rex.dsl.SQLDataType;
import dev.rex.dsl.exception.RawSqlException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * jOOQ's plain-SQL fragments ({@code DSL.field(String, …)}, {@code DSL.condition(String, …)}) with
 * bound values, and {@code Result.formatCSV()} / {@code formatJSON()}, on real Chinook data.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JooqPlainSqlAndFormatsTest {

  private static final String HOSTILE = "x'); drop table artist; -- \"?\" ''";

  private final Rex db = ChinookDatabase.connect(RexSettings.defaults());

  @AfterAll
  void close() {
    db.close();
  }

  @Test
  void plainSqlFieldsAndConditionsBindTheirValuesAndRenderFieldsInPlace() {
    Field<String> shout = field("upper(?)", String.class, ARTIST.NAME);
    Record2<String, String> accept =
        db.select(ARTIST.NAME, shout).from(ARTIST).where(ARTIST.ARTIST_ID.eq(2)).fetchSingle();
    int between =
        db.fetchCount(TRACK, condition("? between ? and ?", TRACK.MILLISECONDS, 200000, 300000));
    List<String> one =
        db.select(ARTIST.NAME)
            .from(ARTIST)
            .where(field("1").eq(inline(1)).and(ARTIST.ARTIST_ID.eq(1)))
            .fetch(ARTIST.NAME);
    Integer answer = db.select(field("? + 1", Integer.class, 41)).fetchSingle().value1();
    String back = db.select(field("?", String.class, HOSTILE)).fetchSingle().value1();

    assertThat(accept.value1()).isEqualTo("Accept");
    assertThat(accept.value2()).isEqualTo("ACCEPT");
    assertThat(between)
        .isEqualTo(db.fetchCount(TRACK, TRACK.MILLISECONDS.between(200000, 300000)))
        .isPositive();
    assertThat(one).containsExactly("AC/DC");
    assertThat(answer).isEqualTo(42);
    assertThat(back).isEqualTo(HOSTILE);
    assertThat(db.fetchCount(ARTIST)).isEqualTo(275);
  }

  @Test
  void aFragmentWithTheWrongNumberOfBindsOrSeveralStatementsIsRefused() {
    assertThatThrownBy(() -> db.fetchCount(ARTIST, condition("? = ?", 1)))
        .isInstanceOf(RawSqlException.class)
        .hasMessageContaining("2 placeholders but 1 bind values");
    assertThatThrownBy(() -> db.fetchCount(ARTIST, condition("1 = 1; delete from artist")))
        .isInstanceOf(RawSqlException.class)
        .hasMessageContaining("one expression");
    assertThat(db.fetchCount(ARTIST)).isEqualTo(275);
  }

  @Test
  void resultsFormatAsCsv() {
    Result<?> rock = db.selectFrom(GENRE).where(GENRE.GENRE_ID.eq(1)).fetch();
    Result<?> awkward =
        db.select(
                val("a,b"),
                val("say \"hi\""),
                val((String) null, SQLDataType.VARCHAR),
                val(""),
                val("two\nlines"))
            .fetch();

    assertThat(rock.formatCSV(false)).isEqualTo("1,Rock\n");
    assertThat(rock.formatCSV())
        .isEqualTo(GENRE.GENRE_ID.getName() + "," + GENRE.NAME.getName() + "\n1,Rock\n");
    assertThat(rock.formatCSV(';', "{null}")).endsWith("\n1;Rock\n");
    assertThat(awkward.formatCSV(false))
        .isEqualTo("\"a,b\",\"say \"\"hi\"\"\",,\"\",\"two\nlines\"\n");
    assertThat(awkward.formatCSV(false, '\t', "NULL"))
        .isEqualTo("a,b\t\"say \"\"hi\"\"\"\tNULL\t\"\"\t\"two\nlines\"\n");
    assertThat(db.selectFrom(GENRE).where(GENRE.GENRE_ID.eq(-1)).fetch().formatCSV()).isEmpty();
  }

  @Test
  void resultsFormatAsJson() {
    Result<?> rock =
        db.select(GENRE.GENRE_ID, GENRE.NAME)
            .from(GENRE)
            .where(GENRE.GENRE_ID.le(2))
            .orderBy(GENRE.GENRE_ID)
            .fetch();

    assertThat(rock.formatJSON())
        .startsWith("{\"fields\":[{\"name\":\"" + GENRE.GENRE_ID.getName() + "\",\"type\":")
        .endsWith("],\"records\":[[1,\"Rock\"],[2,\"Jazz\"]]}");
    assertThat(db.select(val("quote \" and \\ and\ttab")).fetch().formatJSON())
        .endsWith("\"records\":[[\"quote \\\" and \\\\ and\\ttab\"]]}");
  }
}
