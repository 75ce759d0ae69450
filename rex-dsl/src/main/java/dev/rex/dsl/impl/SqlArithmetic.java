package dev.rex.dsl.impl;

import dev.rex.dsl.spi.ComparisonRules;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Arithmetic on non-null numbers as SQL does it, in memory: whole numbers exactly (division
 * truncates toward zero, the remainder takes the dividend's sign), decimals exactly (or as doubles
 * where the dialect stores them so), and doubles as doubles. An overflow or a division by zero,
 * which the database reports as an error (PostgreSQL) or NULL (SQLite), gives null, so a row for
 * which it happens does not match. Decimal division and remainder are refused when the predicate is
 * compiled, since their rounding is the database's own.
 */
final class SqlArithmetic {

  private SqlArithmetic() {}

  static @Nullable Number apply(
      Arithmetic.Operator operator, Number a, Number b, ComparisonRules rules) {
    if (SqlValues.isFloating(a, rules) || SqlValues.isFloating(b, rules)) {
      return floating(operator, a.doubleValue(), b.doubleValue());
    }
    if (!SqlValues.isIntegral(a.getClass()) || !SqlValues.isIntegral(b.getClass())) {
      return decimal(operator, SqlValues.decimal(a), SqlValues.decimal(b));
    }
    try {
      return integral(operator, a.longValue(), b.longValue());
    } catch (ArithmeticException overflowOrDivisionByZero) {
      return null;
    }
  }

  private static @Nullable Number floating(Arithmetic.Operator operator, double x, double y) {
    return switch (operator) {
      case PLUS -> x + y;
      case MINUS -> x - y;
      case TIMES -> x * y;
      case DIV -> y == 0 ? null : x / y;
      case MOD -> y == 0 ? null : x % y;
    };
  }

  private static @Nullable Number decimal(
      Arithmetic.Operator operator, BigDecimal x, BigDecimal y) {
    return switch (operator) {
      case PLUS -> x.add(y);
      case MINUS -> x.subtract(y);
      case TIMES -> x.multiply(y);
      case DIV, MOD -> null; // refused at compile time
    };
  }

  private static Number integral(Arithmetic.Operator operator, long x, long y) {
    return switch (operator) {
      case PLUS -> Math.addExact(x, y);
      case MINUS -> Math.subtractExact(x, y);
      case TIMES -> Math.multiplyExact(x, y);
      case DIV -> y == -1 ? Math.negateExact(x) : x / y;
      case MOD -> y == -1 ? 0L : x % y;
    };
  }

  /** {@code -n}, or null on overflow. */
  static @Nullable Number negate(Number n, ComparisonRules rules) {
    return apply(Arithmetic.Operator.MINUS, 0, n, rules);
  }

  /** {@code abs(n)}, or null on overflow. */
  static @Nullable Number abs(Number n, ComparisonRules rules) {
    return SqlValues.compareNumbers(n, 0, rules) < 0 ? negate(n, rules) : n;
  }
}
