package dev.rex.codegen;

import dev.rex.codegen.CodePlan.EnumPlan;
import dev.rex.dsl.EnumType;
import java.util.List;

/** Writes a Java enum for a database enum type; each constant knows its database label. */
final class EnumWriter {

  private EnumWriter() {}

  static JavaFile write(CodePlan plan, EnumPlan enumPlan) {
    String self = enumPlan.className();
    JavaFile file = new JavaFile(plan.enumsPackage(), self);
    file.imports(EnumType.class.getName());
    String name = enumPlan.model().schema() + "." + enumPlan.model().name();
    file.javadoc(0, "The database enum type " + JavaText.code(name) + ".", "");
    file.line(0, "public enum " + self + " implements EnumType {");
    List<String> literals = enumPlan.model().literals();
    for (int i = 0; i < literals.size(); i++) {
      String end = i == literals.size() - 1 ? ";" : ",";
      file.javadoc(2, "The label " + JavaText.code(literals.get(i)) + ".", "");
      file.line(
          2,
          enumPlan.constants().get(i) + "(" + JavaText.stringLiteral(literals.get(i)) + ")" + end);
    }
    if (literals.isEmpty()) {
      file.line(2, ";");
    }
    file.blank();
    file.line(2, "private final String literal;");
    file.blank();
    file.line(2, self + "(String literal) {");
    file.line(4, "this.literal = literal;");
    file.line(2, "}");
    file.blank();
    file.line(2, "@Override");
    file.line(2, "public String getLiteral() {");
    file.line(4, "return literal;");
    file.line(2, "}");
    file.line(0, "}");
    return file;
  }
}
