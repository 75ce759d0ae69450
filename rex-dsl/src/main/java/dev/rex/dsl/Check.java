package dev.rex.dsl;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A simple {@code CHECK} constraint on one column that Rex can evaluate in Java before a record is
 * written: a comparison with a literal ({@code price >= 0}, {@code code <> ''}), a list of allowed
 * values ({@code kind in ('a', 'b')}) or a bound on the length of text ({@code length(code) <= 5}).
 *
 * <p>The code generator reads the table's check constraints and declares the ones it understands in
 * the generated table's {@link Table#getChecks()}; anything else (several columns, functions,
 * {@code or}) is left to the database. A {@code null} value always passes, as in SQL, where a check
 * that evaluates to unknown is satisfied. A check made of several conditions joined by {@code and}
 * becomes one {@code Check} per condition, all with the constraint's name.
 */
public final class Check {

  /** A comparison operator. */
  public enum Operator {
    /** {@code =} */
    EQ("="),
    /** {@code <>} */
    NE("<>"),
    /** {@code <} */
    LT("<"),
    /** {@code <=} */
    LE("<="),
    /** {@code >} */
    GT(">"),
    /** {@code >=} */
    GE(">=");

    private final String sql;

    Operator(String sql) {
      this.sql = sql;
    }

    /** The operator as SQL spells it. */
    public String sql() {
      return sql;
    }

    boolean holds(int comparison) {
      return switch (this) {
        case EQ -> comparison == 0;
        case NE -> comparison != 0;
        case LT -> comparison < 0;
        case LE -> comparison <= 0;
        case GT -> comparison > 0;
        case GE -> comparison >= 0;
      };
    }
  }

  private enum Kind {
    COMPARE,
    IN,
    LENGTH
  }

  private final String name;
  private final Field<?> field;
  private final Kind kind;
  private final Operator operator;
  private final List<Object> values;

  private Check(String name, Field<?> field, Kind kind, Operator operator, List<Object> values) {
    this.name = name;
    this.field = field;
    this.kind = kind;
    this.operator = operator;
    this.values = List.copyOf(values);
  }

  /** {@code field operator number}, for example {@code price >= 0}. */
  public static Check compare(String name, Field<?> field, Operator operator, BigDecimal number) {
    return new Check(name, field, Kind.COMPARE, operator, List.of(number));
  }

  /**
   * {@code field = 'text'} or {@code field <> 'text'}. Only equality is offered for text, because
   * ordering text depends on the database's collation.
   *
   * @throws IllegalArgumentException for an operator other than {@code EQ} or {@code NE}
   */
  public static Check compare(String name, Field<?> field, Operator operator, String text) {
    if (operator != Operator.EQ && operator != Operator.NE) {
      throw new IllegalArgumentException(
          "Text can only be compared for equality in a check, not with " + operator.sql());
    }
    return new Check(name, field, Kind.COMPARE, operator, List.of(text));
  }

  /**
   * {@code field in (values)}; each value is a {@code String} or a {@code BigDecimal}.
   *
   * @throws IllegalArgumentException for an empty list or a value of another type
   */
  public static Check in(String name, Field<?> field, List<?> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("A check's list of allowed values cannot be empty.");
    }
    for (Object value : values) {
      if (!(value instanceof String) && !(value instanceof BigDecimal)) {
        throw new IllegalArgumentException(
            "A check compares with text or numbers, not " + value.getClass().getName());
      }
    }
    return new Check(name, field, Kind.IN, Operator.EQ, List.copyOf(values));
  }

  /** {@code length(field) operator length}, counted in characters. */
  public static Check length(String name, Field<?> field, Operator operator, int length) {
    return new Check(name, field, Kind.LENGTH, operator, List.of(BigDecimal.valueOf(length)));
  }

  /** The constraint's name in the database. */
  public String name() {
    return name;
  }

  /** The column the check constrains. */
  public Field<?> field() {
    return field;
  }

  /**
   * Whether {@code value} satisfies the check. {@code null} passes, and so does a value of a type
   * the check cannot judge (the database still checks it).
   */
  public boolean test(@Nullable Object value) {
    if (value == null) {
      return true;
    }
    return switch (kind) {
      case COMPARE -> compares(value, values.get(0), operator);
      case IN -> values.stream().anyMatch(allowed -> compares(value, allowed, Operator.EQ));
      case LENGTH -> {
        if (!(value instanceof CharSequence text)) {
          yield true;
        }
        String string = text.toString();
        int length = string.codePointCount(0, string.length());
        yield operator.holds(BigDecimal.valueOf(length).compareTo((BigDecimal) values.get(0)));
      }
    };
  }

  private static boolean compares(Object value, Object literal, Operator operator) {
    if (literal instanceof BigDecimal number) {
      BigDecimal actual = number(value);
      return actual == null || operator.holds(actual.compareTo(number));
    }
    String text = value instanceof EnumType constant ? constant.getLiteral() : value.toString();
    return operator.holds(text.equals(literal) ? 0 : 1);
  }

  private static @Nullable BigDecimal number(Object value) {
    if (value instanceof BigDecimal decimal) {
      return decimal;
    }
    if ((value instanceof Double d && (d.isNaN() || d.isInfinite()))
        || (value instanceof Float f && (f.isNaN() || f.isInfinite()))) {
      return null;
    }
    if (value instanceof Number) {
      return new BigDecimal(value.toString());
    }
    return null;
  }

  /** The condition as SQL would read it, for example {@code price >= 0}. */
  public String condition() {
    String column = field.getName();
    return switch (kind) {
      case COMPARE -> column + " " + operator.sql() + " " + literal(values.get(0));
      case IN ->
          column
              + " in ("
              + values.stream().map(Check::literal).collect(Collectors.joining(", "))
              + ")";
      case LENGTH -> "length(" + column + ") " + operator.sql() + " " + values.get(0);
    };
  }

  private static String literal(Object value) {
    if (value instanceof BigDecimal number) {
      return number.toPlainString();
    }
    return "'" + value.toString().replace("'", "''") + "'";
  }

  @Override
  public String toString() {
    return "check " + name + " (" + condition() + ")";
  }
}
