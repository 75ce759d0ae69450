package dev.rex.dsl;

import static dev.rex.dsl.DSL.count;
import static dev.rex.dsl.DSL.denseRank;
import static dev.rex.dsl.DSL.field;
import static dev.rex.dsl.DSL.name;
import static dev.rex.dsl.DSL.orderBy;
import static dev.rex.dsl.DSL.partitionBy;
import static dev.rex.dsl.DSL.rank;
import static dev.rex.dsl.DSL.rowNumber;
import static dev.rex.dsl.DSL.select;
import static dev.rex.dsl.DSL.sum;
import static dev.rex.dsl.DSL.table;
import static dev.rex.dsl.DSL.val;
import static dev.rex.dsl.DSL.with;
import static dev.rex.dsl.DSL.withRecursive;
import static dev.rex.dsl.fixtures.Rendering.assertField;
import static dev.rex.dsl.fixtures.Rendering.assertRenders;
import static dev.rex.dsl.fixtures.Tables.ALBUM;
import static dev.rex.dsl.fixtures.Tables.ARTIST;
import static dev.rex.dsl.fixtures.Tables.EMPLOYEE;
import static dev.rex.dsl.fixtures.Tables.TRACK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CteAndWindowRenderingTest {

  private static final String BIG_ALBUMS =
      "\"big_albums\" as (select \"track\".\"album_id\", count(*) as \"n\" from \"track\" group"
          + " by \"track\".\"album_id\" having count(*) > ?)";

  private static CommonTableExpression<Record2<Integer, Integer>> bigAlbums() {
    return name("big_albums")
        .as(
            select(TRACK.ALBUM_ID, count().as("n"))
                .from(TRACK)
                .groupBy(TRACK.ALBUM_ID)
                .having(count().gt(10)));
  }

  @Test
  void rendersWithClauseBeforeTheSelectThatJoinsIt() {
    var big = bigAlbums();
    var query =
        with(big)
            .select(ALBUM.TITLE, big.field("n"))
            .from(ALBUM)
            .join(big)
            .on(big.field(TRACK.ALBUM_ID).eq(ALBUM.ALBUM_ID))
            .where(ALBUM.ARTIST_ID.eq(5));

    assertRenders(
        query,
        "with "
            + BIG_ALBUMS
            + " select \"album\".\"title\", \"big_albums\".\"n\" from \"album\" join"
            + " \"big_albums\" on \"big_albums\".\"album_id\" = \"album\".\"album_id\" where"
            + " \"album\".\"artist_id\" = ?",
        10,
        5);
  }

  @Test
  void rendersSeveralCtesWithColumnListsAndSelectFromACte() {
    var big = bigAlbums();
    var names =
        name("names").fields("id", "label").as(select(ARTIST.ARTIST_ID, ARTIST.NAME).from(ARTIST));

    assertRenders(
        with(big, names).selectFrom(names).where(names.field("label").isNotNull()),
        "with "
            + BIG_ALBUMS
            + ", \"names\" (\"id\", \"label\") as (select \"artist\".\"artist_id\","
            + " \"artist\".\"name\" from \"artist\") select \"names\".\"id\", \"names\".\"label\""
            + " from \"names\" where \"names\".\"label\" is not null",
        10);
    assertThat(names.fields()).extracting(Field::getName).containsExactly("id", "label");
    assertThat(names.getName()).isEqualTo("names");
    assertThat(names.getAlias()).isNull();
    assertThat(names.getSchema()).isNull();
  }

  @Test
  void rendersSelectDistinctAfterWith() {
    var big = bigAlbums();
    assertRenders(
        with(big).selectDistinct(big.field("n")).from(big),
        "with " + BIG_ALBUMS + " select distinct \"big_albums\".\"n\" from \"big_albums\"",
        10);
  }

  @Test
  void rendersAnAliasedCte() {
    var big = bigAlbums();
    var b = big.as("b");
    assertRenders(
        with(big).select(b.field("n"), b.field(TRACK.ALBUM_ID)).from(b),
        "with "
            + BIG_ALBUMS
            + " select \"b\".\"n\", \"b\".\"album_id\" from \"big_albums\" as \"b\"",
        10);
    assertThat(b.getAlias()).isEqualTo("b");
    assertThat(b.as("c").getAlias()).isEqualTo("c");
  }

  @Test
  void rejectsACteColumnThatDoesNotExist() {
    assertThatThrownBy(() -> bigAlbums().field(ARTIST.NAME))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Common table expression big_albums has no column name.");
  }

  @Test
  void rendersRecursiveCteThatReferencesItselfByName() {
    Field<Integer> n = field(name("t", "n"), SQLDataType.INTEGER);
    var t =
        name("t")
            .fields("n")
            .as(select(val(1)).unionAll(select(n.plus(1)).from(table(name("t"))).where(n.lt(10))));

    assertRenders(
        withRecursive(t).select(t.field("n")).from(t),
        "with recursive \"t\" (\"n\") as (select ? union all select (\"t\".\"n\" + ?) from \"t\""
            + " where \"t\".\"n\" < ?) select \"t\".\"n\" from \"t\"",
        1,
        1,
        10);
  }

  @Test
  void rendersRecursiveWalkDownTheEmployeeHierarchy() {
    Field<Integer> chainId = field(name("chain", "id"), SQLDataType.INTEGER);
    Field<Integer> depth = field(name("chain", "depth"), SQLDataType.INTEGER);
    var chain =
        name("chain")
            .fields("id", "depth")
            .as(
                select(EMPLOYEE.EMPLOYEE_ID, val(0))
                    .from(EMPLOYEE)
                    .where(EMPLOYEE.REPORTS_TO.isNull())
                    .unionAll(
                        select(EMPLOYEE.EMPLOYEE_ID, depth.plus(1))
                            .from(EMPLOYEE)
                            .join(table(name("chain")))
                            .on(EMPLOYEE.REPORTS_TO.eq(chainId))));

    assertRenders(
        withRecursive(chain)
            .select(EMPLOYEE.LAST_NAME, chain.field(depth))
            .from(EMPLOYEE)
            .join(chain)
            .on(chain.field(chainId).eq(EMPLOYEE.EMPLOYEE_ID.cast(SQLDataType.INTEGER)))
            .orderBy(chain.field(depth)),
        "with recursive \"chain\" (\"id\", \"depth\") as (select \"employee\".\"employee_id\", ?"
            + " from \"employee\" where \"employee\".\"reports_to\" is null union all select"
            + " \"employee\".\"employee_id\", (\"chain\".\"depth\" + ?) from \"employee\" join"
            + " \"chain\" on \"employee\".\"reports_to\" = \"chain\".\"id\") select"
            + " \"employee\".\"last_name\", \"chain\".\"depth\" from \"employee\" join \"chain\""
            + " on \"chain\".\"id\" = cast(\"employee\".\"employee_id\" as integer) order by"
            + " \"chain\".\"depth\"",
        0,
        1);
  }

  @Test
  void rendersATableOfAnotherSchemaKnownOnlyByName() {
    Table<Record> summary = table(name("reporting", "album_summary"));
    Field<String> title = field(name("album_summary", "title"), SQLDataType.VARCHAR);

    assertRenders(
        select(title).from(summary).where(title.like("A%")),
        "select \"album_summary\".\"title\" from \"reporting\".\"album_summary\" where"
            + " \"album_summary\".\"title\" like ?",
        "A%");
    assertRenders(
        select(summary.as("s").field(title)).from(summary.as("s")),
        "select \"s\".\"title\" from \"reporting\".\"album_summary\" as \"s\"");
    assertThat(summary.getSchema()).isEqualTo("reporting");
    assertThat(summary).isNotEqualTo(table(name("album_summary")));
  }

  @Test
  void namedTableKnowsColumnsOnlyWhenAskedForThem() {
    Table<Record> t = table(name("t"));
    assertThat(t.fields()).isEmpty();
    assertThat(t.field("x")).isNull();
    assertThat(t.getSchema()).isNull();
    assertThat(t.as("u").field(ALBUM.TITLE).toString()).isEqualTo("\"u\".\"title\"");
    assertThat(name("a", "b").last()).isEqualTo("b");
    assertThat(name("a", "b").parts()).containsExactly("a", "b");
    assertThatThrownBy(() -> name()).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rendersRowNumberOverPartitionAndOrder() {
    assertField(
        rowNumber().over(partitionBy(TRACK.ALBUM_ID).orderBy(TRACK.MILLISECONDS.desc())),
        "row_number() over (partition by \"track\".\"album_id\" order by"
            + " \"track\".\"milliseconds\" desc)");
  }

  @Test
  void rendersRankAndDenseRank() {
    assertField(
        rank().over(orderBy(TRACK.BYTES)).as("r"),
        "rank() over (order by \"track\".\"bytes\") as \"r\"");
    assertField(denseRank().over(), "dense_rank() over ()");
    assertThat(rank().over().getName()).isEqualTo("rank");
    assertThat(rank().over().getDataType()).isEqualTo(SQLDataType.INTEGER);
  }

  @Test
  void rendersAggregatesOverWindows() {
    assertField(
        sum(TRACK.MILLISECONDS).over(partitionBy(TRACK.ALBUM_ID, TRACK.GENRE_ID)),
        "sum(\"track\".\"milliseconds\") over (partition by \"track\".\"album_id\","
            + " \"track\".\"genre_id\")");
    assertField(
        count().over(orderBy(TRACK.TRACK_ID).rowsUnboundedPrecedingToCurrentRow()),
        "count(*) over (order by \"track\".\"track_id\" rows between unbounded preceding and"
            + " current row)");
    assertField(
        sum(TRACK.BYTES).over(partitionBy(TRACK.ALBUM_ID).rowsUnboundedPrecedingToCurrentRow()),
        "sum(\"track\".\"bytes\") over (partition by \"track\".\"album_id\" rows between"
            + " unbounded preceding and current row)");
    assertField(DSL.max(TRACK.BYTES).over(), "max(\"track\".\"bytes\") over ()");
    assertThat(sum(TRACK.BYTES).over().getName()).isEqualTo("sum");
  }

  @Test
  void rendersWindowFunctionInAQueryWithBindsAround() {
    assertRenders(
        select(TRACK.NAME, rowNumber().over(partitionBy(TRACK.ALBUM_ID).orderBy(TRACK.NAME)))
            .from(TRACK)
            .where(TRACK.GENRE_ID.eq(4))
            .limit(3),
        "select \"track\".\"name\", row_number() over (partition by \"track\".\"album_id\" order"
            + " by \"track\".\"name\") from \"track\" where \"track\".\"genre_id\" = ? limit ?",
        4,
        3);
  }
}
