package dev.rex.realtime.internal;

import dev.rex.dsl.Field;
import dev.rex.dsl.Record;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A subscriber's equality filter on one column, by which the fan-out finds it without testing every
 * subscriber of the table: the column's name and the value, normalised so that values SQL finds
 * equal are equal here (decimals without trailing zeros, offset times as instants).
 *
 * @param column the column's name
 * @param value the normalised value
 */
public record IndexKey(String column, Object value) {

  /** The key of {@code column = value}, or {@code null} when the value cannot be a hash key. */
  public static @Nullable IndexKey of(Field<?> column, @Nullable Object value) {
    Object normal = normalise(value);
    return normal == null ? null : new IndexKey(column.getName(), normal);
  }

  /** The key a record has in {@code column}, or {@code null}. */
  static @Nullable Object valueOf(Record record, Field<?> column) {
    return normalise(record.get(column));
  }

  private static @Nullable Object normalise(@Nullable Object value) {
    if (value == null || value instanceof byte[] || value.getClass().isArray()) {
      return null;
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.signum() == 0 ? BigDecimal.ZERO : decimal.stripTrailingZeros();
    }
    if (value instanceof OffsetDateTime time) {
      return time.toInstant();
    }
    if (value instanceof Double || value instanceof Float) {
      return null;
    }
    return value;
  }
}
