package dev.rex.codegen;

import dev.rex.codegen.CodePlan.ColumnPlan;
import dev.rex.codegen.CodePlan.ForeignKeyPlan;
import dev.rex.codegen.CodePlan.KeyPlan;
import dev.rex.codegen.CodePlan.TablePlan;
import dev.rex.codegen.SchemaModel.ColumnModel;
import dev.rex.codegen.SchemaModel.TableModel;
import dev.rex.dsl.ForeignKey;
import dev.rex.dsl.Table;
import dev.rex.dsl.TableField;
import dev.rex.dsl.UniqueKey;
import dev.rex.dsl.WritableTable;
import dev.rex.dsl.gen.AbstractTable;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes a table class: an {@code AbstractTable} subclass with one typed {@code TableField} per
 * column, created in column order, and the key accessors that return constants of {@code Keys}.
 */
final class TableWriter {

  private TableWriter() {}

  static JavaFile write(CodePlan plan, TablePlan table) {
    TableModel model = table.model();
    String recordClass = table.recordClass();
    String self = table.className();
    JavaFile file = new JavaFile(plan.tablesPackage(), self);
    file.imports(AbstractTable.class.getName(), TableField.class.getName());
    file.imports(plan.recordsPackage() + "." + recordClass);
    String kind = model.view() ? "The view " : "The table ";
    file.javadoc(0, kind + JavaText.code(qualified(model)) + ".", model.comment());
    if (model.view()) {
      file.line(0, "public final class " + self + " extends AbstractTable<" + recordClass + "> {");
    } else {
      // Only base tables are writable: insertInto / update / deleteFrom take a WritableTable.
      file.imports(WritableTable.class.getName());
      file.line(
          0,
          "public final class "
              + self
              + " extends AbstractTable<"
              + recordClass
              + "> implements WritableTable<"
              + recordClass
              + "> {");
    }
    file.blank();
    file.javadoc(2, kind + JavaText.code(qualified(model)) + ".", "");
    file.line(2, "public static final " + self + " " + table.constant() + " = new " + self + "();");
    for (ColumnPlan column : table.columns()) {
      file.imports(column.type().imports());
      file.blank();
      String description =
          "The column " + JavaText.code(model.name() + "." + column.model().name());
      file.javadoc(2, description + ".", column.model().comment());
      file.line(
          2,
          "public final TableField<"
              + recordClass
              + ", "
              + column.type().javaType().code()
              + "> "
              + column.constant()
              + " =");
      file.line(
          6,
          "createField("
              + JavaText.stringLiteral(column.model().name())
              + ", "
              + dataType(column)
              + ");");
    }
    String schema =
        model.schema().equals(plan.defaultSchema())
            ? "null"
            : JavaText.stringLiteral(model.schema());
    String name = JavaText.stringLiteral(model.name());
    file.blank();
    file.line(2, "private " + self + "() {");
    file.line(4, "super(" + name + ", " + schema + ", null);");
    file.line(2, "}");
    file.blank();
    file.line(2, "private " + self + "(String alias) {");
    file.line(4, "super(" + name + ", " + schema + ", alias);");
    file.line(2, "}");
    if (plan.foreignKeys().stream().anyMatch(key -> key.key().table() == table)) {
      pathConstructor(file, self, recordClass, name, schema);
    }
    override(file, self + " as(String alias)", "new " + self + "(alias)");
    navigation(file, plan, table);
    override(file, recordClass + " newRecord()", "new " + recordClass + "()");
    keys(file, plan, table);
    ChecksWriter.write(file, table);
    file.line(0, "}");
    return file;
  }

  /** The constructor navigation methods of child tables call: {@code TRACK.album()}. */
  private static void pathConstructor(
      JavaFile file, String self, String recordClass, String name, String schema) {
    file.imports(Table.class.getName(), ForeignKey.class.getName());
    file.blank();
    file.javadoc(2, "This table reached from {@code child} along {@code key}.", "");
    file.line(2, self + "(Table<?> child, ForeignKey<?, " + recordClass + "> key, String step) {");
    file.line(4, "super(" + name + ", " + schema + ", child, key, step);");
    file.line(2, "}");
  }

  /** One method per foreign key, to the referenced table: using its fields joins it. */
  private static void navigation(JavaFile file, CodePlan plan, TablePlan table) {
    for (Navigations.Parent step : Navigations.parents(plan, table)) {
      TablePlan parent = step.parent();
      if (!parent.className().equals(table.className())) {
        file.imports(plan.tablesPackage() + "." + parent.className());
      }
      file.imports(plan.packageName() + ".Keys");
      file.blank();
      file.javadoc(
          2,
          "The "
              + JavaText.code(parent.model().name())
              + " row this row references through "
              + JavaText.code(step.key().name())
              + ". Using its fields in a query joins it implicitly (a left join when the key"
              + " is nullable).",
          "");
      file.line(2, "public " + parent.className() + " " + step.method() + "() {");
      file.line(
          4,
          "return new "
              + parent.className()
              + "(this, Keys."
              + step.key().constant()
              + ", "
              + JavaText.stringLiteral(step.method())
              + ");");
      file.line(2, "}");
    }
  }

  private static void keys(JavaFile file, CodePlan plan, TablePlan table) {
    String record = table.recordClass();
    KeyPlan primary = plan.primaryKey(table);
    List<KeyPlan> unique = plan.uniqueKeys(table);
    List<ForeignKeyPlan> references = plan.references(table);
    if (primary == null && unique.isEmpty() && references.isEmpty()) {
      return;
    }
    file.imports(plan.packageName() + ".Keys");
    if (primary != null) {
      file.imports(UniqueKey.class.getName());
      override(file, "UniqueKey<" + record + "> getPrimaryKey()", "Keys." + primary.constant());
    }
    if (!unique.isEmpty()) {
      file.imports(UniqueKey.class.getName(), List.class.getName());
      String keys = unique.stream().map(k -> "Keys." + k.constant()).collect(joining());
      override(file, "List<UniqueKey<" + record + ">> getUniqueKeys()", "List.of(" + keys + ")");
    }
    if (!references.isEmpty()) {
      file.imports(ForeignKey.class.getName(), List.class.getName());
      String keys = references.stream().map(k -> "Keys." + k.constant()).collect(joining());
      override(
          file, "List<ForeignKey<" + record + ", ?>> getReferences()", "List.of(" + keys + ")");
    }
  }

  private static java.util.stream.Collector<CharSequence, ?, String> joining() {
    return Collectors.joining(", ");
  }

  private static void override(JavaFile file, String signature, String result) {
    file.blank();
    file.line(2, "@Override");
    file.line(2, "public " + signature + " {");
    file.line(4, "return " + result + ";");
    file.line(2, "}");
  }

  /** The column's data type: the mapped type refined with the column's metadata. */
  static String dataType(ColumnPlan column) {
    ColumnModel model = column.model();
    MappedType type = column.type();
    StringBuilder out = new StringBuilder(type.expression());
    if (!model.nullable()) {
      out.append(".nullable(false)");
    }
    if (type.hasLength() && model.type().length() > 0) {
      out.append(".length(").append(model.type().length()).append(')');
    }
    if (type.hasPrecision() && model.type().precision() > 0) {
      out.append(".precision(")
          .append(model.type().precision())
          .append(", ")
          .append(model.type().scale())
          .append(')');
    }
    if (model.defaultSql() != null) {
      out.append(".defaultValue(").append(JavaText.stringLiteral(model.defaultSql())).append(')');
    }
    if (model.identity()) {
      out.append(".identity(true)");
    }
    return out.toString();
  }

  private static String qualified(TableModel model) {
    return model.schema() + "." + model.name();
  }
}
