package dev.rex.dsl.impl;

import dev.rex.dsl.QueryPart;
import dev.rex.dsl.spi.RenderContext;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code a union b except c …}. An operand with its own ORDER BY or LIMIT, a compound operand, and
 * any but the first operand with its own WITH is parenthesised, or on databases that reject
 * parentheses there (SQLite), wrapped as {@code select * from (…)}.
 */
record Compound(List<SelectModel> operands, List<Operator> operators) implements QueryPart {

  enum Operator {
    UNION(" union "),
    UNION_ALL(" union all "),
    INTERSECT(" intersect "),
    EXCEPT(" except ");

    final String sql;

    Operator(String sql) {
      this.sql = sql;
    }
  }

  Compound {
    operands = List.copyOf(operands);
    operators = List.copyOf(operators);
  }

  static Compound of(SelectModel left, Operator operator, SelectModel right) {
    if (left.compound() != null
        && !left.hasOrderOrLimit()
        && left.with() == null
        && !bindsTighter(operator, left.compound())) {
      List<SelectModel> operands = new ArrayList<>(left.compound().operands());
      List<Operator> operators = new ArrayList<>(left.compound().operators());
      operands.add(right);
      operators.add(operator);
      return new Compound(operands, operators);
    }
    return new Compound(List.of(left, right), List.of(operator));
  }

  /**
   * Whether appending {@code operator} to {@code left} without parentheses would change what the
   * query means: INTERSECT binds tighter than UNION and EXCEPT (on PostgreSQL, as in the standard),
   * so {@code a union b intersect c} is {@code a union (b intersect c)}, not the left-to-right
   * reading the builder expresses.
   */
  private static boolean bindsTighter(Operator operator, Compound left) {
    return operator == Operator.INTERSECT
        && left.operators.stream().anyMatch(existing -> existing != Operator.INTERSECT);
  }

  @Override
  public void accept(RenderContext context) {
    for (int i = 0; i < operands.size(); i++) {
      if (i > 0) {
        context.sql(operators.get(i - 1).sql);
      }
      renderOperand(context, operands.get(i), i);
    }
  }

  private static void renderOperand(RenderContext context, SelectModel operand, int index) {
    // A WITH may only start the whole statement; a later operand with one must be enclosed.
    boolean bare =
        !operand.hasOrderOrLimit()
            && operand.compound() == null
            && (index == 0 || operand.with() == null);
    if (bare) {
      context.visit(operand);
    } else if (context.dialect().supportsParenthesizedSetOperands()) {
      context.sql('(').visit(operand).sql(')');
    } else {
      context.sql("select * from (").visit(operand).sql(") as ").name("rex_set_" + index);
    }
  }
}
