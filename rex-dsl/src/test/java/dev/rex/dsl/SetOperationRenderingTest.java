package dev.rex.dsl;

import static dev.rex.dsl.DSL.select;
import static dev.rex.dsl.fixtures.Rendering.PG;
import static dev.rex.dsl.fixtures.Rendering.SQLITE;
import static dev.rex.dsl.fixtures.Rendering.assertRenders;
import static dev.rex.dsl.fixtures.Rendering.backticks;
import static dev.rex.dsl.fixtures.Tables.ALBUM;
import static dev.rex.dsl.fixtures.Tables.ARTIST;
import static dev.rex.dsl.fixtures.Tables.EMPLOYEE;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SetOperationRenderingTest {

  private static final String ALBUMS = "select \"album\".\"title\" from \"album\"";
  private static final String ARTISTS = "select \"artist\".\"name\" from \"artist\"";
  private static final String EMPLOYEES = "select \"employee\".\"last_name\" from \"employee\"";

  private static Select<Record1<String>> albums() {
    return select(ALBUM.TITLE).from(ALBUM);
  }

  private static Select<Record1<String>> artists() {
    return select(ARTIST.NAME).from(ARTIST);
  }

  private static Select<Record1<String>> employees() {
    return select(EMPLOYEE.LAST_NAME).from(EMPLOYEE);
  }

  @Test
  void rendersEachSetOperator() {
    assertRenders(albums().union(artists()), ALBUMS + " union " + ARTISTS);
    assertRenders(albums().unionAll(artists()), ALBUMS + " union all " + ARTISTS);
    assertRenders(albums().intersect(artists()), ALBUMS + " intersect " + ARTISTS);
    assertRenders(albums().except(artists()), ALBUMS + " except " + ARTISTS);
  }

  @Test
  void chainsOperatorsOfEqualPrecedenceWithoutParentheses() {
    assertRenders(
        albums().union(artists()).unionAll(employees()).except(albums()),
        ALBUMS + " union " + ARTISTS + " union all " + EMPLOYEES + " except " + ALBUMS);
    assertRenders(
        albums().intersect(artists()).union(employees()),
        ALBUMS + " intersect " + ARTISTS + " union " + EMPLOYEES);
  }

  @Test
  void keepsAUnionTogetherWhenIntersectFollowsIt() {
    // INTERSECT binds tighter than UNION on PostgreSQL: "a union b intersect c" would mean
    // "a union (b intersect c)".
    var query = albums().union(artists()).intersect(employees());

    assertRenders(query, PG, "(" + ALBUMS + " union " + ARTISTS + ") intersect " + EMPLOYEES);
    assertRenders(
        query,
        SQLITE,
        backticks(
            "select * from ("
                + ALBUMS
                + " union "
                + ARTISTS
                + ") as \"rex_set_0\" intersect "
                + EMPLOYEES));
  }

  @Test
  void chainsIntersectsWithoutParentheses() {
    assertRenders(
        albums().intersect(artists()).intersect(employees()),
        ALBUMS + " intersect " + ARTISTS + " intersect " + EMPLOYEES);
  }

  @Test
  void ordersAndLimitsTheWholeCompoundByOutputColumnName() {
    assertRenders(
        albums().union(artists()).orderBy(ALBUM.TITLE.desc()).limit(3).offset(1),
        PG,
        ALBUMS + " union " + ARTISTS + " order by \"title\" desc limit ? offset ?",
        3,
        1);
    assertRenders(
        albums().union(artists()).orderBy(ALBUM.TITLE).limit(3),
        SQLITE,
        backticks(ALBUMS + " union " + ARTISTS + " order by \"title\" limit ?"),
        3);
  }

  @Test
  void parenthesisesOperandsWithTheirOwnOrderOrLimitOnPostgres() {
    var query =
        select(ALBUM.TITLE)
            .from(ALBUM)
            .orderBy(ALBUM.TITLE)
            .limit(2)
            .unionAll(select(ARTIST.NAME).from(ARTIST).offset(4));

    assertRenders(
        query,
        PG,
        "("
            + ALBUMS
            + " order by \"album\".\"title\" limit ?) union all ("
            + ARTISTS
            + " offset ?)",
        2,
        4);
  }

  @Test
  void wrapsOperandsWithTheirOwnOrderOrLimitOnSqlite() {
    var query =
        select(ALBUM.TITLE)
            .from(ALBUM)
            .orderBy(ALBUM.TITLE)
            .limit(2)
            .unionAll(select(ARTIST.NAME).from(ARTIST).where(ARTIST.NAME.ne("x")).limit(1));

    assertRenders(
        query,
        SQLITE,
        backticks(
            "select * from ("
                + ALBUMS
                + " order by \"album\".\"title\" limit ?) as \"rex_set_0\" union all select * from ("
                + ARTISTS
                + " where \"artist\".\"name\" <> ? limit ?) as \"rex_set_1\""),
        2,
        "x",
        1);
  }

  @Test
  void parenthesisesACompoundOnTheRight() {
    assertRenders(
        albums().except(artists().union(employees())),
        PG,
        ALBUMS + " except (" + ARTISTS + " union " + EMPLOYEES + ")");
  }

  @Test
  void doesNotFlattenAnOrderedCompound() {
    var ordered = albums().union(artists()).orderBy(ALBUM.TITLE).limit(1);
    assertRenders(
        ordered.union(employees()),
        PG,
        "(" + ALBUMS + " union " + ARTISTS + " order by \"title\" limit ?) union " + EMPLOYEES,
        1);
  }

  @Test
  void enclosesALaterOperandThatHasItsOwnWith() {
    var names = DSL.name("n").as(select(ARTIST.NAME).from(ARTIST));
    var query = albums().union(DSL.with(names).select(names.field(ARTIST.NAME)).from(names));
    String withNames = "with \"n\" as (" + ARTISTS + ") select \"n\".\"name\" from \"n\"";

    assertRenders(query, PG, ALBUMS + " union (" + withNames + ")");
    assertRenders(
        query,
        SQLITE,
        backticks(ALBUMS + " union select * from (" + withNames + ") as \"rex_set_1\""));
    assertRenders(
        DSL.with(names).select(names.field(ARTIST.NAME)).from(names).union(albums()),
        withNames + " union " + ALBUMS);
  }

  @Test
  void compoundRowsHaveTheFirstOperandsFields() {
    var query = albums().union(artists());
    assertThat(query.recordType().fields()).containsExactly(ALBUM.TITLE);
  }
}
