package dev.rex.codegen.scaffold;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The column types a column specification may name. Each dialect's {@link TableDdl} says how it
 * spells them; some take numbers in parentheses, such as {@code string(80)} or {@code
 * decimal(10,2)}.
 */
public enum ColumnKind {
  /** Text of any length. */
  TEXT(0, "text"),
  /** Text of at most n characters, 255 unless given: {@code string(80)}. */
  STRING(1, "string", "varchar"),
  /** A 32-bit integer. */
  INT(0, "int", "integer"),
  /** A 64-bit integer. */
  BIGINT(0, "bigint", "long"),
  /** An exact decimal, precision and scale 19 and 4 unless given: {@code decimal(10,2)}. */
  DECIMAL(2, "decimal", "numeric"),
  /** A double-precision floating-point number. */
  DOUBLE(0, "double", "float"),
  /** True or false. */
  BOOL(0, "bool", "boolean"),
  /** A calendar date. */
  DATE(0, "date"),
  /** A date and time of day, without a time zone. */
  TIMESTAMP(0, "timestamp", "datetime"),
  /** A UUID. */
  UUID(0, "uuid"),
  /** A JSON document. */
  JSON(0, "json"),
  /** Binary data. */
  BYTES(0, "bytes", "blob"),
  /** A reference to another table's {@code id}: {@code artist_id:ref:artist}. */
  REF(0, "ref");

  private final int maxArguments;

  /** The names a specification may use, space-separated, first name first. */
  private final String names;

  ColumnKind(int maxArguments, String... names) {
    this.maxArguments = maxArguments;
    this.names = String.join(" ", names);
  }

  /** How many numbers this type takes in parentheses at most. */
  public int maxArguments() {
    return maxArguments;
  }

  /** The name a specification uses, such as {@code int}. */
  public String specName() {
    return names.split(" ", -1)[0];
  }

  /** The kind called {@code name} (or one of its other names), in any case. */
  static Optional<ColumnKind> named(String name) {
    String key = name.toLowerCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(kind -> List.of(kind.names.split(" ", -1)).contains(key))
        .findFirst();
  }

  /** Every name a specification may use, first names first: for error messages. */
  static String known() {
    return Arrays.stream(values()).map(ColumnKind::specName).collect(Collectors.joining(", "));
  }
}
