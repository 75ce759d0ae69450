package dev.rex.dsl;

import dev.rex.dsl.spi.SqlNames;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The SQL type of a field together with the column metadata the schema declared: nullability,
 * length, precision and scale, default and identity.
 *
 * <p>Instances are immutable; the {@code with}-style methods return copies. Equality is by Java
 * type, SQL type and type name only, because metadata never changes the SQL that Rex renders.
 *
 * @param <T> the Java type of values of this type
 */
public final class DataType<T> {

  private final Class<T> type;
  private final SqlType sqlType;
  private final String typeName;
  private final boolean nullable;
  private final int length;
  private final int precision;
  private final int scale;
  private final @Nullable String defaultSql;
  private final boolean identity;
  private final @Nullable DataType<?> elementType;
  private final List<T> enumValues;
  private final @Nullable RecordType<?> rowType;
  private final int hash;

  private DataType(
      Class<T> type,
      SqlType sqlType,
      String typeName,
      boolean nullable,
      int length,
      int precision,
      int scale,
      @Nullable String defaultSql,
      boolean identity,
      @Nullable DataType<?> elementType,
      List<T> enumValues,
      @Nullable RecordType<?> rowType) {
    this.type = type;
    this.sqlType = sqlType;
    this.typeName = typeName;
    this.nullable = nullable;
    this.length = length;
    this.precision = precision;
    this.scale = scale;
    this.defaultSql = defaultSql;
    this.identity = identity;
    this.elementType = elementType;
    this.enumValues = enumValues;
    this.rowType = rowType;
    // Cached: the rendered-SQL cache hashes every bind value's type on every lookup.
    this.hash = Objects.hash(type, sqlType, typeName);
  }

  /**
   * A type for values of {@code type}, stored as the database's {@code typeName}.
   *
   * @throws dev.rex.dsl.exception.InvalidNameException if {@code typeName} does not follow the
   *     grammar of {@link SqlNames#checkTypeName}
   */
  public static <T> DataType<T> of(Class<T> type, SqlType sqlType, String typeName) {
    return new DataType<>(
        type,
        sqlType,
        SqlNames.checkTypeName(typeName),
        true,
        0,
        0,
        0,
        null,
        false,
        null,
        List.of(),
        null);
  }

  /**
   * A database enum type backed by a Java enum. The values are passed in (generated code passes
   * {@code MyEnum.values()}) so that no reflection happens at run time.
   *
   * @throws dev.rex.dsl.exception.InvalidNameException if {@code typeName} does not follow the
   *     grammar of {@link SqlNames#checkTypeName}
   */
  @SafeVarargs
  @SuppressWarnings("varargs") // the array is only read, never stored or handed out
  public static <E extends Enum<E> & EnumType> DataType<E> ofEnum(
      Class<E> type, String typeName, E... values) {
    return new DataType<>(
        type,
        SqlType.ENUM,
        SqlNames.checkTypeName(typeName),
        true,
        0,
        0,
        0,
        null,
        false,
        null,
        List.of(values),
        null);
  }

  /** An array of {@code element}, for example {@code text[]} as {@code String[]}. */
  public static <E> DataType<E[]> arrayOf(DataType<E> element, Class<E[]> arrayType) {
    return new DataType<>(
        arrayType,
        SqlType.ARRAY,
        element.typeName + "[]",
        true,
        0,
        0,
        0,
        null,
        false,
        element,
        List.of(),
        null);
  }

  /** The Java type of values. */
  public Class<T> getType() {
    return type;
  }

  /** The SQL type family, which decides how values are bound and read. */
  public SqlType getSqlType() {
    return sqlType;
  }

  /**
   * The type of a nested result, {@code multiset(select)}: values are the rows of {@code rowType},
   * read from the JSON the database aggregates them into.
   */
  @SuppressWarnings("unchecked")
  public static <R extends Record> DataType<Result<R>> multisetOf(RecordType<R> rowType) {
    Class<Result<R>> type = (Class<Result<R>>) (Class<?>) Result.class;
    return new DataType<>(
        type, SqlType.MULTISET, "multiset", true, 0, 0, 0, null, false, null, List.of(), rowType);
  }

  /** The rows of a {@link SqlType#MULTISET} type, or {@code null} for other types. */
  public @Nullable RecordType<?> getRowType() {
    return rowType;
  }

  /** The type as the database names it, for example {@code varchar} or {@code mpaa_rating}. */
  public String getTypeName() {
    return typeName;
  }

  /** Whether the column accepts {@code NULL}. */
  public boolean isNullable() {
    return nullable;
  }

  /** The declared maximum length of character types, or 0 when none was declared. */
  public int getLength() {
    return length;
  }

  /** The declared precision of numeric types, or 0 when none was declared. */
  public int getPrecision() {
    return precision;
  }

  /** The declared scale of numeric types, or 0 when none was declared. */
  public int getScale() {
    return scale;
  }

  /** The column default as SQL text, or {@code null} when the column has no default. */
  public @Nullable String getDefaultSql() {
    return defaultSql;
  }

  /** Whether the column has a default (including identity and serial columns). */
  public boolean isDefaulted() {
    return defaultSql != null || identity;
  }

  /** Whether the database generates the value (identity, serial, SQLite rowid alias). */
  public boolean isIdentity() {
    return identity;
  }

  /** The element type of an array type, or {@code null}. */
  public @Nullable DataType<?> getElementType() {
    return elementType;
  }

  /** The constants of an enum type, in declaration order; empty for other types. */
  public List<T> getEnumValues() {
    return enumValues;
  }

  /** A copy that is (or is not) nullable. */
  public DataType<T> nullable(boolean value) {
    return new DataType<>(
        type,
        sqlType,
        typeName,
        value,
        length,
        precision,
        scale,
        defaultSql,
        identity,
        elementType,
        enumValues,
        rowType);
  }

  /** A copy with a maximum length. */
  public DataType<T> length(int value) {
    return new DataType<>(
        type,
        sqlType,
        typeName,
        nullable,
        value,
        precision,
        scale,
        defaultSql,
        identity,
        elementType,
        enumValues,
        rowType);
  }

  /** A copy with a precision and scale. */
  public DataType<T> precision(int newPrecision, int newScale) {
    return new DataType<>(
        type,
        sqlType,
        typeName,
        nullable,
        length,
        newPrecision,
        newScale,
        defaultSql,
        identity,
        elementType,
        enumValues,
        rowType);
  }

  /** A copy with a default, given as SQL text. */
  public DataType<T> defaultValue(@Nullable String sql) {
    return new DataType<>(
        type,
        sqlType,
        typeName,
        nullable,
        length,
        precision,
        scale,
        sql,
        identity,
        elementType,
        enumValues,
        rowType);
  }

  /** A copy that is (or is not) generated by the database. */
  public DataType<T> identity(boolean value) {
    return new DataType<>(
        type,
        sqlType,
        typeName,
        nullable,
        length,
        precision,
        scale,
        defaultSql,
        value,
        elementType,
        enumValues,
        rowType);
  }

  /**
   * A copy stored under another database type name (for domains and dialect spellings).
   *
   * @throws dev.rex.dsl.exception.InvalidNameException if {@code name} does not follow the grammar
   *     of {@link SqlNames#checkTypeName}
   */
  public DataType<T> typeName(String name) {
    return new DataType<>(
        type,
        sqlType,
        SqlNames.checkTypeName(name),
        nullable,
        length,
        precision,
        scale,
        defaultSql,
        identity,
        elementType,
        enumValues,
        rowType);
  }

  /** Finds the enum constant whose literal is {@code literal}, or {@code null}. */
  public @Nullable T enumValue(String literal) {
    for (T value : enumValues) {
      if (((EnumType) value).getLiteral().equals(literal)) {
        return value;
      }
    }
    return null;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return this == other
        || (other instanceof DataType<?> that
            && type == that.type
            && sqlType == that.sqlType
            && typeName.equals(that.typeName));
  }

  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(typeName);
    if (length > 0) {
      text.append('(').append(length).append(')');
    } else if (precision > 0) {
      text.append('(').append(precision).append(',').append(scale).append(')');
    }
    if (!nullable) {
      text.append(" not null");
    }
    return text.toString();
  }
}
