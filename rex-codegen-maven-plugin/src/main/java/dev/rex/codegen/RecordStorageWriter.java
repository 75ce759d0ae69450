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
 *
 * <p>{@code Integer} and {@code Long} columns (up to {@value ColumnPlan#MAX_PRIMITIVE_COLUMNS} per
 * table) are kept in {@code int} and {@code long} fields, read without a box ({@link
 * RowColumns#intValue}); an {@code int} mask ({@value ColumnPlan#PRESENCE_FIELD}) has a bit per
 * such column, set while its field holds a value, so null stays null: a column never set or set to
 * null reads as null, exactly as a boxed field would.
 */
final class RecordStorageWriter {

  private RecordStorageWriter() {}

  /** The fields, one per column; null until set or read, as in a new record. */
  static void fields(JavaFile file, TablePlan table) {
    file.imports(Nullable.class.getName());
    file.blank();
    boolean anyPrimitive = false;
    for (ColumnPlan column : table.columns()) {
      TypeRef type = column.type().javaType();
      if (column.primitive()) {
        anyPrimitive = true;
        file.line(2, "private " + ColumnPlan.primitiveFor(type) + " " + column.field() + ";");
      } else {
        file.imports(type.importName());
        file.line(2, "private " + type.nullableCode() + " " + column.field() + ";");
      }
    }
    if (anyPrimitive) {
      file.blank();
      file.line(
          2, "/** A bit per column kept in a primitive field: set while it holds a value. */");
      file.line(2, "private int " + ColumnPlan.PRESENCE_FIELD + ";");
    }
  }

  /** The expression a getter returns: the field, or null for a primitive field with no value. */
  static String getterValue(ColumnPlan column) {
    return column.primitive()
        ? column.presentTest() + " ? this." + column.field() + " : null"
        : "this." + column.field();
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
        column -> getterValue(column) + ";",
        noColumn,
        "};");
    positionSwitch(
        file,
        table,
        "protected void value(int index, @Nullable Object value) {",
        "switch (index) {",
        RecordStorageWriter::store,
        noColumn,
        "}");
    file.blank();
    file.line(2, "@Override");
    file.line(2, "protected void read(RowColumns row) throws SQLException {");
    List<ColumnPlan> columns = table.columns();
    boolean anyPrimitive = columns.stream().anyMatch(ColumnPlan::primitive);
    if (anyPrimitive) {
      file.line(4, "int " + ColumnPlan.PRESENCE_FIELD + " = 0;");
    }
    for (int i = 0; i < columns.size(); i++) {
      ColumnPlan column = columns.get(i);
      if (column.primitive()) {
        String method =
            column.type().javaType().simpleName().equals("Long") ? "longValue" : "intValue";
        file.line(4, "this." + column.field() + " = row." + method + "(" + i + ");");
        file.line(4, "if (!row.isNull(" + i + ")) {");
        file.line(6, ColumnPlan.PRESENCE_FIELD + " |= " + column.mask() + ";");
        file.line(4, "}");
        continue;
      }
      String method = rowRead(column.type().javaType());
      String read =
          method.equals("get")
              ? cast(column) + "row.get(" + i + ")"
              : "row." + method + "(" + i + ")";
      file.line(4, "this." + column.field() + " = " + read + ";");
    }
    if (anyPrimitive) {
      file.line(4, "this." + ColumnPlan.PRESENCE_FIELD + " = " + ColumnPlan.PRESENCE_FIELD + ";");
    }
    file.line(2, "}");
  }

  /** The switch arm that stores {@code value} in the column's field. */
  private static String store(ColumnPlan column) {
    if (!column.primitive()) {
      return "this." + column.field() + " = " + cast(column) + "value;";
    }
    String mask = column.mask();
    String presence = "this." + ColumnPlan.PRESENCE_FIELD;
    return "{\n"
        + "  if (value == null) {\n"
        + "    "
        + presence
        + " &= ~"
        + mask
        + ";\n"
        + "  } else {\n"
        + "    this."
        + column.field()
        + " = "
        + cast(column)
        + "value;\n"
        + "    "
        + presence
        + " |= "
        + mask
        + ";\n"
        + "  }\n"
        + "}";
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
      List<String> lines = arm.apply(columns.get(i)).lines().toList();
      file.line(6, "case " + i + " -> " + lines.get(0));
      for (int line = 1; line < lines.size(); line++) {
        file.line(6, lines.get(line));
      }
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
