package dev.rex.codegen;

import dev.rex.codegen.CodePlan.ColumnPlan;
import dev.rex.codegen.CodePlan.TablePlan;
import dev.rex.dsl.spi.RowColumns;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Writes how a generated record keeps its values: one private field per column, of the column's
 * Java type, and the three methods {@code AbstractTableRecord} reaches them through: {@code
 * value(int)} and {@code value(int, Object)} (a switch on the column's position) and {@code
 * read(RowColumns)}, which reads a row with one typed call per column. A record read from the
 * database is then one object holding its values, as a Java record of the same columns is, and each
 * column's read has its own call site, which the JIT compiles for that column alone.
 */
final class RecordStorageWriter {

  private RecordStorageWriter() {}

  /** The fields, one per column; null until set or read, as in a new record. */
  static void fields(JavaFile file, TablePlan table) {
    file.imports(Nullable.class.getName());
    file.blank();
    for (ColumnPlan column : table.columns()) {
      TypeRef type = column.type().javaType();
      file.imports(type.importName());
      file.line(2, "private " + type.nullableCode() + " " + column.field() + ";");
    }
  }

  /** The storage methods, after the accessors. */
  static void write(JavaFile file, TablePlan table) {
    file.imports(RowColumns.class.getName(), SQLException.class.getName());
    String noColumn =
        "default -> throw new IndexOutOfBoundsException(\"No column \" + index + "
            + JavaText.stringLiteral(" in " + table.model().name())
            + ");";
    positionSwitch(
        file,
        table,
        "protected @Nullable Object value(int index) {",
        "return switch (index) {",
        column -> "this." + column.field() + ";",
        noColumn,
        "};");
    positionSwitch(
        file,
        table,
        "protected void value(int index, @Nullable Object value) {",
        "switch (index) {",
        column -> "this." + column.field() + " = " + cast(column) + "value;",
        noColumn,
        "}");
    file.blank();
    file.line(2, "@Override");
    file.line(2, "protected void read(RowColumns row) throws SQLException {");
    List<ColumnPlan> columns = table.columns();
    for (int i = 0; i < columns.size(); i++) {
      ColumnPlan column = columns.get(i);
      String method = rowRead(column.type().javaType());
      String read =
          method.equals("get")
              ? cast(column) + "row.get(" + i + ")"
              : "row." + method + "(" + i + ")";
      file.line(4, "this." + column.field() + " = " + read + ";");
    }
    file.line(2, "}");
  }

  /** An override whose body is one switch on the column's position, an arm per column. */
  private static void positionSwitch(
      JavaFile file,
      TablePlan table,
      String signature,
      String opening,
      Function<ColumnPlan, String> arm,
      String otherwise,
      String closing) {
    file.blank();
    file.line(2, "@Override");
    file.line(2, signature);
    file.line(4, opening);
    List<ColumnPlan> columns = table.columns();
    for (int i = 0; i < columns.size(); i++) {
      file.line(6, "case " + i + " -> " + arm.apply(columns.get(i)));
    }
    file.line(6, otherwise);
    file.line(4, closing);
    file.line(2, "}");
  }

  private static String cast(ColumnPlan column) {
    TypeRef type = column.type().javaType();
    return type.needsCast() ? "(" + type.code() + ") " : "";
  }

  /** The {@code RowColumns} method that reads a column of {@code type}. */
  private static String rowRead(TypeRef type) {
    if (type.dimensions() > 0 || !type.packageName().equals("java.lang")) {
      return "get";
    }
    return switch (type.simpleName()) {
      case "Integer" -> "getInteger";
      case "Long" -> "getLong";
      case "String" -> "getString";
      default -> "get";
    };
  }
}
