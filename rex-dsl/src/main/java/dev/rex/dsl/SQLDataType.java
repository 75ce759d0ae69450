package dev.rex.dsl;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The standard data types, one constant per SQL type. Generated code refines them with column
 * metadata, for example {@code SQLDataType.VARCHAR.length(160).nullable(false)}.
 */
public final class SQLDataType {

  public static final DataType<Short> SMALLINT =
      DataType.of(Short.class, SqlType.SMALLINT, "smallint");
  public static final DataType<Integer> INTEGER =
      DataType.of(Integer.class, SqlType.INTEGER, "integer");
  public static final DataType<Long> BIGINT = DataType.of(Long.class, SqlType.BIGINT, "bigint");
  public static final DataType<BigDecimal> NUMERIC =
      DataType.of(BigDecimal.class, SqlType.DECIMAL, "numeric");
  public static final DataType<Float> REAL = DataType.of(Float.class, SqlType.REAL, "real");
  public static final DataType<Double> DOUBLE =
      DataType.of(Double.class, SqlType.DOUBLE, "double precision");
  public static final DataType<Boolean> BOOLEAN =
      DataType.of(Boolean.class, SqlType.BOOLEAN, "boolean");
  public static final DataType<String> CHAR = DataType.of(String.class, SqlType.CHAR, "char");
  public static final DataType<String> VARCHAR =
      DataType.of(String.class, SqlType.VARCHAR, "varchar");
  public static final DataType<String> TEXT = DataType.of(String.class, SqlType.TEXT, "text");
  public static final DataType<LocalDate> DATE = DataType.of(LocalDate.class, SqlType.DATE, "date");
  public static final DataType<LocalTime> TIME = DataType.of(LocalTime.class, SqlType.TIME, "time");
  public static final DataType<LocalDateTime> TIMESTAMP =
      DataType.of(LocalDateTime.class, SqlType.TIMESTAMP, "timestamp");
  public static final DataType<OffsetDateTime> TIMESTAMPWITHTIMEZONE =
      DataType.of(OffsetDateTime.class, SqlType.TIMESTAMP_WITH_TIME_ZONE, "timestamptz");
  public static final DataType<UUID> UUID = DataType.of(UUID.class, SqlType.UUID, "uuid");
  public static final DataType<Json> JSON = DataType.of(Json.class, SqlType.JSON, "json");
  public static final DataType<Jsonb> JSONB = DataType.of(Jsonb.class, SqlType.JSONB, "jsonb");
  public static final DataType<byte[]> BLOB = DataType.of(byte[].class, SqlType.BINARY, "bytea");

  /**
   * A type Rex has no mapping for. Values are read with {@code ResultSet.getObject} and bound with
   * {@code setObject}; the code generator warns when it falls back to this.
   *
   * @throws dev.rex.dsl.exception.InvalidNameException if {@code typeName} does not follow the
   *     grammar of {@link dev.rex.dsl.spi.SqlNames#checkTypeName}
   */
  public static DataType<Object> other(String typeName) {
    return DataType.of(Object.class, SqlType.OTHER, typeName);
  }

  private SQLDataType() {}
}
