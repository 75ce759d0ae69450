package dev.rex.codegen;

import dev.rex.codegen.CodePlan.TablePlan;

/** Writes {@code Tables}: one constant per table, for {@code import static ...Tables.*}. */
final class TablesWriter {

  private TablesWriter() {}

  static JavaFile write(CodePlan plan) {
    JavaFile file = new JavaFile(plan.packageName(), "Tables");
    file.javadoc(
        0,
        "Every generated table. Use it with {@code import static "
            + plan.packageName()
            + ".Tables.*;}.",
        "");
    file.line(0, "public final class Tables {");
    for (TablePlan table : plan.tables()) {
      file.imports(plan.tablesPackage() + "." + table.className());
      file.blank();
      String kind = table.model().view() ? "The view " : "The table ";
      file.javadoc(2, kind + JavaText.code(table.model().name()) + ".", table.model().comment());
      file.line(
          2,
          "public static final "
              + table.className()
              + " "
              + table.constant()
              + " = "
              + table.className()
              + "."
              + table.constant()
              + ";");
    }
    file.blank();
    file.line(2, "private Tables() {}");
    file.line(0, "}");
    return file;
  }
}
