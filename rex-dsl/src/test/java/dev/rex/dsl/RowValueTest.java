package dev.rex.dsl;

import static dev.rex.dsl.DSL.row;
import static dev.rex.dsl.DSL.select;
import static dev.rex.dsl.fixtures.Rendering.PG;
import static dev.rex.dsl.fixtures.Rendering.assertCondition;
import static dev.rex.dsl.fixtures.Rendering.field;
import static dev.rex.dsl.fixtures.Tables.ALBUM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.dsl.dialect.PostgresDialect;
import dev.rex.dsl.fixtures.RecordingExecutor;
import dev.rex.dsl.impl.Queries;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What row value expressions render, and how a mapped row reads back. */
class RowValueTest {

  record Titled(Integer id, String title) {}

  /** What a binding reads for a mapped row: the nested result its JSON holds. */
  private static Result<?> nested(Field<?> mapped, String json) {
    RecordType<?> rows = mapped.getDataType().getRowType();
    assertThat(rows).isNotNull();
    return Queries.decodeNested(json, rows);
  }

  @Test
  void rowComparisonsRenderRowConstructors() {
    assertCondition(
        row(ALBUM.ALBUM_ID, ALBUM.TITLE).eq(1, "x"),
        "(\"album\".\"album_id\", \"album\".\"title\") = (?, ?)",
        1,
        "x");
    assertCondition(
        row(ALBUM.ALBUM_ID, ALBUM.TITLE).ne(row(ALBUM.ARTIST_ID, ALBUM.TITLE)),
        "(\"album\".\"album_id\", \"album\".\"title\")"
            + " <> (\"album\".\"artist_id\", \"album\".\"title\")");
    assertCondition(
        row(ALBUM.ALBUM_ID, ALBUM.TITLE).equal(row(1, "x")),
        "(\"album\".\"album_id\", \"album\".\"title\") = (?, ?)",
        1,
        "x");
  }

  @Test
  void inIsADisjunctionOfRowEqualities() {
    assertCondition(
        row(ALBUM.ALBUM_ID, ALBUM.TITLE).in(row(1, "x"), row(2, "y")),
        "((\"album\".\"album_id\", \"album\".\"title\") = (?, ?)"
            + " or (\"album\".\"album_id\", \"album\".\"title\") = (?, ?))",
        1,
        "x",
        2,
        "y");
    assertCondition(row(ALBUM.ALBUM_ID).notIn(row(1)), "not ((\"album\".\"album_id\") = (?))", 1);
    assertThat(row(ALBUM.ALBUM_ID).in().toString()).isEqualTo("1 = 0");
    assertThat(row(ALBUM.ALBUM_ID).notIn().toString()).isEqualTo("1 = 1");
  }

  @Test
  void aMappedRowIsSelectedAsOneNestedRowAndReadThroughItsMapper() {
    Field<Titled> titled = row(ALBUM.ALBUM_ID, ALBUM.TITLE).mapping(Titled::new);
    assertThat(field(titled, PG).sql())
        .contains("json_build_array")
        .doesNotContain(" from \"album\"");

    RecordingExecutor executor = new RecordingExecutor(PostgresDialect.INSTANCE);
    executor.willReturn(new Object[] {nested(titled, "[[1, \"For Those About To Rock\"]]")});
    List<Titled> rows = executor.context().select(titled).from(ALBUM).fetch(Record1::value1);

    assertThat(rows).containsExactly(new Titled(1, "For Those About To Rock"));
    assertThat(row(ALBUM.ALBUM_ID, ALBUM.TITLE).size()).isEqualTo(2);
  }

  @Test
  void convertFromRendersTheFieldAndConvertsWhatIsRead() {
    Field<Integer> length = ALBUM.TITLE.convertFrom(String::length);
    RecordingExecutor executor = new RecordingExecutor(PostgresDialect.INSTANCE);
    executor.willReturn(new Object[] {"Let There Be Rock"}, new Object[] {null});

    List<Integer> lengths = executor.context().select(length).from(ALBUM).fetch(Record1::value1);

    assertThat(lengths).containsExactly(17, null);
    assertThat(field(length, PG).sql()).isEqualTo("\"album\".\"title\"");
    assertThat(length.getName()).isEqualTo("title");
    assertThat(length.as("n").getName()).isEqualTo("n");
  }

  @Test
  void aMappedRowThatDoesNotReadAsOneRowIsAnError() {
    Field<Titled> titled = row(ALBUM.ALBUM_ID, ALBUM.TITLE).mapping(Titled::new);
    RecordingExecutor executor = new RecordingExecutor(PostgresDialect.INSTANCE);
    executor.willReturn(new Object[] {nested(titled, "[]")});
    assertThatThrownBy(() -> executor.context().select(titled).from(ALBUM).fetch())
        .hasMessageContaining("exactly one row");
    assertThat(select(titled).recordType().fields()).containsExactly(titled);
  }
}
