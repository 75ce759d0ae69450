package dev.rex.codegen.scaffold;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Parses {@code rex:new}'s table name and column specifications.
 *
 * <p>Columns are separated by commas; each is {@code name:type}, then optionally {@code ?} (the
 * column may be null; columns are {@code NOT NULL} otherwise), then modifiers separated by colons:
 * {@code unique}, and last {@code default=value} ({@code now} for a date or timestamp; the value
 * runs to the end of the column, colons included). A reference is {@code artist_id:ref:artist} (or
 * {@code artist_id:ref}, which refers to {@code artist}); it may add {@code cascade} (deleting the
 * artist deletes the row). Every table gets an {@code id} primary key, so {@code id} is not a
 * column to give.
 */
public final class ColumnSpecs {

  private static final Pattern TYPE = Pattern.compile("([a-zA-Z]+)(?:\\(([0-9 ,]*)\\))?(\\?)?");
  private static final Pattern INTEGER = Pattern.compile("-?[0-9]+");
  private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(?:\\.[0-9]+)?");
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final Pattern TIMESTAMP =
      Pattern.compile(
          "[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]+)?)?");
  private static final Pattern UUID =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private ColumnSpecs() {}

  /**
   * The table {@code table} with the columns {@code columns} describes.
   *
   * @throws ColumnSpecException naming the column and the part that is wrong
   */
  public static TableSpec parse(String table, String columns) {
    String name = table.strip();
    for (String part : name.split("\\.", -1)) {
      String problem = SqlNames.problem("table name", part);
      if (problem != null || name.split("\\.", -1).length > 2) {
        throw new ColumnSpecException(
            "Table '"
                + table
                + "': "
                + (problem == null ? "at most a schema and a table name: schema.table" : problem)
                + ".");
      }
    }
    if (columns.isBlank()) {
      throw new ColumnSpecException(
          "Table '" + name + "' needs columns: -Drex.columns=\"name:text, age:int?\".");
    }
    List<String> parts = split(columns);
    List<ColumnSpec> specs = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (int i = 0; i < parts.size(); i++) {
      ColumnSpec spec = column(i + 1, parts.get(i).strip());
      if (!names.add(spec.name())) {
        throw error(
            spec.position(), spec.source(), "the column '" + spec.name() + "' is given twice");
      }
      specs.add(spec);
    }
    return new TableSpec(name, specs);
  }

  /** The columns: split at the commas outside parentheses ({@code decimal(10,2)}). */
  private static List<String> split(String columns) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < columns.length(); i++) {
      char c = columns.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')' && depth > 0) {
        depth--;
      } else if (c == ',' && depth == 0) {
        parts.add(columns.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(columns.substring(start));
    return parts;
  }

  private static ColumnSpec column(int position, String source) {
    if (source.isEmpty()) {
      throw error(position, source, "the column is empty (two commas in a row, or one at the end)");
    }
    int defaultAt = source.indexOf(":default=");
    String defaultValue = defaultAt < 0 ? null : source.substring(defaultAt + ":default=".length());
    String[] parts = (defaultAt < 0 ? source : source.substring(0, defaultAt)).split(":", -1);
    String name = parts[0].strip();
    String problem = SqlNames.problem("column name", name);
    if (problem != null) {
      throw error(position, source, problem);
    }
    if (name.equals("id")) {
      throw error(
          position,
          source,
          "rex:new adds the id primary key itself; leave 'id' out of the columns");
    }
    if (parts.length < 2 || parts[1].isBlank()) {
      throw error(position, source, "no type; write name:type, types: " + ColumnKind.known());
    }
    Matcher type = TYPE.matcher(parts[1].strip());
    ColumnKind kind = type.matches() ? ColumnKind.named(type.group(1)).orElse(null) : null;
    if (kind == null) {
      String word = type.matches() ? type.group(1) : parts[1].strip();
      throw error(position, source, "unknown type '" + word + "'; known: " + ColumnKind.known());
    }
    List<Integer> arguments = arguments(position, source, kind, type.group(2));
    boolean nullable = type.group(3) != null;
    int next = 2;
    String references = null;
    if (kind == ColumnKind.REF) {
      if (parts.length > 2 && !isModifier(parts[2].strip())) {
        String target = parts[2].strip();
        if (target.endsWith("?")) {
          nullable = true;
          target = target.substring(0, target.length() - 1);
        }
        references = target;
        next = 3;
      } else if (name.endsWith("_id") && name.length() > 3) {
        references = name.substring(0, name.length() - 3);
      } else {
        throw error(
            position,
            source,
            "a reference names its table: " + name + ":ref:artist (or call the column artist_id)");
      }
      for (String part : references.split("\\.", -1)) {
        String wrong = SqlNames.problem("referenced table", part);
        if (wrong != null) {
          throw error(position, source, wrong);
        }
      }
    }
    boolean unique = false;
    boolean cascade = false;
    for (int i = next; i < parts.length; i++) {
      String modifier = parts[i].strip();
      if (modifier.equals("unique") && !unique) {
        unique = true;
      } else if (modifier.equals("cascade") && kind == ColumnKind.REF && !cascade) {
        cascade = true;
      } else {
        throw error(
            position,
            source,
            "unknown or repeated modifier '"
                + modifier
                + "'; modifiers: unique, default=value (last)"
                + (kind == ColumnKind.REF ? ", cascade" : ""));
      }
    }
    if (defaultValue != null) {
      checkDefault(position, source, kind, defaultValue);
    }
    return new ColumnSpec(
        position,
        source,
        name,
        kind,
        arguments,
        nullable,
        unique,
        defaultValue,
        references,
        cascade);
  }

  private static boolean isModifier(String part) {
    return part.equals("unique") || part.equals("cascade") || part.startsWith("default=");
  }

  private static List<Integer> arguments(
      int position, String source, ColumnKind kind, @Nullable String text) {
    if (text == null) {
      return List.of();
    }
    List<Integer> numbers = new ArrayList<>();
    for (String number : text.split(",", -1)) {
      String digits = number.strip();
      if (!digits.matches("[0-9]{1,4}") || Integer.parseInt(digits) == 0) {
        throw error(
            position,
            source,
            "'" + number.strip() + "' in (" + text + ") is not a size from 1 to 9999");
      }
      numbers.add(Integer.parseInt(digits));
    }
    if (numbers.size() > kind.maxArguments()) {
      throw error(
          position,
          source,
          "the type '"
              + kind.specName()
              + "' takes "
              + (kind.maxArguments() == 0
                  ? "no size"
                  : "at most " + kind.maxArguments() + " number(s)")
              + " in parentheses, not ("
              + text
              + ")");
    }
    if (kind == ColumnKind.DECIMAL && numbers.size() == 2 && numbers.get(1) > numbers.get(0)) {
      throw error(position, source, "decimal(" + text + ") has a scale larger than its precision");
    }
    return numbers;
  }

  private static void checkDefault(int position, String source, ColumnKind kind, String value) {
    boolean ok =
        switch (kind) {
          case TEXT, STRING -> true;
          case INT, BIGINT, REF -> INTEGER.matcher(value).matches();
          case DECIMAL, DOUBLE -> NUMBER.matcher(value).matches();
          case BOOL -> value.equals("true") || value.equals("false");
          case DATE -> value.equals("now") || DATE.matcher(value).matches();
          case TIMESTAMP -> value.equals("now") || TIMESTAMP.matcher(value).matches();
          case UUID -> UUID.matcher(value).matches();
          case JSON, BYTES -> false;
        };
    if (!ok) {
      throw error(
          position,
          source,
          "'default=" + value + "' is not a " + kind.specName() + " default; " + expected(kind));
    }
  }

  private static String expected(ColumnKind kind) {
    return switch (kind) {
      case INT, BIGINT, REF -> "write an integer such as default=0";
      case DECIMAL, DOUBLE -> "write a number such as default=0.5";
      case BOOL -> "write default=true or default=false";
      case DATE -> "write default=now or a date such as default=2024-01-31";
      case TIMESTAMP -> "write default=now or a time such as default=2024-01-31T12:00:00";
      case UUID -> "write a UUID such as default=00000000-0000-0000-0000-000000000000";
      case TEXT, STRING, JSON, BYTES -> "set it in the migration by hand";
    };
  }

  private static ColumnSpecException error(int position, String source, String problem) {
    return new ColumnSpecException("Column " + position + " '" + source + "': " + problem + ".");
  }
}
