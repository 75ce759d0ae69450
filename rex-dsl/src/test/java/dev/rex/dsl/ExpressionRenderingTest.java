package dev.rex.dsl;

import static dev.rex.dsl.DSL.abs;
import static dev.rex.dsl.DSL.avg;
import static dev.rex.dsl.DSL.coalesce;
import static dev.rex.dsl.DSL.concat;
import static dev.rex.dsl.DSL.count;
import static dev.rex.dsl.DSL.countDistinct;
import static dev.rex.dsl.DSL.length;
import static dev.rex.dsl.DSL.lower;
import static dev.rex.dsl.DSL.max;
import static dev.rex.dsl.DSL.min;
import static dev.rex.dsl.DSL.round;
import static dev.rex.dsl.DSL.sum;
import static dev.rex.dsl.DSL.upper;
import static dev.rex.dsl.DSL.val;
import static dev.rex.dsl.DSL.when;
import static dev.rex.dsl.fixtures.Rendering.PG;
import static dev.rex.dsl.fixtures.Rendering.SQLITE;
import static dev.rex.dsl.fixtures.Rendering.assertField;
import static dev.rex.dsl.fixtures.Rendering.field;
import static dev.rex.dsl.fixtures.Tables.INVOICE_LINE;
import static dev.rex.dsl.fixtures.Tables.TRACK;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ExpressionRenderingTest {

  @Test
  void rendersAggregates() {
    assertField(count(), "count(*)");
    assertField(count(TRACK.COMPOSER), "count(\"track\".\"composer\")");
    assertField(countDistinct(TRACK.COMPOSER), "count(distinct \"track\".\"composer\")");
    assertField(sum(TRACK.MILLISECONDS), "sum(\"track\".\"milliseconds\")");
    assertField(avg(TRACK.UNIT_PRICE), "avg(\"track\".\"unit_price\")");
    assertField(min(TRACK.NAME), "min(\"track\".\"name\")");
    assertField(max(TRACK.UNIT_PRICE), "max(\"track\".\"unit_price\")");
  }

  @Test
  void aggregatesHaveTheirResultTypes() {
    assertThat(count().getDataType()).isEqualTo(SQLDataType.INTEGER);
    assertThat(sum(TRACK.MILLISECONDS).getType()).isEqualTo(BigDecimal.class);
    assertThat(avg(TRACK.BYTES).getDataType()).isEqualTo(SQLDataType.NUMERIC);
    assertThat(min(TRACK.NAME).getType()).isEqualTo(String.class);
    assertThat(max(TRACK.UNIT_PRICE).getName()).isEqualTo("max");
  }

  @Test
  void rendersCaseWhenWithBranchesAndElse() {
    Field<String> size =
        when(TRACK.MILLISECONDS.lt(60_000), "short")
            .when(TRACK.MILLISECONDS.lt(300_000), val("medium"))
            .when(TRACK.BYTES.isNull(), (String) null)
            .otherwise("long");

    assertField(
        size,
        "case when \"track\".\"milliseconds\" < ? then ? when \"track\".\"milliseconds\" < ?"
            + " then ? when \"track\".\"bytes\" is null then ? else ? end",
        60_000,
        "short",
        300_000,
        "medium",
        null,
        "long");
    assertThat(size.getName()).isEqualTo("case");
    assertThat(size.getType()).isEqualTo(String.class);
  }

  @Test
  void rendersCaseWhenWithoutElseAndWithFieldBranches() {
    assertField(
        when(TRACK.GENRE_ID.eq(1), TRACK.NAME).otherwise(TRACK.COMPOSER),
        "case when \"track\".\"genre_id\" = ? then \"track\".\"name\" else"
            + " \"track\".\"composer\" end",
        1);
    assertField(
        when(TRACK.GENRE_ID.eq(1), TRACK.NAME),
        "case when \"track\".\"genre_id\" = ? then \"track\".\"name\" end",
        1);
    assertField(
        when(TRACK.GENRE_ID.eq(1), 5).otherwise((Integer) null),
        "case when \"track\".\"genre_id\" = ? then ? else ? end",
        1,
        5,
        null);
  }

  @Test
  void rendersCoalesceWithAValueOrFields() {
    assertField(
        coalesce(TRACK.COMPOSER, "unknown"), "coalesce(\"track\".\"composer\", ?)", "unknown");
    assertField(
        coalesce(TRACK.COMPOSER, TRACK.NAME, val("x")),
        "coalesce(\"track\".\"composer\", \"track\".\"name\", ?)",
        "x");
    assertThat(coalesce(TRACK.BYTES, 0).getDataType()).isEqualTo(TRACK.BYTES.getDataType());
  }

  @Test
  void rendersStringFunctions() {
    assertField(lower(TRACK.NAME), "lower(\"track\".\"name\")");
    assertField(upper(TRACK.NAME), "upper(\"track\".\"name\")");
    assertField(length(TRACK.NAME), "length(\"track\".\"name\")");
    assertField(
        concat(TRACK.NAME, val(" by "), TRACK.COMPOSER),
        "(\"track\".\"name\" || ? || \"track\".\"composer\")",
        " by ");
    assertThat(concat(TRACK.NAME).getName()).isEqualTo("concat");
    assertThat(lower(TRACK.NAME).getName()).isEqualTo("lower");
  }

  @Test
  void rendersNumericFunctions() {
    assertField(abs(TRACK.BYTES), "abs(\"track\".\"bytes\")");
    assertField(
        round(TRACK.UNIT_PRICE, 1), "round(cast(\"track\".\"unit_price\" as numeric), ?)", 1);
  }

  @Test
  void rendersArithmeticWithValuesAndFields() {
    assertField(TRACK.BYTES.plus(1), "(\"track\".\"bytes\" + ?)", 1);
    assertField(TRACK.BYTES.minus(2L), "(\"track\".\"bytes\" - ?)", 2L);
    assertField(
        INVOICE_LINE.UNIT_PRICE.times(INVOICE_LINE.QUANTITY),
        "(\"invoice_line\".\"unit_price\" * \"invoice_line\".\"quantity\")");
    assertField(TRACK.MILLISECONDS.div(1000), "(\"track\".\"milliseconds\" / ?)", 1000);
    assertField(TRACK.MILLISECONDS.mod(60), "(\"track\".\"milliseconds\" % ?)", 60);
    assertField(TRACK.BYTES.neg(), "-(\"track\".\"bytes\")");
    assertField(
        TRACK
            .BYTES
            .plus(TRACK.MILLISECONDS)
            .minus(TRACK.GENRE_ID)
            .div(TRACK.ALBUM_ID)
            .mod(TRACK.TRACK_ID),
        "((((\"track\".\"bytes\" + \"track\".\"milliseconds\") - \"track\".\"genre_id\") /"
            + " \"track\".\"album_id\") % \"track\".\"track_id\")");
    assertField(
        TRACK.UNIT_PRICE.times(new BigDecimal("1.5")),
        "(\"track\".\"unit_price\" * ?)",
        new BigDecimal("1.5"));
    assertThat(TRACK.BYTES.plus(1).getName()).isEqualTo("bytes");
    assertThat(TRACK.BYTES.neg().getType()).isEqualTo(Integer.class);
  }

  @Test
  void rendersCastWithTheDialectsTypeNames() {
    Field<String> text = TRACK.BYTES.cast(SQLDataType.VARCHAR);
    assertThat(field(text, PG).sql()).isEqualTo("cast(\"track\".\"bytes\" as varchar)");
    assertThat(field(text, SQLITE).sql()).isEqualTo("cast(`track`.`bytes` as text)");

    Field<Double> real = TRACK.BYTES.cast(SQLDataType.DOUBLE);
    assertThat(field(real, PG).sql()).isEqualTo("cast(\"track\".\"bytes\" as double precision)");
    assertThat(field(real, SQLITE).sql()).isEqualTo("cast(`track`.`bytes` as real)");

    assertThat(field(TRACK.NAME.cast(SQLDataType.BOOLEAN), SQLITE).sql())
        .isEqualTo("cast(`track`.`name` as integer)");
    assertThat(field(TRACK.NAME.cast(SQLDataType.NUMERIC), SQLITE).sql())
        .isEqualTo("cast(`track`.`name` as numeric)");
    assertThat(field(TRACK.NAME.cast(SQLDataType.BLOB), PG).sql())
        .isEqualTo("cast(\"track\".\"name\" as bytea)");
    assertThat(field(TRACK.NAME.cast(SQLDataType.BLOB), SQLITE).sql())
        .isEqualTo("cast(`track`.`name` as blob)");
    assertThat(field(TRACK.NAME.cast(SQLDataType.TIMESTAMP), SQLITE).sql())
        .isEqualTo("cast(`track`.`name` as text)");
    assertThat(text.getName()).isEqualTo("bytes");
    assertThat(text.getType()).isEqualTo(String.class);
  }

  @Test
  void bindsValuesWithTypesInferredFromTheirJavaClass() {
    assertThat(bindType(val("s"))).isEqualTo(SQLDataType.VARCHAR);
    assertThat(bindType(val(1))).isEqualTo(SQLDataType.INTEGER);
    assertThat(bindType(val(1L))).isEqualTo(SQLDataType.BIGINT);
    assertThat(bindType(val((short) 1))).isEqualTo(SQLDataType.SMALLINT);
    assertThat(bindType(val(BigDecimal.ONE))).isEqualTo(SQLDataType.NUMERIC);
    assertThat(bindType(val(1.0d))).isEqualTo(SQLDataType.DOUBLE);
    assertThat(bindType(val(1.0f))).isEqualTo(SQLDataType.REAL);
    assertThat(bindType(val(true))).isEqualTo(SQLDataType.BOOLEAN);
    assertThat(bindType(val(LocalDate.EPOCH))).isEqualTo(SQLDataType.DATE);
    assertThat(bindType(val(LocalDateTime.MIN))).isEqualTo(SQLDataType.TIMESTAMP);
    assertThat(bindType(val(LocalTime.NOON))).isEqualTo(SQLDataType.TIME);
    assertThat(bindType(val(OffsetDateTime.of(LocalDateTime.MIN, ZoneOffset.UTC))))
        .isEqualTo(SQLDataType.TIMESTAMPWITHTIMEZONE);
    assertThat(bindType(val(UUID.randomUUID()))).isEqualTo(SQLDataType.UUID);
    assertThat(bindType(val(Json.of("{}")))).isEqualTo(SQLDataType.JSON);
    assertThat(bindType(val(Jsonb.of("[]")))).isEqualTo(SQLDataType.JSONB);
    assertThat(bindType(val(new byte[] {1}))).isEqualTo(SQLDataType.BLOB);
    assertThat(bindType(val(new StringBuilder("x"))).getTypeName()).isEqualTo("StringBuilder");
  }

  @Test
  void bindsValuesWithAnExplicitType() {
    assertField(val(null, SQLDataType.INTEGER), "?", (Object) null);
    assertThat(bindType(val(null, SQLDataType.TEXT))).isEqualTo(SQLDataType.TEXT);
    assertThat(bindType(val("x", TRACK.NAME))).isEqualTo(TRACK.NAME.getDataType());
    assertThat(val("x").getName()).isEqualTo("value");
  }

  private static DataType<?> bindType(Field<?> value) {
    RenderedQuery rendered = field(value, PG);
    assertThat(rendered.bindCount()).isEqualTo(1);
    return rendered.bindType(0);
  }
}
