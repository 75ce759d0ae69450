package dev.rex.dsl;

import static dev.rex.dsl.DSL.row;
import static dev.rex.dsl.DSL.select;
import static dev.rex.dsl.fixtures.Rendering.assertCondition;
import static dev.rex.dsl.fixtures.Tables.ALBUM;
import static dev.rex.dsl.fixtures.Tables.ARTIST;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Row order comparisons, {@code between}, and {@code in} over a collection or a subquery. */
class RowOrderAndSubqueryTest {

  private static final String PAIR = "(\"album\".\"artist_id\", \"album\".\"title\")";

  @Test
  void orderComparisonsRenderRowConstructors() {
    assertCondition(row(ALBUM.ARTIST_ID, ALBUM.TITLE).lt(2, "B"), PAIR + " < (?, ?)", 2, "B");
    assertCondition(row(ALBUM.ARTIST_ID, ALBUM.TITLE).le(2, "B"), PAIR + " <= (?, ?)", 2, "B");
    assertCondition(row(ALBUM.ARTIST_ID, ALBUM.TITLE).gt(2, "B"), PAIR + " > (?, ?)", 2, "B");
    assertCondition(row(ALBUM.ARTIST_ID, ALBUM.TITLE).ge(2, "B"), PAIR + " >= (?, ?)", 2, "B");
    assertCondition(
        row(ALBUM.ARTIST_ID, ALBUM.TITLE).lt(row(ALBUM.ALBUM_ID, ALBUM.TITLE)),
        PAIR + " < (\"album\".\"album_id\", \"album\".\"title\")");
    assertCondition(row(ALBUM.ARTIST_ID, ALBUM.TITLE).le(row(1, "A")), PAIR + " <= (?, ?)", 1, "A");
    assertCondition(row(ALBUM.ARTIST_ID, ALBUM.TITLE).gt(row(1, "A")), PAIR + " > (?, ?)", 1, "A");
    assertCondition(row(ALBUM.ARTIST_ID, ALBUM.TITLE).ge(row(1, "A")), PAIR + " >= (?, ?)", 1, "A");
  }

  @Test
  void betweenIsBothBoundsInRowOrder() {
    assertCondition(
        row(ALBUM.ARTIST_ID, ALBUM.TITLE).between(row(1, "A")).and(row(2, "B")),
        "(" + PAIR + " >= (?, ?) and " + PAIR + " <= (?, ?))",
        1,
        "A",
        2,
        "B");
    assertCondition(
        row(ALBUM.ARTIST_ID, ALBUM.TITLE).between(1, "A").and(2, "B"),
        "(" + PAIR + " >= (?, ?) and " + PAIR + " <= (?, ?))",
        1,
        "A",
        2,
        "B");
    assertCondition(
        row(ALBUM.ARTIST_ID, ALBUM.TITLE).notBetween(row(1, "A")).and(2, "B"),
        "not ((" + PAIR + " >= (?, ?) and " + PAIR + " <= (?, ?)))",
        1,
        "A",
        2,
        "B");
    assertCondition(
        row(ALBUM.ARTIST_ID, ALBUM.TITLE).notBetween(1, "A").and(row(2, "B")),
        "not ((" + PAIR + " >= (?, ?) and " + PAIR + " <= (?, ?)))",
        1,
        "A",
        2,
        "B");
  }

  @Test
  void inTakesACollectionOfRows() {
    List<Row2<Integer, String>> rows = List.of(row(1, "A"), row(2, "B"));
    assertCondition(
        row(ALBUM.ARTIST_ID, ALBUM.TITLE).in(rows),
        "(" + PAIR + " = (?, ?) or " + PAIR + " = (?, ?))",
        1,
        "A",
        2,
        "B");
    assertCondition(
        row(ALBUM.ARTIST_ID, ALBUM.TITLE).notIn(rows),
        "not ((" + PAIR + " = (?, ?) or " + PAIR + " = (?, ?)))",
        1,
        "A",
        2,
        "B");
    assertThat(row(ALBUM.ARTIST_ID, ALBUM.TITLE).in(List.of()).toString()).isEqualTo("1 = 0");
    assertThat(row(ALBUM.ARTIST_ID, ALBUM.TITLE).notIn(List.of()).toString()).isEqualTo("1 = 1");
  }

  @Test
  void inTakesASubqueryOfTheSameDegree() {
    assertCondition(
        row(ALBUM.ARTIST_ID, ALBUM.TITLE)
            .in(select(ARTIST.ARTIST_ID, ARTIST.NAME).from(ARTIST).where(ARTIST.ARTIST_ID.gt(1))),
        PAIR
            + " in (select \"artist\".\"artist_id\", \"artist\".\"name\" from \"artist\""
            + " where \"artist\".\"artist_id\" > ?)",
        1);
    assertCondition(
        row(ALBUM.ARTIST_ID, ALBUM.TITLE).notIn(select(ARTIST.ARTIST_ID, ARTIST.NAME).from(ARTIST)),
        PAIR + " not in (select \"artist\".\"artist_id\", \"artist\".\"name\" from \"artist\")");
  }
}
