package dev.rex.codegen;

import dev.rex.codegen.CodePlan.ForeignKeyPlan;
import dev.rex.codegen.CodePlan.KeyPlan;
import dev.rex.codegen.CodePlan.TablePlan;
import dev.rex.dsl.ForeignKey;
import dev.rex.dsl.UniqueKey;
import java.util.List;

/**
 * Writes {@code Keys}: one constant per primary, unique and foreign key. Unique keys come first,
 * because foreign keys refer to them and static fields initialise in declaration order.
 */
final class KeysWriter {

  private KeysWriter() {}

  static JavaFile write(CodePlan plan) {
    JavaFile file = new JavaFile(plan.packageName(), "Keys");
    file.javadoc(0, "The primary, unique and foreign keys of the generated tables.", "");
    file.line(0, "public final class Keys {");
    for (KeyPlan key : plan.keys()) {
      TablePlan table = key.table();
      importTable(file, plan, table);
      file.imports(UniqueKey.class.getName());
      file.blank();
      file.javadoc(2, (key.primary() ? "The primary key " : "The unique key ") + name(key), "");
      file.line(
          2, "public static final UniqueKey<" + table.recordClass() + "> " + key.constant() + " =");
      String factory = key.primary() ? "UniqueKey.primaryKey(" : "UniqueKey.unique(";
      file.line(6, factory + arguments(key.name(), table, key.columns()) + ");");
    }
    for (ForeignKeyPlan fk : plan.foreignKeys()) {
      TablePlan table = fk.table();
      TablePlan target = fk.key().table();
      importTable(file, plan, table);
      importTable(file, plan, target);
      file.imports(ForeignKey.class.getName());
      file.blank();
      String summary =
          "The foreign key <code>"
              + JavaText.javadoc(fk.name())
              + "</code> from "
              + JavaText.code(table.model().name())
              + " to "
              + JavaText.code(target.model().name())
              + ".";
      file.javadoc(2, summary, "");
      file.line(
          2,
          "public static final ForeignKey<"
              + table.recordClass()
              + ", "
              + target.recordClass()
              + "> "
              + fk.constant()
              + " =");
      String name = JavaText.stringLiteral(fk.name());
      String tableRef = table.className() + "." + table.constant();
      String fields = fields(table, fk.columns());
      file.line(
          6,
          "ForeignKey.of("
              + name
              + ", "
              + tableRef
              + ", Keys."
              + fk.key().constant()
              + ", "
              + fields
              + ");");
    }
    file.blank();
    file.line(2, "private Keys() {}");
    file.line(0, "}");
    return file;
  }

  private static void importTable(JavaFile file, CodePlan plan, TablePlan table) {
    file.imports(
        plan.tablesPackage() + "." + table.className(),
        plan.recordsPackage() + "." + table.recordClass());
  }

  private static String name(KeyPlan key) {
    return "<code>"
        + JavaText.javadoc(key.name())
        + "</code> of "
        + JavaText.code(key.table().model().name())
        + ".";
  }

  private static String arguments(String name, TablePlan table, List<String> columns) {
    return JavaText.stringLiteral(name)
        + ", "
        + table.className()
        + "."
        + table.constant()
        + ", "
        + fields(table, columns);
  }

  private static String fields(TablePlan table, List<String> columns) {
    String prefix = table.className() + "." + table.constant() + ".";
    return String.join(", ", columns.stream().map(c -> prefix + c).toList());
  }
}
