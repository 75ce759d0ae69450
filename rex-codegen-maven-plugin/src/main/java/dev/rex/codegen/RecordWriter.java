package dev.rex.codegen;

import dev.rex.codegen.CodePlan.ColumnPlan;
import dev.rex.codegen.CodePlan.TablePlan;
import dev.rex.dsl.Result;
import dev.rex.dsl.gen.AbstractTableRecord;
import dev.rex.dsl.gen.AbstractUpdatableRecord;
import org.jspecify.annotations.Nullable;

/**
 * Writes a record class: an {@code AbstractTableRecord} with a field, a typed getter and a fluent
 * setter per column (the storage methods are {@link RecordStorageWriter}'s). Getters and setters of
 * nullable columns carry JSpecify {@code @Nullable}.
 */
final class RecordWriter {

  private RecordWriter() {}

  static JavaFile write(CodePlan plan, TablePlan table) {
    String self = table.recordClass();
    String name = JavaText.code(table.model().schema() + "." + table.model().name());
    JavaFile file = new JavaFile(plan.recordsPackage(), self);
    // Records of base tables can write themselves back; records of views cannot.
    Class<?> base =
        table.model().view() ? AbstractTableRecord.class : AbstractUpdatableRecord.class;
    file.imports(base.getName());
    file.imports(plan.tablesPackage() + "." + table.className());
    file.javadoc(0, "A row of " + name + ".", "");
    file.line(
        0, "public final class " + self + " extends " + base.getSimpleName() + "<" + self + "> {");
    RecordStorageWriter.fields(file, table);
    file.blank();
    file.javadoc(2, "An empty, detached record of " + name + ".", "");
    file.line(2, "public " + self + "() {");
    file.line(4, "super(" + table.className() + "." + table.constant() + ");");
    file.line(2, "}");
    int index = 0;
    for (ColumnPlan column : table.columns()) {
      accessors(file, column, self, index++);
    }
    RecordStorageWriter.write(file, table);
    navigation(file, plan, table);
    file.line(0, "}");
    return file;
  }

  /** Lazy navigation along every foreign key, in both directions, and through join tables. */
  private static void navigation(JavaFile file, CodePlan plan, TablePlan table) {
    String keys = plan.packageName() + ".Keys";
    for (Navigations.Parent step : Navigations.parents(plan, table)) {
      String parent = step.parent().recordClass();
      file.imports(Nullable.class.getName(), keys);
      importRecord(file, plan, table, step.parent());
      file.blank();
      file.javadoc(
          2,
          "Fetches the "
              + JavaText.code(step.parent().model().name())
              + " row this one references"
              + " through "
              + JavaText.code(step.key().name())
              + "; null when the key is null.",
          "");
      file.line(2, "public @Nullable " + parent + " " + step.fetchMethod() + "() {");
      file.line(4, "return fetchParent(Keys." + step.key().constant() + ");");
      file.line(2, "}");
    }
    for (Navigations.Children children : Navigations.children(plan, table)) {
      if (children.one()) {
        one(file, plan, table, children);
        continue;
      }
      many(
          file,
          plan,
          table,
          children.method(),
          children.child(),
          "that reference this one through " + JavaText.code(children.key().name()),
          "fetchChildren(Keys." + children.key().constant() + ")");
    }
    for (Navigations.Through through : Navigations.through(plan, table)) {
      many(
          file,
          plan,
          table,
          through.method(),
          through.other(),
          "linked to this one through " + JavaText.code(through.toThis().table().model().name()),
          "fetchThrough(Keys."
              + through.toThis().constant()
              + ", Keys."
              + through.toOther().constant()
              + ")");
    }
  }

  private static void one(
      JavaFile file, CodePlan plan, TablePlan table, Navigations.Children children) {
    file.imports(Nullable.class.getName(), plan.packageName() + ".Keys");
    importRecord(file, plan, table, children.child());
    file.blank();
    file.javadoc(
        2,
        "Fetches the "
            + JavaText.code(children.child().model().name())
            + " row that references this one through "
            + JavaText.code(children.key().name())
            + " (one-to-one: the key is unique); null when there is none.",
        "");
    file.line(
        2, "public @Nullable " + children.child().recordClass() + " " + children.method() + "() {");
    file.line(4, "return fetchChild(Keys." + children.key().constant() + ");");
    file.line(2, "}");
  }

  private static void many(
      JavaFile file,
      CodePlan plan,
      TablePlan table,
      String method,
      TablePlan other,
      String how,
      String call) {
    file.imports(Result.class.getName(), plan.packageName() + ".Keys");
    importRecord(file, plan, table, other);
    file.blank();
    file.javadoc(
        2, "Fetches the " + JavaText.code(other.model().name()) + " rows " + how + ".", "");
    file.line(2, "public Result<" + other.recordClass() + "> " + method + "() {");
    file.line(4, "return " + call + ";");
    file.line(2, "}");
  }

  private static void importRecord(JavaFile file, CodePlan plan, TablePlan self, TablePlan other) {
    if (other != self) {
      file.imports(plan.recordsPackage() + "." + other.recordClass());
    }
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
    file.blank();
    file.javadoc(2, "The value of " + columnName + ".", "");
    file.line(2, "public " + typeCode + " " + column.getter() + "() {");
    file.line(4, "return " + RecordStorageWriter.getterValue(column) + ";");
    file.line(2, "}");
    file.blank();
    file.javadoc(2, "Sets " + columnName + ".", "");
    file.line(2, "public " + self + " " + column.setter() + "(" + typeCode + " value) {");
    file.line(4, "return set(" + index + ", value);");
    file.line(2, "}");
  }
}
