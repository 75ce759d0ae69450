package dev.rex.dsl.impl;

import dev.rex.dsl.Field;
import dev.rex.dsl.QueryPart;
import dev.rex.dsl.spi.RenderContext;
import java.util.ArrayList;
import java.util.List;

/**
 * SQL text written by the application, with {@code ?} placeholders bound to values, so raw SQL is
 * still parameterised. The text is split at its placeholders once; rendering interleaves the pieces
 * with the binds. A {@code ?} inside a string literal, a quoted identifier or a comment is text,
 * not a placeholder, and {@code ??} is left as is for drivers (such as pgjdbc) that read it as an
 * escaped question mark.
 */
record PlainSql(List<String> pieces, List<Field<?>> binds) implements QueryPart {

  PlainSql {
    pieces = List.copyOf(pieces);
    binds = List.copyOf(binds);
  }

  static PlainSql of(String sql, Object[] values) {
    List<String> pieces = split(sql);
    if (pieces.size() - 1 != values.length) {
      throw new IllegalArgumentException(
          "The SQL has "
              + (pieces.size() - 1)
              + " placeholders but "
              + values.length
              + " bind values were given: "
              + sql);
    }
    List<Field<?>> binds = new ArrayList<>(values.length);
    for (Object value : values) {
      binds.add(
          value == null ? new Val<>(null, dev.rex.dsl.SQLDataType.other("null")) : bind(value));
    }
    return new PlainSql(pieces, binds);
  }

  private static Field<?> bind(Object value) {
    return value instanceof Field<?> field ? field : Val.infer(value);
  }

  /** The text between placeholders: n placeholders give n + 1 pieces. */
  static List<String> split(String sql) {
    List<String> pieces = new ArrayList<>();
    StringBuilder piece = new StringBuilder();
    int length = sql.length();
    for (int i = 0; i < length; i++) {
      char c = sql.charAt(i);
      if (c == '\'' || c == '"') {
        int end = closing(sql, i, c);
        piece.append(sql, i, end);
        i = end - 1;
      } else if (c == '-' && i + 1 < length && sql.charAt(i + 1) == '-') {
        int end = sql.indexOf('\n', i);
        end = end < 0 ? length : end;
        piece.append(sql, i, end);
        i = end - 1;
      } else if (c == '/' && i + 1 < length && sql.charAt(i + 1) == '*') {
        int end = sql.indexOf("*/", i + 2);
        end = end < 0 ? length : end + 2;
        piece.append(sql, i, end);
        i = end - 1;
      } else if (c == '?' && i + 1 < length && sql.charAt(i + 1) == '?') {
        piece.append("??");
        i++;
      } else if (c == '?') {
        pieces.add(piece.toString());
        piece.setLength(0);
      } else {
        piece.append(c);
      }
    }
    pieces.add(piece.toString());
    return pieces;
  }

  /** The index just past the quote that closes the one at {@code start} (doubled quotes escape). */
  private static int closing(String sql, int start, char quote) {
    int i = start + 1;
    while (i < sql.length()) {
      if (sql.charAt(i) == quote) {
        if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
          i += 2;
          continue;
        }
        return i + 1;
      }
      i++;
    }
    return sql.length();
  }

  @Override
  public void accept(RenderContext context) {
    context.sql(pieces.get(0));
    for (int i = 0; i < binds.size(); i++) {
      context.visit(binds.get(i)).sql(pieces.get(i + 1));
    }
  }
}
