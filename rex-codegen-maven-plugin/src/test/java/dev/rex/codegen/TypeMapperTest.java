package dev.rex.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rex.codegen.SchemaModel.ColumnType;
import dev.rex.codegen.dialect.PostgresTarget;
import dev.rex.codegen.dialect.SqliteTarget;
import dev.rex.dsl.spi.SqlNames;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TypeMapperTest {

  private final TypeMapper postgres = new TypeMapper(PostgresTarget.INSTANCE, Map.of());
  private final TypeMapper sqlite = new TypeMapper(SqliteTarget.INSTANCE, Map.of());

  @ParameterizedTest
  @CsvSource({
    "smallint, SMALLINT, Short",
    "int2, SMALLINT, Short",
    "integer, INTEGER, Integer",
    "int4, INTEGER, Integer",
    "serial, INTEGER, Integer",
    "bigint, BIGINT, Long",
    "int8, BIGINT, Long",
    "bigserial, BIGINT, Long",
    "numeric, NUMERIC, BigDecimal",
    "decimal, NUMERIC, BigDecimal",
    "real, REAL, Float",
    "float4, REAL, Float",
    "double precision, DOUBLE, Double",
    "float8, DOUBLE, Double",
    "boolean, BOOLEAN, Boolean",
    "character, CHAR, String",
    "bpchar, CHAR, String",
    "character varying, VARCHAR, String",
    "nvarchar, VARCHAR, String",
    "text, TEXT, String",
    "clob, TEXT, String",
    "date, DATE, LocalDate",
    "time without time zone, TIME, LocalTime",
    "timestamp without time zone, TIMESTAMP, LocalDateTime",
    "datetime, TIMESTAMP, LocalDateTime",
    "timestamp with time zone, TIMESTAMPWITHTIMEZONE, OffsetDateTime",
    "timestamptz, TIMESTAMPWITHTIMEZONE, OffsetDateTime",
    "uuid, UUID, UUID",
    "json, JSON, Json",
    "jsonb, JSONB, Jsonb",
    "bytea, BLOB, byte[]",
    "BLOB, BLOB, byte[]",
  })
  void mapsStandardNamesInBothDialects(String name, String constant, String javaType) {
    for (TypeMapper mapper : new TypeMapper[] {postgres, sqlite}) {
      MappedType type = mapper.map(ColumnType.of(name, 0, 0, 0));
      assertThat(type.mapped()).isTrue();
      assertThat(type.expression()).isEqualTo("SQLDataType." + constant);
      assertThat(type.javaType().code()).isEqualTo(javaType);
    }
  }

  @ParameterizedTest
  @CsvSource({
    "UNSIGNED BIG INT, BIGINT",
    "MEDIUMINT, INTEGER",
    "INT2, SMALLINT",
    "VARYING CHARACTER, VARCHAR",
    "NATIVE CHARACTER, CHAR",
    "LONGTEXT, TEXT",
    "BINARY BLOB, BLOB",
    "FLOATING POINT, INTEGER",
    "REAL NUMBER, DOUBLE",
    "MONEY, NUMERIC",
  })
  void fallsBackToSqliteTypeAffinity(String declared, String constant) {
    assertThat(sqlite.map(ColumnType.of(declared, 0, 0, 0)).expression())
        .isEqualTo("SQLDataType." + constant);
  }

  @Test
  void unknownPostgresTypesAreOtherWithJavaObject() {
    MappedType type = postgres.map(ColumnType.of("tsvector", 0, 0, 0));

    assertThat(type.mapped()).isFalse();
    assertThat(type.expression()).isEqualTo("SQLDataType.other(\"tsvector\")");
    assertThat(type.javaType().code()).isEqualTo("Object");
    assertThat(type.javaType().needsCast()).isFalse();
    assertThat(postgres.map(ColumnType.of("MONEY", 0, 0, 0)).mapped()).isFalse();
  }

  @Test
  void arraysWrapTheirElementTypeAndEnumsUseTheGeneratedClass() {
    TypeMapper mapper =
        new TypeMapper(
            PostgresTarget.INSTANCE,
            Map.of(
                "public.mpaa_rating",
                TypeRef.of("app.enums", "MpaaRating"),
                "audit.mood",
                TypeRef.of("app.enums", "Mood")));

    MappedType texts = mapper.map(new ColumnType("text", 0, 0, 0, 1, null));
    assertThat(texts.expression()).isEqualTo("DataType.arrayOf(SQLDataType.TEXT, String[].class)");
    assertThat(texts.javaType().nullableCode()).isEqualTo("String @Nullable []");

    MappedType matrix = mapper.map(new ColumnType("int4", 0, 0, 0, 2, null));
    assertThat(matrix.javaType().code()).isEqualTo("Integer[][]");

    MappedType rating = mapper.map(new ColumnType("mpaa_rating", 0, 0, 0, 0, "public"));
    assertThat(rating.expression())
        .isEqualTo("DataType.ofEnum(MpaaRating.class, \"mpaa_rating\", MpaaRating.values())");
    assertThat(rating.imports()).contains("app.enums.MpaaRating", "dev.rex.dsl.DataType");

    MappedType mood = mapper.map(new ColumnType("mood", 0, 0, 0, 0, "audit"));
    assertThat(mood.expression()).contains("\"audit.mood\"");

    MappedType unknownArray = mapper.map(new ColumnType("tsvector", 0, 0, 0, 1, null));
    assertThat(unknownArray.mapped()).isFalse();
    assertThat(unknownArray.expression()).isEqualTo("SQLDataType.other(\"tsvector[]\")");
  }

  @Test
  void catalogNamesThatAreNoTypeNameAreQuotedSoThatTheGeneratedTypeLoads() {
    TypeMapper mapper =
        new TypeMapper(
            PostgresTarget.INSTANCE,
            Map.of("Odd Schema.My Mood", TypeRef.of("app.enums", "MyMood")));

    MappedType odd = mapper.map(new ColumnType("my \"odd\" type", 0, 0, 0, 1, null));
    assertThat(odd.expression())
        .isEqualTo("SQLDataType.other(\"\\\"my \\\"\\\"odd\\\"\\\" type\\\"[]\")");
    assertThat(SqlNames.isTypeName("\"my \"\"odd\"\" type\"[]")).isTrue();

    MappedType mood = mapper.map(new ColumnType("My Mood", 0, 0, 0, 0, "Odd Schema"));
    assertThat(mood.expression()).contains("\"\\\"Odd Schema\\\".\\\"My Mood\\\"\"");

    MappedType untyped =
        new TypeMapper(SqliteTarget.INSTANCE, Map.of()).map(ColumnType.of("", 0, 0, 0));
    assertThat(untyped.expression()).isEqualTo("SQLDataType.other(\"any\")");
  }

  @Test
  void onlyCharacterTypesTakeALengthAndOnlyNumericsAPrecision() {
    assertThat(postgres.map(ColumnType.of("varchar", 10, 0, 0)).hasLength()).isTrue();
    assertThat(postgres.map(ColumnType.of("text", 0, 0, 0)).hasLength()).isFalse();
    assertThat(postgres.map(ColumnType.of("numeric", 0, 10, 2)).hasPrecision()).isTrue();
    assertThat(postgres.map(ColumnType.of("timestamp", 0, 6, 0)).hasPrecision()).isFalse();
  }
}
