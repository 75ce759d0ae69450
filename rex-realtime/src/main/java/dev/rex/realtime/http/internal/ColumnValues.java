package dev.rex.realtime.http.internal;

import dev.rex.dsl.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Turns a filter's text into a value of its column's Java type: numbers in decimal, booleans as
 * {@code true}/{@code false}, dates and times in ISO-8601, UUIDs in their usual form, enums by
 * their database literal.
 */
final class ColumnValues {

  private static final Map<Class<?>, Function<String, Object>> PARSERS =
      Map.ofEntries(
          Map.entry(String.class, text -> text),
          Map.entry(Integer.class, Integer::valueOf),
          Map.entry(Long.class, Long::valueOf),
          Map.entry(Short.class, Short::valueOf),
          Map.entry(Byte.class, Byte::valueOf),
          Map.entry(Double.class, Double::valueOf),
          Map.entry(Float.class, Float::valueOf),
          Map.entry(BigDecimal.class, BigDecimal::new),
          Map.entry(Boolean.class, ColumnValues::bool),
          Map.entry(LocalDate.class, LocalDate::parse),
          Map.entry(LocalDateTime.class, LocalDateTime::parse),
          Map.entry(LocalTime.class, LocalTime::parse),
          Map.entry(OffsetDateTime.class, OffsetDateTime::parse),
          Map.entry(Instant.class, Instant::parse),
          Map.entry(UUID.class, UUID::fromString));

  private ColumnValues() {}

  /**
   * The value of {@code text} for {@code field}.
   *
   * @throws BadRequest (400) when the column cannot be filtered on or the text is not a value of it
   */
  static Object parse(Field<?> field, String text) throws BadRequest {
    Class<?> type = field.getType();
    if (type.isEnum()) {
      Object value = field.getDataType().enumValue(text);
      if (value == null) {
        throw notAValue(field, text, "one of " + field.getDataType().getEnumValues());
      }
      return value;
    }
    Function<String, Object> parser = PARSERS.get(type);
    if (parser == null) {
      throw new BadRequest(
          400,
          "The column '"
              + field.getName()
              + "' ("
              + type.getSimpleName()
              + ") cannot be filtered on.");
    }
    try {
      return parser.apply(text);
    } catch (RuntimeException e) {
      throw notAValue(field, text, example(type));
    }
  }

  private static Object bool(String text) {
    if (text.equals("true") || text.equals("false")) {
      return Boolean.valueOf(text);
    }
    throw new IllegalArgumentException(text);
  }

  private static BadRequest notAValue(Field<?> field, String text, String expected) {
    return new BadRequest(
        400,
        "'"
            + text
            + "' is not a value of the column '"
            + field.getName()
            + "': expected "
            + expected
            + ".");
  }

  private static String example(Class<?> type) {
    if (type == Boolean.class) {
      return "true or false";
    }
    if (type == LocalDate.class) {
      return "a date like 2026-01-31";
    }
    if (type == LocalDateTime.class) {
      return "a date and time like 2026-01-31T12:00:00";
    }
    if (type == OffsetDateTime.class || type == Instant.class) {
      return "a date and time with offset like 2026-01-31T12:00:00Z";
    }
    if (type == LocalTime.class) {
      return "a time like 12:00:00";
    }
    if (type == UUID.class) {
      return "a UUID";
    }
    return "a " + type.getSimpleName() + " number";
  }
}
