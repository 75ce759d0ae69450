package dev.rex.dsl.impl;

import dev.rex.dsl.Field;
import dev.rex.dsl.Record;
import dev.rex.dsl.Result;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Writes a result as a text table, in the layout jOOQ's {@code Result.format()} uses:
 *
 * <pre>
 * +--------+---------------------+
 * |album_id|title                |
 * +--------+---------------------+
 * |       1|For Those About To...|
 * +--------+---------------------+
 * </pre>
 *
 * Numbers are right-aligned, everything else left-aligned; a value longer than 50 characters is cut
 * and ends in {@code ...}; line breaks and tabs are shown as {@code \n} and {@code \t}, so that a
 * row stays one line; a null is {@code {null}}. An empty result, whose fields a result does not
 * hold, is {@code (no records)}.
 */
final class ResultFormat {

  private static final int MAX_WIDTH = 50;

  private ResultFormat() {}

  static String format(Result<?> result, int maxRows) {
    if (maxRows < 0) {
      throw new IllegalArgumentException("maxRows must not be negative: " + maxRows);
    }
    if (result.isEmpty()) {
      return "(no records)\n";
    }
    List<Field<?>> fields = result.get(0).fields();
    int shown = Math.min(maxRows, result.size());
    List<String[]> cells = new ArrayList<>(shown);
    int[] widths = new int[fields.size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = cut(fields.get(c).getName()).length();
    }
    for (int r = 0; r < shown; r++) {
      Record record = result.get(r);
      String[] row = new String[widths.length];
      for (int c = 0; c < widths.length; c++) {
        row[c] = text(record.get(c));
        widths[c] = Math.max(widths[c], row[c].length());
      }
      cells.add(row);
    }
    StringBuilder out = new StringBuilder();
    String border = border(widths);
    out.append(border);
    line(out, widths, fields.stream().map(f -> cut(f.getName())).toArray(String[]::new), null);
    out.append(border);
    for (int r = 0; r < shown; r++) {
      line(out, widths, cells.get(r), result.get(r));
    }
    if (shown > 0) {
      out.append(border);
    }
    if (result.size() > shown) {
      out.append("|...").append(result.size() - shown).append(" record(s) truncated...\n");
    }
    return out.toString();
  }

  private static String border(int[] widths) {
    StringBuilder border = new StringBuilder("+");
    for (int width : widths) {
      border.append("-".repeat(width)).append('+');
    }
    return border.append('\n').toString();
  }

  private static void line(
      StringBuilder out, int[] widths, String[] cells, @Nullable Record record) {
    out.append('|');
    for (int c = 0; c < widths.length; c++) {
      String padding = " ".repeat(widths[c] - cells[c].length());
      boolean right = record != null && record.get(c) instanceof Number;
      out.append(right ? padding + cells[c] : cells[c] + padding).append('|');
    }
    out.append('\n');
  }

  private static String text(@Nullable Object value) {
    if (value == null) {
      return "{null}";
    }
    if (value instanceof byte[] bytes) {
      return cut("bytes[" + bytes.length + "]");
    }
    return cut(value.toString().replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t"));
  }

  private static String cut(String text) {
    return text.length() <= MAX_WIDTH ? text : text.substring(0, MAX_WIDTH - 3) + "...";
  }
}
