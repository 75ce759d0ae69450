package dev.rex.dsl.impl;

import dev.rex.dsl.EnumType;
import dev.rex.dsl.spi.ComparisonRules;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * How SQL orders two non-null values of one kind, in memory. Numbers compare by value whatever
 * their Java types ({@code 1 = 1L = 1.00}); with a floating-point operand both are compared as
 * doubles, as PostgreSQL casts numeric to double precision, and NaN equals NaN and is above every
 * number; decimals are doubles too where the dialect stores them so (SQLite). Text compares by
 * Unicode code point, which is PostgreSQL's {@code "C"} (and {@code C.UTF-8}) collation and
 * SQLite's {@code BINARY}; a PostgreSQL column under a language collation such as {@code en_US}
 * orders differently. Offset timestamps compare by instant; UUIDs and byte arrays by their unsigned
 * bytes; enums in declaration order, or by literal where the dialect stores them as text.
 */
final class SqlValues {

  /** The kinds of values that compare with each other; values of two kinds never do. */
  enum Kind {
    NUMBER,
    TEXT,
    BOOLEAN,
    DATE,
    TIMESTAMP,
    TIMESTAMP_WITH_TIME_ZONE,
    TIME,
    UUID,
    BYTES,
    ENUM
  }

  private SqlValues() {}

  /** The kind of values of {@code type}, or null when Rex cannot compare them in memory. */
  static @Nullable Kind kindOf(Class<?> type) {
    if (Number.class.isAssignableFrom(type)) {
      return Kind.NUMBER;
    } else if (type == String.class) {
      return Kind.TEXT;
    } else if (type == Boolean.class) {
      return Kind.BOOLEAN;
    } else if (type == LocalDate.class) {
      return Kind.DATE;
    } else if (type == LocalDateTime.class) {
      return Kind.TIMESTAMP;
    } else if (type == OffsetDateTime.class) {
      return Kind.TIMESTAMP_WITH_TIME_ZONE;
    } else if (type == LocalTime.class) {
      return Kind.TIME;
    } else if (type == UUID.class) {
      return Kind.UUID;
    } else if (type == byte[].class) {
      return Kind.BYTES;
    } else if (type.isEnum() && EnumType.class.isAssignableFrom(type)) {
      return Kind.ENUM;
    }
    return null;
  }

  /** Whether {@code type} is a whole-number type, whose arithmetic is exact. */
  static boolean isIntegral(Class<?> type) {
    return type == Integer.class || type == Long.class || type == Short.class || type == Byte.class;
  }

  /** Negative, zero or positive as {@code a} is below, equal to or above {@code b}. */
  static int compare(Object a, Object b, ComparisonRules rules) {
    if (a instanceof Number x && b instanceof Number y) {
      return compareNumbers(x, y, rules);
    } else if (a instanceof String x && b instanceof String y) {
      return compareText(x, y);
    } else if (a instanceof OffsetDateTime x && b instanceof OffsetDateTime y) {
      return OffsetDateTime.timeLineOrder().compare(x, y);
    } else if (a instanceof UUID x && b instanceof UUID y) {
      int high = Long.compareUnsigned(x.getMostSignificantBits(), y.getMostSignificantBits());
      return high != 0
          ? high
          : Long.compareUnsigned(x.getLeastSignificantBits(), y.getLeastSignificantBits());
    } else if (a instanceof byte[] x && b instanceof byte[] y) {
      return Arrays.compareUnsigned(x, y);
    } else if (a instanceof Enum<?> x && b instanceof Enum<?> y) {
      return rules.enumsOrderByLiteral()
          ? compareText(((EnumType) x).getLiteral(), ((EnumType) y).getLiteral())
          : compareDeclarationOrder(x, y);
    }
    return compareSameClass(a, b);
  }

  /**
   * Enum constants in the order the type declares them, as PostgreSQL orders the labels of an enum
   * type, which the generated Java enum lists in the same order.
   */
  @SuppressWarnings("EnumOrdinal") // the declaration order is the database's order here
  private static int compareDeclarationOrder(Enum<?> x, Enum<?> y) {
    return Integer.compare(x.ordinal(), y.ordinal());
  }

  @SuppressWarnings({"unchecked", "rawtypes"}) // the classes are checked to be equal first
  private static int compareSameClass(Object a, Object b) {
    if (a.getClass() != b.getClass() || !(a instanceof Comparable comparable)) {
      throw new IllegalArgumentException(
          "Cannot compare a "
              + a.getClass().getSimpleName()
              + " with a "
              + b.getClass().getSimpleName()
              + "; does the record hold values of its columns' types?");
    }
    return comparable.compareTo(b);
  }

  static int compareNumbers(Number a, Number b, ComparisonRules rules) {
    if (isFloating(a, rules) || isFloating(b, rules)) {
      double x = a.doubleValue();
      double y = b.doubleValue();
      return x == y ? 0 : Double.compare(x, y); // == makes -0.0 equal 0.0, as in SQL
    }
    if (a instanceof BigDecimal
        || b instanceof BigDecimal
        || a instanceof BigInteger
        || b instanceof BigInteger) {
      return decimal(a).compareTo(decimal(b));
    }
    return Long.compare(a.longValue(), b.longValue());
  }

  /** Whether {@code number} is computed as a double: a float, or a decimal where the rules say. */
  static boolean isFloating(Number number, ComparisonRules rules) {
    return number instanceof Double
        || number instanceof Float
        || (rules.decimalsAreFloatingPoint()
            && (number instanceof BigDecimal || number instanceof BigInteger));
  }

  static BigDecimal decimal(Number number) {
    if (number instanceof BigDecimal decimal) {
      return decimal;
    } else if (number instanceof BigInteger integer) {
      return new BigDecimal(integer);
    }
    return BigDecimal.valueOf(number.longValue());
  }

  /** Compares by code point, which for UTF-16 strings is not {@link String#compareTo}. */
  static int compareText(String a, String b) {
    int length = Math.min(a.length(), b.length());
    for (int i = 0; i < length; i++) {
      char x = a.charAt(i);
      char y = b.charAt(i);
      if (x != y) {
        return codePointOrder(x) - codePointOrder(y);
      }
    }
    return a.length() - b.length();
  }

  /**
   * A UTF-16 unit's rank in code point order: surrogates (which encode code points above U+FFFF)
   * rank above U+E000–U+FFFF, which rank above everything else.
   */
  private static int codePointOrder(char unit) {
    if (unit >= 0xE000) {
      return unit - 0x800;
    }
    return unit >= 0xD800 ? unit + 0x2000 : unit;
  }
}
