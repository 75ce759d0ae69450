package dev.rex.codegen;

import dev.rex.codegen.SchemaModel.ColumnType;
import dev.rex.dsl.DataType;
import dev.rex.dsl.SQLDataType;
import dev.rex.dsl.SqlType;
import dev.rex.dsl.spi.SqlNames;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Maps column types to Rex data types; {@code docs/type-mapping.md} has the table.
 *
 * <p>The type name is normalised (lower case, single spaces) and looked up among the names the
 * databases use. A name not among them is given to the dialect ({@link
 * TargetDialect#standardTypeName}), which may name a known type for it (SQLite's affinity rules
 * do). Enums resolve to generated Java enums; arrays wrap their element's type. What stays unknown
 * maps to {@code SQLDataType.other(name)} with Java type {@code Object}, and the caller warns.
 */
final class TypeMapper {

  /** The standard data types: a {@code SQLDataType} constant and its Java type. */
  enum Base {
    SMALLINT("java.lang.Short", SQLDataType.SMALLINT),
    INTEGER("java.lang.Integer", SQLDataType.INTEGER),
    BIGINT("java.lang.Long", SQLDataType.BIGINT),
    NUMERIC("java.math.BigDecimal", SQLDataType.NUMERIC),
    REAL("java.lang.Float", SQLDataType.REAL),
    DOUBLE("java.lang.Double", SQLDataType.DOUBLE),
    BOOLEAN("java.lang.Boolean", SQLDataType.BOOLEAN),
    CHAR("java.lang.String", SQLDataType.CHAR),
    VARCHAR("java.lang.String", SQLDataType.VARCHAR),
    TEXT("java.lang.String", SQLDataType.TEXT),
    DATE("java.time.LocalDate", SQLDataType.DATE),
    TIME("java.time.LocalTime", SQLDataType.TIME),
    TIMESTAMP("java.time.LocalDateTime", SQLDataType.TIMESTAMP),
    TIMESTAMPWITHTIMEZONE("java.time.OffsetDateTime", SQLDataType.TIMESTAMPWITHTIMEZONE),
    UUID("java.util.UUID", SQLDataType.UUID),
    JSON("dev.rex.dsl.Json", SQLDataType.JSON),
    JSONB("dev.rex.dsl.Jsonb", SQLDataType.JSONB),
    BLOB("byte[]", SQLDataType.BLOB);

    @SuppressWarnings("ImmutableEnumChecker") // a record of two strings and an int
    private final TypeRef javaType;

    private final SqlType sqlType;

    /** {@code constant} is the {@code SQLDataType} constant of the same name, for its SQL type. */
    Base(String javaType, DataType<?> constant) {
      this.javaType = javaType.equals("byte[]") ? new TypeRef("", "byte", 1) : TypeRef.of(javaType);
      this.sqlType = constant.getSqlType();
    }
  }

  private static final Map<String, Base> NAMES =
      Map.ofEntries(
          Map.entry("smallint", Base.SMALLINT),
          Map.entry("int2", Base.SMALLINT),
          Map.entry("smallserial", Base.SMALLINT),
          Map.entry("serial2", Base.SMALLINT),
          Map.entry("tinyint", Base.SMALLINT),
          Map.entry("integer", Base.INTEGER),
          Map.entry("int", Base.INTEGER),
          Map.entry("int4", Base.INTEGER),
          Map.entry("serial", Base.INTEGER),
          Map.entry("serial4", Base.INTEGER),
          Map.entry("mediumint", Base.INTEGER),
          Map.entry("bigint", Base.BIGINT),
          Map.entry("int8", Base.BIGINT),
          Map.entry("bigserial", Base.BIGINT),
          Map.entry("serial8", Base.BIGINT),
          Map.entry("numeric", Base.NUMERIC),
          Map.entry("decimal", Base.NUMERIC),
          Map.entry("real", Base.REAL),
          Map.entry("float4", Base.REAL),
          Map.entry("double precision", Base.DOUBLE),
          Map.entry("double", Base.DOUBLE),
          Map.entry("float8", Base.DOUBLE),
          Map.entry("float", Base.DOUBLE),
          Map.entry("boolean", Base.BOOLEAN),
          Map.entry("bool", Base.BOOLEAN),
          Map.entry("character", Base.CHAR),
          Map.entry("char", Base.CHAR),
          Map.entry("bpchar", Base.CHAR),
          Map.entry("nchar", Base.CHAR),
          Map.entry("native character", Base.CHAR),
          Map.entry("character varying", Base.VARCHAR),
          Map.entry("varchar", Base.VARCHAR),
          Map.entry("nvarchar", Base.VARCHAR),
          Map.entry("varying character", Base.VARCHAR),
          Map.entry("text", Base.TEXT),
          Map.entry("clob", Base.TEXT),
          Map.entry("date", Base.DATE),
          Map.entry("time", Base.TIME),
          Map.entry("time without time zone", Base.TIME),
          Map.entry("timestamp", Base.TIMESTAMP),
          Map.entry("timestamp without time zone", Base.TIMESTAMP),
          Map.entry("datetime", Base.TIMESTAMP),
          Map.entry("timestamptz", Base.TIMESTAMPWITHTIMEZONE),
          Map.entry("timestamp with time zone", Base.TIMESTAMPWITHTIMEZONE),
          Map.entry("uuid", Base.UUID),
          Map.entry("json", Base.JSON),
          Map.entry("jsonb", Base.JSONB),
          Map.entry("bytea", Base.BLOB),
          Map.entry("blob", Base.BLOB));

  private static final String DATA_TYPE = DataType.class.getName();
  private static final String SQL_DATA_TYPE = SQLDataType.class.getName();

  private final TargetDialect dialect;
  private final Map<String, TypeRef> enumClasses;

  /**
   * A mapper for {@code dialect}.
   *
   * @param enumClasses the generated enum classes by {@code schema + "." + enum name}
   */
  TypeMapper(TargetDialect dialect, Map<String, TypeRef> enumClasses) {
    this.dialect = dialect;
    this.enumClasses = Map.copyOf(enumClasses);
  }

  /** The Rex type of {@code type}; {@link MappedType#mapped()} is false for the fallback. */
  MappedType map(ColumnType type) {
    MappedType element = mapScalar(type);
    if (element == null) {
      return other(typeName(type.name()) + "[]".repeat(type.arrayDimensions()));
    }
    MappedType result = element;
    for (int i = 0; i < type.arrayDimensions(); i++) {
      result = arrayOf(result);
    }
    return result;
  }

  private @Nullable MappedType mapScalar(ColumnType type) {
    String enumSchema = type.enumSchema();
    if (enumSchema != null) {
      TypeRef enumClass = enumClasses.get(enumSchema + "." + type.name());
      return enumClass == null ? null : enumType(enumClass, enumSchema, type);
    }
    String name = normalise(type.name());
    Base base = NAMES.get(name);
    if (base == null) {
      String standard = dialect.standardTypeName(name);
      base = standard == null ? null : NAMES.get(standard);
    }
    return base == null ? null : standard(base);
  }

  private static String normalise(String name) {
    return name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private static MappedType standard(Base base) {
    Set<String> imports = new HashSet<>();
    imports.add(SQL_DATA_TYPE);
    addImport(imports, base.javaType);
    return new MappedType(
        base.javaType,
        "SQLDataType." + base.name(),
        imports,
        true,
        base == Base.CHAR || base == Base.VARCHAR,
        base == Base.NUMERIC,
        base.sqlType,
        null,
        null);
  }

  private MappedType enumType(TypeRef enumClass, String enumSchema, ColumnType type) {
    String name = SqlNames.typeNamePart(type.name());
    String typeName =
        enumSchema.equals(dialect.defaultSchema())
            ? name
            : SqlNames.typeNamePart(enumSchema) + "." + name;
    String simple = enumClass.simpleName();
    String expression =
        "DataType.ofEnum("
            + simple
            + ".class, "
            + JavaText.stringLiteral(typeName)
            + ", "
            + simple
            + ".values())";
    return new MappedType(
        enumClass,
        expression,
        Set.of(DATA_TYPE, enumClass.importName()),
        true,
        false,
        false,
        SqlType.ENUM,
        null,
        typeName);
  }

  private static MappedType arrayOf(MappedType element) {
    TypeRef arrayType = element.javaType().arrayOf();
    Set<String> imports = new HashSet<>(element.imports());
    imports.add(DATA_TYPE);
    String expression =
        "DataType.arrayOf(" + element.expression() + ", " + arrayType.code() + ".class)";
    return new MappedType(
        arrayType, expression, imports, true, false, false, SqlType.ARRAY, element, null);
  }

  /**
   * {@code name} as a type name Rex accepts ({@link SqlNames#checkTypeName}): as read when it
   * already is one ({@code character varying}, {@code tsvector}), {@code any} for a SQLite column
   * declared without a type, and otherwise double-quoted, as the catalog's exact name.
   */
  private static String typeName(String name) {
    if (name.isEmpty()) {
      return "any";
    }
    return SqlNames.isTypeName(name) ? name : SqlNames.typeNamePart(name);
  }

  private static MappedType other(String typeName) {
    return new MappedType(
        TypeRef.of("java.lang.Object"),
        "SQLDataType.other(" + JavaText.stringLiteral(typeName) + ")",
        Set.of(SQL_DATA_TYPE),
        false,
        false,
        false,
        SqlType.OTHER,
        null,
        null);
  }

  private static void addImport(Set<String> imports, TypeRef type) {
    if (!type.importName().isEmpty()) {
      imports.add(type.importName());
    }
  }
}
