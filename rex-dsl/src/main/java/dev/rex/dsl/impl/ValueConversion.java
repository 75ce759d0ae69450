package dev.rex.dsl.impl;

import dev.rex.dsl.exception.MappingException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Converts a value read from the database into the Java type a mapping target or a typed getter
 * asks for. A value that already has the type passes unchanged; numbers convert between the JDK's
 * number types when no information is lost (a fraction or an overflow is an error, not a silent
 * truncation); text becomes an enum constant by name; any value becomes a {@code String} by {@code
 * toString()}. A null becomes the zero of a primitive type, as in jOOQ.
 */
final class ValueConversion {

  private static final Map<Class<?>, Class<?>> BOXES =
      Map.of(
          int.class, Integer.class,
          long.class, Long.class,
          short.class, Short.class,
          byte.class, Byte.class,
          double.class, Double.class,
          float.class, Float.class,
          boolean.class, Boolean.class,
          char.class, Character.class);

  private static final Map<Class<?>, Object> ZEROS =
      Map.of(
          int.class,
          0,
          long.class,
          0L,
          short.class,
          (short) 0,
          byte.class,
          (byte) 0,
          double.class,
          0d,
          float.class,
          0f,
          boolean.class,
          false,
          char.class,
          '\0');

  private ValueConversion() {}

  /** {@code type}, or its wrapper class when it is primitive. */
  static Class<?> boxed(Class<?> type) {
    Class<?> box = type.isPrimitive() ? BOXES.get(type) : type;
    if (box == null) {
      throw new IllegalArgumentException("No value has the type " + type);
    }
    return box;
  }

  /** Whether {@code type} holds one value (rather than a row): numbers, text, dates, enums, … */
  static boolean isValueType(Class<?> type) {
    Class<?> boxed = boxed(type);
    return boxed == String.class
        || Number.class.isAssignableFrom(boxed)
        || boxed == Boolean.class
        || boxed == Character.class
        || boxed.isEnum()
        || boxed == byte[].class
        || boxed == java.util.UUID.class
        || boxed.getName().startsWith("java.time.");
  }

  /**
   * {@code value} as a {@code type}.
   *
   * @param what names the source and target for the error message
   * @throws MappingException when the value cannot be converted without loss
   */
  @SuppressWarnings("unchecked")
  static <T> @Nullable T convert(@Nullable Object value, Class<? extends T> type, String what) {
    if (value == null) {
      return (T) ZEROS.get(type);
    }
    Class<?> target = boxed(type);
    if (target.isInstance(value)) {
      return (T) value;
    }
    try {
      Object converted = convertOrNull(value, target);
      if (converted != null) {
        return (T) converted;
      }
    } catch (ArithmeticException | IllegalArgumentException lossy) {
      throw new MappingException(
          "Cannot convert "
              + describe(value)
              + " to "
              + type.getName()
              + " for "
              + what
              + ": "
              + lossy.getMessage(),
          lossy);
    }
    throw new MappingException(
        "Cannot convert " + describe(value) + " to " + type.getName() + " for " + what + ".");
  }

  private static String describe(Object value) {
    return value.getClass().getSimpleName() + " '" + value + "'";
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static @Nullable Object convertOrNull(Object value, Class<?> target) {
    if (target == String.class) {
      return value instanceof byte[] ? null : value.toString();
    }
    if (value instanceof Number number && Number.class.isAssignableFrom(target)) {
      return number(number, target);
    }
    if (value instanceof String text && target.isEnum()) {
      return Enum.valueOf((Class<? extends Enum>) target, text);
    }
    if (value instanceof Number number && target == Boolean.class) {
      return number.intValue() != 0;
    }
    return null;
  }

  private static @Nullable Object number(Number number, Class<?> target) {
    BigDecimal exact =
        number instanceof BigDecimal decimal ? decimal : new BigDecimal(number.toString());
    if (target == Integer.class) {
      return exact.intValueExact();
    }
    if (target == Long.class) {
      return exact.longValueExact();
    }
    if (target == Short.class) {
      return exact.shortValueExact();
    }
    if (target == Byte.class) {
      return exact.byteValueExact();
    }
    if (target == BigInteger.class) {
      return exact.toBigIntegerExact();
    }
    if (target == BigDecimal.class) {
      return exact;
    }
    if (target == Double.class) {
      return number.doubleValue();
    }
    if (target == Float.class) {
      return number.floatValue();
    }
    return null;
  }
}
