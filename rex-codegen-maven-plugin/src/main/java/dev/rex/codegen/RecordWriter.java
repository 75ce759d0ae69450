package dev.rex.codegen;

import dev.rex.codegen.CodePlan.ColumnPlan;
import dev.rex.codegen.CodePlan.TablePlan;
import dev.rex.dsl.impl.TableRecordImpl;
import org.jspecify.annotations.Nullable;

/**
 * Writes a record class: a {@code TableRecordImpl} with a typed getter and a fluent setter per
 * column. Getters and setters of nullable columns carry JSpecify {@code @Nullable}.
 */
final class RecordWriter {

  private RecordWriter() {}

  static JavaFile write(CodePlan plan, TablePlan table) {
    String self = table.recordClass();
    String name = JavaText.code(table.model().schema() + "." + table.model().name());
    JavaFile file = new JavaFile(plan.recordsPackage(), self);
    file.imports(TableRecordImpl.class.getName());
    file.imports(plan.tablesPackage() + "." + table.className());
    file.javadoc(0, "A row of " + name + ".", "");
    file.line(0, "public final class " + self + " extends TableRecordImpl<" + self + "> {");
    file.blank();
    file.javadoc(2, "An empty, detached record of " + name + ".", "");
    file.line(2, "public " + self + "() {");
    file.line(4, "super(" + table.className() + "." + table.constant() + ");");
    file.line(2, "}");
    int index = 0;
    for (ColumnPlan column : table.columns()) {
      accessors(file, column, self, index++);
    }
    file.line(0, "}");
    return file;
  }

  private static void accessors(JavaFile file, ColumnPlan column, String self, int index) {
    TypeRef type = column.type().javaType();
    file.imports(type.importName());
    boolean nullable = column.model().nullable();
    if (nullable) {
      file.imports(Nullable.class.getName());
    }
    String typeCode = nullable ? type.nullableCode() : type.code();
    String columnName = JavaText.code(column.model().name());
    String cast = type.needsCast() ? "(" + type.code() + ") " : "";
    file.blank();
    file.javadoc(2, "The value of " + columnName + ".", "");
    file.line(2, "public " + typeCode + " " + column.getter() + "() {");
    file.line(4, "return " + cast + "get(" + index + ");");
    file.line(2, "}");
    file.blank();
    file.javadoc(2, "Sets " + columnName + ".", "");
    file.line(2, "public " + self + " " + column.setter() + "(" + typeCode + " value) {");
    file.line(4, "return set(" + index + ", value);");
    file.line(2, "}");
  }
}
