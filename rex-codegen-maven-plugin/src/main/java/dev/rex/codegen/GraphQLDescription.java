package dev.rex.codegen;

import dev.rex.codegen.CodePlan.ColumnPlan;
import dev.rex.codegen.CodePlan.EnumPlan;
import dev.rex.codegen.CodePlan.ForeignKeyPlan;
import dev.rex.codegen.CodePlan.KeyPlan;
import dev.rex.codegen.CodePlan.TablePlan;
import dev.rex.dsl.SqlType;
import dev.rex.graphql.model.ColumnDescription;
import dev.rex.graphql.model.ForeignKeyDescription;
import dev.rex.graphql.model.SchemaDescription;
import dev.rex.graphql.model.TableDescription;
import java.util.ArrayList;
import java.util.List;

/**
 * Describes a {@link CodePlan} as rex-graphql's derivation reads it, exactly as {@code
 * dev.rex.graphql.Catalog#describe()} describes the generated table classes at run time: the same
 * tables in the same order, each column with the {@code SqlType} of the data type its generated
 * field is created with, nullability, {@code generated} for identity and defaulted columns, enum
 * labels in literal order, and the keys the table class returns (foreign keys to tables that are
 * not generated are left out in both). The generator derives the SDL it writes from this, so the
 * written schema and the served one cannot drift apart.
 */
final class GraphQLDescription {

  private GraphQLDescription() {}

  /** The description of every planned table. */
  static SchemaDescription of(CodePlan plan) {
    List<TableDescription> tables = new ArrayList<>();
    for (TablePlan table : plan.tables()) {
      tables.add(table(plan, table));
    }
    return new SchemaDescription(tables);
  }

  private static TableDescription table(CodePlan plan, TablePlan table) {
    List<ColumnDescription> columns = new ArrayList<>();
    for (ColumnPlan column : table.columns()) {
      columns.add(column(plan, column));
    }
    KeyPlan primary = plan.primaryKey(table);
    List<String> primaryKey = primary == null ? List.of() : names(table, primary.columns());
    List<List<String>> uniqueKeys = new ArrayList<>();
    for (KeyPlan key : plan.uniqueKeys(table)) {
      if (!key.primary()) {
        uniqueKeys.add(names(table, key.columns()));
      }
    }
    List<ForeignKeyDescription> foreignKeys = new ArrayList<>();
    for (ForeignKeyPlan key : plan.references(table)) {
      TablePlan target = key.key().table();
      foreignKeys.add(
          new ForeignKeyDescription(
              key.name(),
              names(table, key.columns()),
              target.model().name(),
              names(target, key.key().columns())));
    }
    return new TableDescription(
        table.model().name(), !table.model().view(), columns, primaryKey, uniqueKeys, foreignKeys);
  }

  private static ColumnDescription column(CodePlan plan, ColumnPlan column) {
    MappedType type = column.type();
    MappedType element = type.element();
    MappedType enumType = type.sqlType() == SqlType.ARRAY ? element : type;
    String enumName = null;
    List<String> labels = List.of();
    if (enumType != null && enumType.sqlType() == SqlType.ENUM) {
      enumName = enumType.enumTypeName();
      labels = labels(plan, enumType.javaType());
    }
    return new ColumnDescription(
        column.model().name(),
        type.sqlType(),
        element == null ? null : element.sqlType(),
        column.model().nullable(),
        column.model().identity() || column.model().defaultSql() != null,
        enumName,
        labels);
  }

  /** The literals of the generated enum class {@code enumClass}. */
  private static List<String> labels(CodePlan plan, TypeRef enumClass) {
    for (EnumPlan enumPlan : plan.enums()) {
      if (enumPlan.className().equals(enumClass.simpleName())) {
        return enumPlan.model().literals();
      }
    }
    throw new IllegalStateException("No planned enum " + enumClass.code());
  }

  /** The column names of {@code table}'s column constants. */
  private static List<String> names(TablePlan table, List<String> constants) {
    List<String> names = new ArrayList<>();
    for (String constant : constants) {
      names.add(columnName(table, constant));
    }
    return names;
  }

  private static String columnName(TablePlan table, String constant) {
    for (ColumnPlan column : table.columns()) {
      if (column.constant().equals(constant)) {
        return column.model().name();
      }
    }
    throw new IllegalStateException("No column constant " + constant + " in " + table.className());
  }
}
