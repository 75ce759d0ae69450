package dev.rex.dsl.impl;

import dev.rex.dsl.DataType;
import dev.rex.dsl.Field;
import dev.rex.dsl.Json;
import dev.rex.dsl.Jsonb;
import dev.rex.dsl.Record;
import dev.rex.dsl.RecordType;
import dev.rex.dsl.Result;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Reads a nested result back from the JSON the database built for it: an array of rows, each an
 * array of column values in select-list order (positional, so duplicate or odd column names do not
 * matter). Each value is converted by its column's {@link DataType}, the way a binding would read
 * it from a result set; JSON spells some types differently per database (PostgreSQL writes {@code
 * 2021-01-01T00:00:00}, SQLite keeps {@code 2021-01-01 00:00:00}; booleans are {@code true} or
 * {@code 1}), and both are accepted.
 */
final class NestedResults {

  private NestedResults() {}

  /** The records a nested result's JSON holds. */
  static <R extends Record> Result<R> decode(String json, RecordType<R> type) {
    Object parsed = JsonReader.read(json);
    if (!(parsed instanceof List<?> rows)) {
      throw new IllegalArgumentException("A nested result must be a JSON array, not: " + json);
    }
    return rows(rows, type);
  }

  private static <R extends Record> Result<R> rows(List<?> rows, RecordType<R> type) {
    List<Field<?>> fields = type.fields();
    List<R> records = new ArrayList<>(rows.size());
    for (Object row : rows) {
      if (!(row instanceof List<?> columns) || columns.size() != fields.size()) {
        throw new IllegalArgumentException(
            "A nested row must be an array of " + fields.size() + " values, not: " + row);
      }
      @Nullable Object[] values = new Object[columns.size()];
      for (int i = 0; i < values.length; i++) {
        values[i] = convert(columns.get(i), fields.get(i).getDataType());
      }
      records.add(type.newRecord(values, null));
    }
    return new ResultImpl<>(records);
  }

  @SuppressWarnings("unchecked")
  static @Nullable Object convert(@Nullable Object value, DataType<?> type) {
    if (value == null) {
      return null;
    }
    return switch (type.getSqlType()) {
      case SMALLINT -> number(value).shortValueExact();
      case INTEGER -> number(value).intValueExact();
      case BIGINT -> number(value).longValueExact();
      case DECIMAL -> number(value);
      case REAL -> number(value).floatValue();
      case DOUBLE -> number(value).doubleValue();
      case BOOLEAN ->
          value instanceof Boolean b
              ? b
              : value instanceof BigDecimal n
                  ? n.signum() != 0
                  : text(value).equalsIgnoreCase("true");
      case CHAR, VARCHAR, TEXT -> text(value);
      case DATE -> LocalDate.parse(text(value).substring(0, 10));
      case TIME -> LocalTime.parse(text(value));
      case TIMESTAMP -> LocalDateTime.parse(text(value).replace(' ', 'T'));
      case TIMESTAMP_WITH_TIME_ZONE -> offsetDateTime(text(value));
      case UUID -> UUID.fromString(text(value));
      case JSON -> new Json(value instanceof String s ? s : JsonWriter.write(value));
      case JSONB -> new Jsonb(value instanceof String s ? s : JsonWriter.write(value));
      case ENUM -> enumValue(type, text(value));
      case BINARY -> HexFormat.of().parseHex(text(value).replaceFirst("^\\\\x", ""));
      case ARRAY -> array(value, type);
      case MULTISET -> nested(value, type);
      default -> value;
    };
  }

  private static BigDecimal number(Object value) {
    return value instanceof BigDecimal number ? number : new BigDecimal(value.toString());
  }

  private static String text(Object value) {
    return value instanceof BigDecimal number ? number.toPlainString() : value.toString();
  }

  private static OffsetDateTime offsetDateTime(String text) {
    String iso = text.replace(' ', 'T');
    if (iso.matches(".*[+-]\\d\\d$")) {
      iso = iso + ":00";
    }
    return OffsetDateTime.parse(iso);
  }

  private static Object enumValue(DataType<?> type, String literal) {
    Object value = type.enumValue(literal);
    if (value == null) {
      throw new IllegalArgumentException(
          "'" + literal + "' is not a value of " + type.getTypeName() + ".");
    }
    return value;
  }

  private static Object array(Object value, DataType<?> type) {
    DataType<?> element = type.getElementType();
    List<?> items = (List<?>) value;
    Object[] converted = new Object[items.size()];
    for (int i = 0; i < converted.length; i++) {
      converted[i] = element == null ? items.get(i) : convert(items.get(i), element);
    }
    @SuppressWarnings("unchecked")
    Class<? extends Object[]> arrayType = (Class<? extends Object[]>) type.getType();
    return Arrays.copyOf(converted, converted.length, arrayType);
  }

  private static Object nested(Object value, DataType<?> type) {
    RecordType<?> rowType = type.getRowType();
    if (rowType == null) {
      throw new IllegalStateException("A multiset type without a row type: " + type);
    }
    Object rows = value instanceof String json ? JsonReader.read(json) : value;
    if (!(rows instanceof List<?> list)) {
      throw new IllegalArgumentException("A nested result must be a JSON array, not: " + value);
    }
    return rows(list, rowType);
  }

  /** Writes parsed JSON back as text, for json columns inside a nested result. */
  static final class JsonWriter {

    private JsonWriter() {}

    static String write(@Nullable Object value) {
      StringBuilder out = new StringBuilder();
      append(out, value);
      return out.toString();
    }

    private static void append(StringBuilder out, @Nullable Object value) {
      if (value == null) {
        out.append("null");
      } else if (value instanceof String s) {
        string(out, s);
      } else if (value instanceof BigDecimal n) {
        out.append(n.toString());
      } else if (value instanceof List<?> list) {
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
          out.append(i == 0 ? "" : ",");
          append(out, list.get(i));
        }
        out.append(']');
      } else if (value instanceof Map<?, ?> map) {
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
          out.append(first ? "" : ",");
          first = false;
          string(out, String.valueOf(entry.getKey()));
          out.append(':');
          append(out, entry.getValue());
        }
        out.append('}');
      } else {
        out.append(value);
      }
    }

    private static void string(StringBuilder out, String s) {
      out.append('"');
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        switch (c) {
          case '"' -> out.append("\\\"");
          case '\\' -> out.append("\\\\");
          case '\n' -> out.append("\\n");
          case '\r' -> out.append("\\r");
          case '\t' -> out.append("\\t");
          default -> {
            if (c < 0x20) {
              out.append(String.format("\\u%04x", (int) c));
            } else {
              out.append(c);
            }
          }
        }
      }
      out.append('"');
    }
  }
}
