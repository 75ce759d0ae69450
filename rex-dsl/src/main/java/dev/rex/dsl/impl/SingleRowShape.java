package dev.rex.dsl.impl;

import dev.rex.dsl.Condition;
import dev.rex.dsl.Field;
import dev.rex.dsl.Table;
import dev.rex.dsl.UniqueKey;
import java.util.List;

/**
 * Whether a SELECT returns at most one row by its shape alone: it reads one table, with no join,
 * grouping or set operation, and its WHERE sets every column of that table's primary key to a value
 * ({@code id = ?}, or {@code a = ? and b = ? and …} for a composite key). A runtime uses it to
 * leave out the row maximum it would otherwise put on a single-row fetch, which some drivers turn
 * into extra SQL on every execution.
 *
 * <p>Only shapes that cannot return more rows are recognized; anything else answers false, which
 * costs nothing but the maximum.
 */
final class SingleRowShape {

  private SingleRowShape() {}

  static boolean byPrimaryKey(SelectModel model) {
    return byPrimaryKey(model, model.where());
  }

  /** As above, for {@code model} with {@code where} as its WHERE. */
  static boolean byPrimaryKey(SelectModel model, Condition where) {
    if (model.compound() != null
        || !model.joins().isEmpty()
        || !model.groupBy().isEmpty()
        || model.from().size() != 1) {
      return false;
    }
    Table<?> table = model.from().get(0);
    UniqueKey<?> key = table.getPrimaryKey();
    if (key == null) {
      return false;
    }
    List<? extends Field<?>> columns = key.fields();
    if (columns.isEmpty()) {
      return false;
    }
    for (int i = 0, size = columns.size(); i < size; i++) {
      if (!pins(where, columns.get(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The number of rows the query's LIMIT allows when it is a bind value, else 0 (no limit, or one
   * given as an expression); a reader sizes its list of rows by it.
   */
  static int limitOf(SelectModel model) {
    Field<Integer> limit = model.limit();
    if (limit instanceof Val<Integer> value) {
      Integer rows = value.value();
      return rows == null ? 0 : Math.max(rows, 0);
    }
    return 0;
  }

  private static boolean pins(Condition where, Field<?> column) {
    return where instanceof AbstractCondition condition && condition.pins(column);
  }
}
