package dev.rex.codegen;

import dev.rex.codegen.SchemaModel.CheckModel;
import dev.rex.codegen.SchemaModel.CheckModel.Kind;
import dev.rex.codegen.SchemaModel.CheckModel.Literal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Reads a small, safe subset of {@code CHECK} clauses: conditions on one column joined by {@code
 * and}, each a comparison with a literal ({@code price >= 0}, {@code 0 < w}, {@code code <> ''}),
 * {@code in} a list of literals (also as PostgreSQL prints it: {@code (kind)::text = ANY
 * ((ARRAY['a'::character varying, …])::text[])}), {@code between} two numbers, or a bound on {@code
 * length} / {@code char_length} of a column. Parentheses and {@code ::type} casts are skipped.
 *
 * <p>Anything else — {@code or}, {@code not}, functions, arithmetic, several columns, ordering of
 * text — makes the whole clause unknown: it is left to the database and never guessed.
 */
final class CheckParser {

  private static final Set<String> NUMERIC_TYPES =
      Set.of(
          "int2",
          "int4",
          "int8",
          "smallint",
          "integer",
          "int",
          "bigint",
          "numeric",
          "decimal",
          "real",
          "float4",
          "float8",
          "double");

  private final List<String> tokens;
  private final UnaryOperator<String> columns;
  private int at;

  private CheckParser(List<String> tokens, UnaryOperator<String> columns) {
    this.tokens = tokens;
    this.columns = columns;
  }

  /**
   * The conditions of {@code clause}, or empty when any part of it is not understood.
   *
   * @param columns maps an identifier to the table's column name, or to {@code null} when the table
   *     has no such column
   */
  static Optional<List<CheckModel>> parse(
      String name, String clause, UnaryOperator<String> columns) {
    List<String> tokens = CheckTokens.split(clause);
    if (tokens == null) {
      return Optional.empty();
    }
    CheckParser parser = new CheckParser(tokens, columns);
    try {
      parser.keyword("check");
      List<CheckModel> checks = new ArrayList<>();
      parser.conjunction(name, checks);
      if (parser.at != tokens.size() || checks.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(checks);
    } catch (Unsupported e) {
      return Optional.empty();
    }
  }

  /** Thrown to abandon a clause Rex does not understand. */
  private static final class Unsupported extends Exception {
    private static final long serialVersionUID = 1L;

    Unsupported() {
      super(null, null, false, false);
    }
  }

  private void conjunction(String name, List<CheckModel> out) throws Unsupported {
    term(name, out);
    while (keyword("and")) {
      term(name, out);
    }
  }

  /** A condition, or a parenthesised conjunction; tries the condition first. */
  private void term(String name, List<CheckModel> out) throws Unsupported {
    int start = at;
    int size = out.size();
    try {
      condition(name, out);
      return;
    } catch (Unsupported e) {
      at = start;
      out.subList(size, out.size()).clear();
    }
    expect("(");
    conjunction(name, out);
    expect(")");
  }

  private void condition(String name, List<CheckModel> out) throws Unsupported {
    Object left = operand();
    if (keyword("in")) {
      out.add(in(name, left, literals(")")));
      return;
    }
    if (keyword("between")) {
      Literal low = literal(operand());
      expect("and");
      Literal high = literal(operand());
      out.add(compare(name, left, "GE", low));
      out.add(compare(name, left, "LE", high));
      return;
    }
    String operator = operator();
    if (operator.equals("EQ") && keyword("any")) {
      expect("(");
      List<Literal> values = array();
      expect(")");
      out.add(in(name, left, values));
      return;
    }
    Object right = operand();
    if (left instanceof Literal literal) {
      out.add(compare(name, right, flip(operator), literal));
    } else {
      out.add(compare(name, left, operator, literal(right)));
    }
  }

  /** {@code ARRAY[...]}, possibly parenthesised and cast. */
  private List<Literal> array() throws Unsupported {
    if (peek("(")) {
      at++;
      List<Literal> values = array();
      expect(")");
      casts();
      return values;
    }
    expect("array");
    expect("[");
    List<Literal> values = literals("]");
    casts();
    return values;
  }

  /**
   * Literals up to {@code close}; the opening bracket was read for {@code ]}, not for {@code )}.
   */
  private List<Literal> literals(String close) throws Unsupported {
    if (close.equals(")")) {
      expect("(");
    }
    List<Literal> values = new ArrayList<>();
    do {
      values.add(literal(operand()));
    } while (keyword(","));
    expect(close);
    return values;
  }

  /** A column (a {@code String}), {@code length(column)} (a {@link Length}) or a literal. */
  private Object operand() throws Unsupported {
    Object value;
    if (peek("(")) {
      at++;
      value = operand();
      expect(")");
    } else if (peek("-")) {
      at++;
      Literal number = literal(operand());
      if (!number.number()) {
        throw new Unsupported();
      }
      value = new Literal("-" + number.text(), true);
    } else {
      value = primary();
    }
    String type = casts();
    if (value instanceof Literal literal && !literal.number() && NUMERIC_TYPES.contains(type)) {
      value = number(literal.text());
    }
    return value;
  }

  private Object primary() throws Unsupported {
    String token = next();
    if (token.startsWith("'")) {
      return new Literal(token.substring(1), false);
    }
    if (Character.isDigit(token.charAt(0)) || token.charAt(0) == '.') {
      return number(token);
    }
    String word = token.toLowerCase(Locale.ROOT);
    if (!token.startsWith("\"")
        && Set.of("length", "char_length", "character_length").contains(word)
        && peek("(")) {
      at++;
      Object column = operand();
      expect(")");
      if (!(column instanceof String name)) {
        throw new Unsupported();
      }
      return new Length(name);
    }
    String column = columns.apply(token.startsWith("\"") ? token.substring(1) : token);
    if (column == null) {
      throw new Unsupported();
    }
    return column;
  }

  /** Skips {@code ::type} casts and returns the last type's first word, or "". */
  private String casts() {
    String type = "";
    while (peek("::")) {
      at++;
      type = at < tokens.size() ? tokens.get(at).toLowerCase(Locale.ROOT) : "";
      while (at < tokens.size() && Character.isLetter(tokens.get(at).charAt(0))) {
        at++; // "character varying", "double precision"
      }
      if (peek("(")) {
        while (at < tokens.size() && !tokens.get(at).equals(")")) {
          at++;
        }
        at++;
      }
      while (peek("[") && at + 1 < tokens.size() && tokens.get(at + 1).equals("]")) {
        at += 2;
      }
    }
    return type;
  }

  private static Literal number(String text) throws Unsupported {
    try {
      return new Literal(new java.math.BigDecimal(text).toPlainString(), true);
    } catch (NumberFormatException e) {
      throw new Unsupported();
    }
  }

  private static CheckModel in(String name, Object operand, List<Literal> values)
      throws Unsupported {
    if (!(operand instanceof String column)) {
      throw new Unsupported();
    }
    return new CheckModel(name, column, Kind.IN, "EQ", values);
  }

  private static CheckModel compare(String name, Object operand, String operator, Literal value)
      throws Unsupported {
    if (operand instanceof Length length && value.number() && value.text().matches("\\d+")) {
      return new CheckModel(name, length.column(), Kind.LENGTH, operator, List.of(value));
    }
    boolean equality = operator.equals("EQ") || operator.equals("NE");
    if (operand instanceof String column && (value.number() || equality)) {
      return new CheckModel(name, column, Kind.COMPARE, operator, List.of(value));
    }
    throw new Unsupported();
  }

  private static Literal literal(Object operand) throws Unsupported {
    if (operand instanceof Literal literal) {
      return literal;
    }
    throw new Unsupported();
  }

  private String operator() throws Unsupported {
    return switch (next()) {
      case "=" -> "EQ";
      case "<>", "!=" -> "NE";
      case "<" -> "LT";
      case "<=" -> "LE";
      case ">" -> "GT";
      case ">=" -> "GE";
      default -> throw new Unsupported();
    };
  }

  private static String flip(String operator) {
    return switch (operator) {
      case "LT" -> "GT";
      case "LE" -> "GE";
      case "GT" -> "LT";
      case "GE" -> "LE";
      default -> operator;
    };
  }

  private boolean peek(String token) {
    return at < tokens.size() && tokens.get(at).equals(token);
  }

  private boolean keyword(String word) {
    if (at < tokens.size()
        && !tokens.get(at).startsWith("\"")
        && tokens.get(at).equalsIgnoreCase(word)) {
      at++;
      return true;
    }
    return false;
  }

  private void expect(String token) throws Unsupported {
    if (!keyword(token)) {
      throw new Unsupported();
    }
  }

  private String next() throws Unsupported {
    if (at >= tokens.size()) {
      throw new Unsupported();
    }
    return tokens.get(at++);
  }

  /** {@code length(column)}. */
  private record Length(String column) {}
}
