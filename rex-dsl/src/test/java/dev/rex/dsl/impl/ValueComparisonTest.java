package dev.rex.dsl.impl;

import static dev.rex.dsl.DSL.field;
import static dev.rex.dsl.DSL.val;
import static dev.rex.dsl.fixtures.Rendering.PG;
import static dev.rex.dsl.fixtures.Tables.ALBUM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rex.dsl.Condition;
import dev.rex.dsl.Field;
import dev.rex.dsl.RenderedQuery;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * {@code column op value} is one {@link ValueComparison}; it must be indistinguishable, in SQL,
 * binds and cached shape, from the comparison with a {@link Val} of the column's type it replaces.
 */
class ValueComparisonTest {

  private static final List<BiFunction<Field<Integer>, Integer, Condition>> BY_VALUE =
      List.of(Field::eq, Field::ne, Field::lt, Field::le, Field::gt, Field::ge);

  private static final List<BiFunction<Field<Integer>, Field<Integer>, Condition>> BY_FIELD =
      List.of(Field::eq, Field::ne, Field::lt, Field::le, Field::gt, Field::ge);

  @Test
  void eachOperatorRendersAndBindsAsTheComparisonWithAValueOfTheColumn() {
    for (int i = 0; i < BY_VALUE.size(); i++) {
      Condition fused = BY_VALUE.get(i).apply(ALBUM.ARTIST_ID, 300);
      Condition withVal = BY_FIELD.get(i).apply(ALBUM.ARTIST_ID, val(300, ALBUM.ARTIST_ID));
      RenderedQuery a = Renderer.render(fused, PG);
      RenderedQuery b = Renderer.render(withVal, PG);

      assertThat(fused).isInstanceOf(ValueComparison.class);
      assertThat(withVal).isInstanceOf(Comparison.class);
      assertThat(a.sql()).isEqualTo(b.sql()).startsWith("\"album\".\"artist_id\" ");
      assertThat(a.bindValues()).containsExactly(300);
      assertThat(a.bindType(0)).isEqualTo(ALBUM.ARTIST_ID.getDataType());
      assertThat(a.bindColumn(0)).isEqualTo(b.bindColumn(0)).isEqualTo("album.artist_id");
      assertThat(fused).isEqualTo(withVal).hasSameHashCodeAs(withVal);
      assertThat(withVal).isEqualTo(fused);
    }
  }

  @Test
  void itIsTheSameShapeOnlyForTheSameColumnOperatorAndType() {
    Condition fused = ALBUM.ARTIST_ID.eq(1);

    assertThat(fused).isEqualTo(ALBUM.ARTIST_ID.eq(2)).hasSameHashCodeAs(ALBUM.ARTIST_ID.eq(2));
    assertThat(fused).isNotEqualTo(ALBUM.ARTIST_ID.ne(1));
    assertThat(fused).isNotEqualTo(ALBUM.ALBUM_ID.eq(1));
    assertThat(fused).isNotEqualTo(ALBUM.ARTIST_ID.eq(ALBUM.ALBUM_ID));
    assertThat(ALBUM.ARTIST_ID.eq(ALBUM.ALBUM_ID)).isNotEqualTo(fused);
    assertThat(fused).isNotEqualTo(ALBUM.ARTIST_ID.isNull());
  }

  @Test
  void aPlainSqlFieldGivenAFieldAsItsValueIsComparedWithThatField() {
    Field<Object> plain = field("x");
    Condition condition = plain.eq(field("y"));

    assertThat(condition).isInstanceOf(Comparison.class);
    assertThat(Renderer.render(condition, PG).sql()).isEqualTo("(x) = (y)");
    assertThat(Renderer.render(plain.gt(5), PG).sql()).isEqualTo("(x) > ?");
  }
}
