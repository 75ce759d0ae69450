package dev.rex.codegen;

import dev.rex.dsl.Record;
import dev.rex.realtime.Change;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One change as one line of terminal output: position, operation, table and the row images, such as
 * {@code 42 UPDATE album old={id=1, title="Old"} new={id=1, title="New"}}. Strings are quoted,
 * binary values shown by their length.
 */
public final class ChangeLine {

  private ChangeLine() {}

  /** The line for {@code change}. */
  public static String format(Change<?> change) {
    StringBuilder line =
        new StringBuilder()
            .append(change.position())
            .append(' ')
            .append(change.operation())
            .append(' ')
            .append(change.table().getName());
    image(line, "old", change.oldRecord());
    image(line, "new", change.newRecord());
    return line.toString();
  }

  private static void image(StringBuilder line, String label, @Nullable Record record) {
    if (record == null) {
      return;
    }
    line.append(' ')
        .append(label)
        .append('=')
        .append(
            record.intoMap().entrySet().stream()
                .map(ChangeLine::column)
                .collect(Collectors.joining(", ", "{", "}")));
  }

  private static String column(Map.Entry<String, @Nullable Object> column) {
    return column.getKey() + "=" + value(column.getValue());
  }

  private static String value(@Nullable Object value) {
    if (value instanceof CharSequence text) {
      return '"' + text.toString().replace("\"", "\\\"") + '"';
    }
    if (value instanceof byte[] bytes) {
      return "<" + bytes.length + " bytes>";
    }
    if (value instanceof Object[] array) {
      return Arrays.deepToString(array);
    }
    return String.valueOf(value);
  }
}
