package dev.rex.graphql.internal;

import dev.rex.dsl.DataType;
import dev.rex.dsl.EnumType;
import dev.rex.dsl.Field;
import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Converts between GraphQL's coerced values and a column's Java type: an {@code Int} argument for a
 * {@code smallint} column becomes a {@code Short}, an enum value's label the generated enum
 * constant; on the way out, enum constants become their labels and arrays lists.
 */
final class Values {

  private Values() {}

  /** {@code value}, as GraphQL coerced it, in the Java type of {@code field}. */
  static @Nullable Object toColumn(Field<?> field, @Nullable Object value) {
    if (value == null) {
      return null;
    }
    return convert(field.getDataType(), value);
  }

  private static Object convert(DataType<?> type, Object value) {
    Class<?> target = type.getType();
    if (target.isInstance(value)) {
      return value;
    }
    if (!type.getEnumValues().isEmpty()) {
      Object constant = type.enumValue(value.toString());
      if (constant == null) {
        throw new IllegalArgumentException(value + " is not a label of " + type.getTypeName());
      }
      return constant;
    }
    if (value instanceof Number number) {
      return number(target, number);
    }
    if (value instanceof dev.rex.dsl.Json json && target == dev.rex.dsl.Jsonb.class) {
      return dev.rex.dsl.Jsonb.of(json.data());
    }
    if (target.isArray() && value instanceof List<?> list) {
      DataType<?> element = type.getElementType();
      Object array = Array.newInstance(target.getComponentType(), list.size());
      for (int i = 0; i < list.size(); i++) {
        Object item = list.get(i);
        Array.set(array, i, item == null || element == null ? item : convert(element, item));
      }
      return array;
    }
    return value;
  }

  private static Object number(Class<?> target, Number number) {
    if (target == Short.class) {
      return Math.toIntExact(number.longValue()) == number.shortValue()
          ? number.shortValue()
          : outOfRange(number, target);
    }
    if (target == Integer.class) {
      return Math.toIntExact(number.longValue());
    }
    if (target == Long.class) {
      return number.longValue();
    }
    if (target == Double.class) {
      return number.doubleValue();
    }
    if (target == Float.class) {
      return number.floatValue();
    }
    if (target == BigDecimal.class) {
      return new BigDecimal(number.toString());
    }
    return number;
  }

  private static Object outOfRange(Number number, Class<?> target) {
    throw new IllegalArgumentException(number + " is out of range for " + target.getSimpleName());
  }

  /**
   * {@code value} in {@code field}'s type, which a key needs: a missing value is the request's
   * error, named by the GraphQL field {@code name}.
   */
  static Object required(Field<?> field, @Nullable Object value, String name) {
    Object converted = toColumn(field, value);
    if (converted == null) {
      throw new RequestException("BAD_USER_INPUT", "the key needs a value for " + name);
    }
    return converted;
  }

  /** A column value as GraphQL shows it: enum constants as labels, arrays as lists. */
  static @Nullable Object toGraphQL(@Nullable Object value) {
    if (value instanceof EnumType literal) {
      return literal.getLiteral();
    }
    if (value != null && value.getClass().isArray() && !(value instanceof byte[])) {
      int length = Array.getLength(value);
      List<@Nullable Object> list = new ArrayList<>(length);
      for (int i = 0; i < length; i++) {
        list.add(toGraphQL(Array.get(value, i)));
      }
      return list;
    }
    return value;
  }
}
