package dev.rex.codegen;

import dev.rex.dsl.Condition;
import dev.rex.dsl.DSL;
import dev.rex.dsl.Field;
import dev.rex.dsl.Table;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads {@code column=value[,column=value…]} from the command line into a typed condition on a
 * table: each value is parsed as its column's Java type ({@code artist_id=1} compares an {@code
 * Integer}, {@code released=2024-01-31} a {@code LocalDate}), so the condition means what the same
 * {@code eq} would in code. Values cannot contain commas.
 */
public final class EqualityFilter {

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
          Map.entry(BigInteger.class, BigInteger::new),
          Map.entry(Boolean.class, EqualityFilter::parseBoolean),
          Map.entry(LocalDate.class, LocalDate::parse),
          Map.entry(LocalDateTime.class, LocalDateTime::parse),
          Map.entry(LocalTime.class, LocalTime::parse),
          Map.entry(OffsetDateTime.class, OffsetDateTime::parse),
          Map.entry(Instant.class, Instant::parse),
          Map.entry(UUID.class, UUID::fromString));

  private EqualityFilter() {}

  /**
   * The conjunction of the equalities in {@code text} on {@code table}'s columns.
   *
   * @throws IllegalArgumentException for a part that is not {@code column=value}, an unknown
   *     column, a value that is not of the column's type, or a column type that cannot be typed in
   */
  public static Condition parse(Table<?> table, String text) {
    List<Condition> conditions = new ArrayList<>();
    for (String part : text.split(",", -1)) {
      int equals = part.indexOf('=');
      if (equals <= 0) {
        throw new IllegalArgumentException(
            "A filter is column=value[,column=value], not '" + part.strip() + "'.");
      }
      String column = part.substring(0, equals).strip();
      conditions.add(equality(table, column, part.substring(equals + 1).strip()));
    }
    return DSL.and(conditions);
  }

  private static Condition equality(Table<?> table, String column, String text) {
    Field<?> field = table.field(column);
    if (field == null) {
      throw new IllegalArgumentException(
          "Table "
              + table.getName()
              + " has no column '"
              + column
              + "'; its columns are "
              + table.fields().stream().map(Field::getName).collect(Collectors.joining(", "))
              + ".");
    }
    return typed(field, text);
  }

  private static <T> Condition typed(Field<T> field, String text) {
    Class<T> type = field.getType();
    try {
      if (type.isEnum()) {
        T value = field.getDataType().enumValue(text);
        if (value == null) {
          throw new IllegalArgumentException("not one of " + field.getDataType().getEnumValues());
        }
        return field.eq(value);
      }
      Function<String, Object> parser = PARSERS.get(type);
      if (parser == null) {
        throw new IllegalArgumentException(
            "a " + type.getSimpleName() + " column cannot be compared from the command line");
      }
      return field.eq(type.cast(parser.apply(text)));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "Cannot filter on " + field.getName() + "='" + text + "': " + e.getMessage() + ".", e);
    }
  }

  private static Boolean parseBoolean(String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "true", "t", "1", "yes" -> true;
      case "false", "f", "0", "no" -> false;
      default -> throw new IllegalArgumentException("not a boolean");
    };
  }
}
