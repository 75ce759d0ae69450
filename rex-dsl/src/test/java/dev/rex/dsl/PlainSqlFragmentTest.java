package dev.rex.dsl;

import static dev.rex.dsl.DSL.condition;
import static dev.rex.dsl.DSL.field;
import static dev.rex.dsl.DSL.inline;
import static dev.rex.dsl.DSL.select;
import static dev.rex.dsl.fixtures.Rendering.PG;
import static dev.rex.dsl.fixtures.Rendering.assertCondition;
import static dev.rex.dsl.fixtures.Rendering.assertField;
import static dev.rex.dsl.fixtures.Tables.ALBUM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.dsl.exception.RawSqlException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What {@code DSL.field(String, …)} and {@code DSL.condition(String, …)} render and bind. */
class PlainSqlFragmentTest {

  @Test
  void fragmentsRenderInParenthesesWithTheirPlaceholdersBound() {
    assertField(field("1"), "(1)");
    assertField(field("upper(?)", "x"), "(upper(?))", "x");
    assertField(field("? + 1", Integer.class, 41), "(? + 1)", 41);
    assertCondition(condition("1 = 1"), "(1 = 1)");
    assertCondition(condition("? > ?", 2, 1), "(? > ?)", 2, 1);
    assertCondition(
        field("length(?)", Integer.class, "abc").mul(2).gt(5),
        "((length(?)) * ?) > ?",
        "abc",
        2,
        5);
  }

  @Test
  void aFieldGivenAsABindIsRenderedInPlace() {
    assertCondition(condition("? like ?", ALBUM.TITLE, "B%"), "(\"album\".\"title\" like ?)", "B%");
    assertCondition(field("1").eq(inline(1)), "(1) = 1");
    assertField(field("lower(?)", String.class, ALBUM.TITLE), "(lower(\"album\".\"title\"))");
  }

  @Test
  void fragmentsAreTypedByClassOrDataType() {
    assertThat(field("x", Integer.class).getDataType()).isEqualTo(SQLDataType.INTEGER);
    assertThat(field("x", String.class).getDataType()).isEqualTo(SQLDataType.VARCHAR);
    assertThat(field("x", LocalDate.class).getDataType()).isEqualTo(SQLDataType.DATE);
    assertThat(field("x", SQLDataType.BIGINT).getDataType()).isEqualTo(SQLDataType.BIGINT);
    assertThat(field("?", SQLDataType.BIGINT, 1L).getDataType()).isEqualTo(SQLDataType.BIGINT);
    assertThat(field("x", StringBuilder.class).getDataType().getType())
        .isEqualTo(StringBuilder.class);
    assertThat(field("x", Object.class).getDataType().getSqlType()).isEqualTo(SqlType.OTHER);
    assertThat(field("count(*)", Integer.class).getName()).isEqualTo("count(*)");
    assertThat(field("x")).isEqualTo(field("x")).hasSameHashCodeAs(field("x"));
    assertThat(field("x")).isNotEqualTo(field("y"));
    assertThat(condition("? = 1", 1)).isEqualTo(condition("? = 1", 2)); // one shape
    assertThat(condition("? = 1", 1).hashCode()).isEqualTo(condition("? = 1", 2).hashCode());
    assertThat(condition("a")).isNotEqualTo(condition("b"));
  }

  @Test
  void aFragmentWithTheWrongBindsOrSeveralStatementsIsRefused() {
    assertThatThrownBy(() -> select(field("?")).render(PG))
        .isInstanceOf(RawSqlException.class)
        .hasMessageContaining("1 placeholders but 0 bind values");
    assertThatThrownBy(() -> select(DSL.count()).where(condition("1 = 1; drop table x")).render(PG))
        .isInstanceOf(RawSqlException.class)
        .hasMessageContaining("one expression");
    assertThat(select(field("';' || ?", "x")).render(PG).sql()).isEqualTo("select (';' || ?)");
  }
}
