package dev.rex.codegen;

import dev.rex.codegen.SchemaModel.CheckModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.meta.ColumnDefinition;
import org.jooq.meta.TableDefinition;
import org.jspecify.annotations.Nullable;

/**
 * Reads a table's check constraints and sorts them into those {@link CheckParser} understands and
 * those left to the database. The {@link TargetDialect} reads them ({@link TargetDialect#checks}).
 * An unnamed check on one column is named as PostgreSQL would name it: {@code table_column_check}.
 *
 * @param understood the conditions Rex evaluates before writing
 * @param leftToTheDatabase the other constraints, as {@code name: clause}
 */
record CheckReader(List<CheckModel> understood, List<String> leftToTheDatabase) {

  static CheckReader read(TargetDialect dialect, TableDefinition table) {
    List<CheckModel> understood = new ArrayList<>();
    List<String> left = new ArrayList<>();
    for (TargetDialect.CheckClause check : dialect.checks(table)) {
      add(table, check.name(), check.clause(), understood, left);
    }
    return new CheckReader(understood, left);
  }

  private static void add(
      TableDefinition table,
      @Nullable String name,
      String clause,
      List<CheckModel> understood,
      List<String> left) {
    String given = name == null ? "" : name;
    Optional<List<CheckModel>> parsed = CheckParser.parse(given, clause, n -> column(table, n));
    if (parsed.isEmpty()) {
      left.add((name == null ? "check" : name) + ": " + clause);
      return;
    }
    for (CheckModel check : parsed.get()) {
      understood.add(
          name != null
              ? check
              : new CheckModel(
                  table.getName() + "_" + check.column() + "_check",
                  check.column(),
                  check.kind(),
                  check.operator(),
                  check.values()));
    }
  }

  /** The table's column called {@code name} (unquoted names match in any case), or null. */
  private static @Nullable String column(TableDefinition table, String name) {
    for (ColumnDefinition column : table.getColumns()) {
      if (column.getName().equalsIgnoreCase(name)) {
        return column.getName();
      }
    }
    return null;
  }
}
