package dev.rex.codegen;

import dev.rex.codegen.CodePlan.TablePlan;
import dev.rex.codegen.SchemaModel.CheckModel;
import dev.rex.codegen.SchemaModel.CheckModel.Literal;
import dev.rex.dsl.Check;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes a table's {@code getChecks()} override: one {@link Check} per understood condition, built
 * from literals in the source so that nothing is parsed at run time. The Javadoc names the check
 * constraints left to the database.
 */
final class ChecksWriter {

  private ChecksWriter() {}

  static void write(JavaFile file, TablePlan table) {
    List<CheckModel> checks = table.model().checks();
    if (checks.isEmpty()) {
      return;
    }
    file.imports(Check.class.getName(), List.class.getName());
    file.blank();
    List<String> left = table.model().uncheckedConstraints();
    file.javadoc(
        2,
        "The check constraints Rex evaluates before writing a record.",
        left.isEmpty() ? "" : "Left to the database: " + String.join("; ", left) + ".");
    file.line(2, "@Override");
    file.line(2, "public List<Check> getChecks() {");
    file.line(4, "return List.of(");
    for (int i = 0; i < checks.size(); i++) {
      String end = i == checks.size() - 1 ? "));" : "),";
      file.line(8, expression(file, table, checks.get(i)) + end);
    }
    file.line(2, "}");
  }

  private static String expression(JavaFile file, TablePlan table, CheckModel check) {
    String head =
        JavaText.stringLiteral(check.name()) + ", " + table.columnConstant(check.column()) + ", ";
    String operator = "Check.Operator." + check.operator();
    return switch (check.kind()) {
      case COMPARE ->
          "Check.compare(" + head + operator + ", " + literal(file, check.values().get(0));
      case IN ->
          "Check.in("
              + head
              + "List.of("
              + check.values().stream().map(v -> literal(file, v)).collect(Collectors.joining(", "))
              + ")";
      case LENGTH -> "Check.length(" + head + operator + ", " + check.values().get(0).text();
    };
  }

  private static String literal(JavaFile file, Literal literal) {
    if (!literal.number()) {
      return JavaText.stringLiteral(literal.text());
    }
    file.imports(BigDecimal.class.getName());
    return "new BigDecimal(" + JavaText.stringLiteral(literal.text()) + ")";
  }
}
