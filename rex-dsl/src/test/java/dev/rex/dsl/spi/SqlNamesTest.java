package dev.rex.dsl.spi;

import static dev.rex.dsl.fixtures.Rendering.PG;
import static dev.rex.dsl.fixtures.Rendering.SQLITE;
import static dev.rex.dsl.fixtures.Tables.TRACK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.dsl.DSL;
import dev.rex.dsl.DataType;
import dev.rex.dsl.Field;
import dev.rex.dsl.SQLDataType;
import dev.rex.dsl.SqlType;
import dev.rex.dsl.exception.InvalidNameException;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlNamesTest {

  static final List<String> VALID_TYPE_NAMES =
      List.of(
          "text",
          "double precision",
          "character varying(255)",
          "character varying (255)",
          "timestamp(3) with time zone",
          "time(6) without time zone",
          "bit varying",
          "numeric(10, 2)",
          "numeric(10,2)",
          "numeric(5, -2)",
          "integer[]",
          "integer[][]",
          "int[3]",
          "text[3][4]",
          "integer array[3]",
          "public.mood",
          "public.mood[]",
          "\"my type\"",
          "\"say \"\"hi\"\"\"",
          "public.\"My Type\"[]",
          "bıgınt",
          "_int4",
          "interval day to second(3)");

  static final List<String> INJECTIONS =
      List.of(
          "text) || (select secret from secret) || cast('' as text",
          "text); delete from t; select cast(null as text",
          "text -- comment",
          "text /* c */",
          "text'",
          "text;",
          "\"unterminated",
          "\"\"",
          "\"a\"b\"",
          "\"a\0b\"",
          "text\0",
          "",
          " text",
          "text ",
          "1text",
          "numeric(10,)",
          "numeric()",
          "numeric(a)",
          "int[-]",
          "int[",
          "public.",
          ".mood",
          "text\ncollate",
          "text\tx",
          "text collate \"C\"",
          "int4 $$",
          "text::int");

  @Test
  void acceptsEveryRealTypeNameShape() {
    for (String name : VALID_TYPE_NAMES) {
      assertThat(SqlNames.isTypeName(name)).as(name).isTrue();
      assertThat(SQLDataType.other(name).getTypeName()).isEqualTo(name);
    }
  }

  @Test
  void refusesTypeNamesThatCouldLeaveTheCastWhereTheTypeIsMade() {
    for (String payload : INJECTIONS) {
      assertThat(SqlNames.isTypeName(payload)).as(payload).isFalse();
      assertThatThrownBy(() -> SQLDataType.other(payload))
          .as(payload)
          .isInstanceOf(InvalidNameException.class)
          .hasMessageContaining("is not a type name Rex can write into SQL");
      assertThatThrownBy(() -> SQLDataType.TEXT.typeName(payload))
          .isInstanceOf(InvalidNameException.class);
      assertThatThrownBy(() -> DataType.of(String.class, SqlType.TEXT, payload))
          .isInstanceOf(InvalidNameException.class);
    }
  }

  @Test
  void rendersValidTypeNamesInACastAsGiven() {
    Field<Object> cast = TRACK.NAME.cast(SQLDataType.other("public.\"my type\"[]"));
    assertThat(DSL.select(cast).render(PG).sql())
        .isEqualTo("select cast(\"track\".\"name\" as public.\"my type\"[])");
  }

  @Test
  void refusesAnUncheckedTypeNameFromADialectAtRenderTime() {
    Dialect pasting =
        new Dialect() {
          @Override
          public String name() {
            return "pasting";
          }

          @Override
          public boolean acceptsUrl(String jdbcUrl) {
            return false;
          }

          @Override
          public <T> Binding<T> binding(DataType<T> type) {
            return SQLITE.binding(type);
          }

          @Override
          public String castTypeName(DataType<?> type) {
            return "text); delete from t; select cast(null as text";
          }
        };
    assertThatThrownBy(() -> DSL.select(TRACK.NAME.cast(SQLDataType.TEXT)).render(pasting))
        .isInstanceOf(InvalidNameException.class);
  }

  @Test
  void quotesCatalogNamesThatAreNoPlainWord() {
    assertThat(SqlNames.typeNamePart("mood")).isEqualTo("mood");
    assertThat(SqlNames.typeNamePart("bıgınt")).isEqualTo("bıgınt");
    assertThat(SqlNames.typeNamePart("My Type")).isEqualTo("\"My Type\"");
    assertThat(SqlNames.typeNamePart("a\"b")).isEqualTo("\"a\"\"b\"");
    assertThat(SqlNames.typeNamePart("1x")).isEqualTo("\"1x\"");
    assertThatThrownBy(() -> SqlNames.typeNamePart("a\0")).isInstanceOf(InvalidNameException.class);
  }

  @Test
  void refusesANulCharacterInEveryIdentifierWhereItIsMade() {
    String nul = "a\0b";
    List<Runnable> entries =
        List.of(
            () -> DSL.name(nul),
            () -> DSL.name("public", nul),
            () -> DSL.name("t").fields(nul),
            () -> DSL.table(DSL.name(nul)),
            () -> DSL.field(DSL.name(nul), SQLDataType.TEXT),
            () -> TRACK.NAME.as(nul),
            () -> TRACK.as(nul),
            () -> DSL.table(DSL.name("t")).as(nul),
            () -> DSL.select(TRACK.NAME).from(TRACK).asTable(nul));
    for (Runnable entry : entries) {
      assertThatThrownBy(entry::run)
          .isInstanceOf(InvalidNameException.class)
          .hasMessageContaining("NUL character");
    }
  }
}
