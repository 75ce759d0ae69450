package dev.rex.dsl.impl;

import dev.rex.dsl.Field;
import dev.rex.dsl.Record;
import dev.rex.dsl.Result;
import java.math.BigDecimal;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Writes a result as CSV (RFC 4180) or as JSON in jOOQ's default layout, {@code {"fields":
 * [{"name": …, "type": …}, …], "records": [[…], …]}}. A result keeps no fields once it has no rows,
 * so an empty result is {@code ""} as CSV (not even a header) and has no fields as JSON.
 */
final class ResultExport {

  private ResultExport() {}

  static String csv(Result<?> result, boolean header, char delimiter, String nullText) {
    if (delimiter == '"' || delimiter == '\n' || delimiter == '\r') {
      throw new IllegalArgumentException(
          "A CSV delimiter cannot be a quote or a line break: " + delimiter);
    }
    StringBuilder out = new StringBuilder();
    if (result.isEmpty()) {
      return "";
    }
    List<Field<?>> fields = result.get(0).fields();
    if (header) {
      for (int c = 0; c < fields.size(); c++) {
        cell(out, c, delimiter, fields.get(c).getName());
      }
      out.append('\n');
    }
    for (Record record : result) {
      for (int c = 0; c < fields.size(); c++) {
        Object value = record.get(c);
        if (value == null) {
          out.append(c == 0 ? "" : String.valueOf(delimiter)).append(nullText);
        } else {
          cell(out, c, delimiter, text(value));
        }
      }
      out.append('\n');
    }
    return out.toString();
  }

  /** One cell, quoted when it holds the delimiter, a quote or a line break, or is empty. */
  private static void cell(StringBuilder out, int column, char delimiter, String text) {
    if (column > 0) {
      out.append(delimiter);
    }
    boolean quote =
        text.isEmpty()
            || text.indexOf(delimiter) >= 0
            || text.indexOf('"') >= 0
            || text.indexOf('\n') >= 0
            || text.indexOf('\r') >= 0;
    if (quote) {
      out.append('"').append(text.replace("\"", "\"\"")).append('"');
    } else {
      out.append(text);
    }
  }

  private static String text(Object value) {
    if (value instanceof byte[] bytes) {
      return Base64.getEncoder().encodeToString(bytes);
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    return value.toString();
  }

  static String json(Result<?> result) {
    StringBuilder out = new StringBuilder("{\"fields\":[");
    List<Field<?>> fields = result.isEmpty() ? List.of() : result.get(0).fields();
    for (int c = 0; c < fields.size(); c++) {
      out.append(c == 0 ? "{\"name\":" : ",{\"name\":");
      string(out, fields.get(c).getName());
      out.append(",\"type\":");
      string(out, fields.get(c).getDataType().getTypeName());
      out.append('}');
    }
    out.append("],\"records\":[");
    for (int r = 0; r < result.size(); r++) {
      out.append(r == 0 ? "[" : ",[");
      Record record = result.get(r);
      for (int c = 0; c < fields.size(); c++) {
        if (c > 0) {
          out.append(',');
        }
        value(out, record.get(c));
      }
      out.append(']');
    }
    return out.append("]}").toString();
  }

  private static void value(StringBuilder out, @Nullable Object value) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof Boolean
        || value instanceof Integer
        || value instanceof Long
        || value instanceof Short
        || value instanceof Byte) {
      out.append(value);
    } else if (value instanceof BigDecimal decimal) {
      out.append(decimal.toPlainString());
    } else if (value instanceof Double || value instanceof Float) {
      double number = ((Number) value).doubleValue();
      if (Double.isFinite(number)) {
        out.append(value);
      } else {
        string(out, value.toString());
      }
    } else {
      string(out, text(value));
    }
  }

  /** A JSON string: quotes, backslashes and control characters escaped. */
  private static void string(StringBuilder out, String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
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
