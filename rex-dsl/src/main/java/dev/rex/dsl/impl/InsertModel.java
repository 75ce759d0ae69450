package dev.rex.dsl.impl;

import dev.rex.dsl.Field;
import dev.rex.dsl.QueryPart;
import dev.rex.dsl.Table;
import dev.rex.dsl.spi.RenderContext;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The syntax tree of an INSERT: columns with rows of values, or a query, or default values; an
 * optional conflict clause; optional RETURNING.
 */
record InsertModel(
    Table<?> table,
    List<Field<?>> columns,
    List<List<Field<?>>> rows,
    @Nullable SelectModel select,
    @Nullable Conflict conflict,
    @Nullable Returning returning)
    implements QueryPart {

  InsertModel {
    columns = List.copyOf(columns);
    rows = rows.stream().map(List::copyOf).toList();
  }

  InsertModel withRows(List<Field<?>> newColumns, List<List<Field<?>>> newRows) {
    return new InsertModel(table, newColumns, newRows, select, conflict, returning);
  }

  InsertModel withSelect(SelectModel query) {
    return new InsertModel(table, columns, List.of(), query, conflict, returning);
  }

  InsertModel withConflict(Conflict clause) {
    return new InsertModel(table, columns, rows, select, clause, returning);
  }

  InsertModel withoutReturning() {
    return new InsertModel(table, columns, rows, select, conflict, null);
  }

  InsertModel withReturning(Returning clause) {
    return new InsertModel(table, columns, rows, select, conflict, clause);
  }

  @Override
  public void accept(RenderContext context) {
    RenderContext.Position outer = context.position(RenderContext.Position.REFERENCE);
    boolean qualify = context.qualify(false);
    context.sql("insert into ");
    TableFieldImpl.renderReference(context, table.getAlias() == null ? table : unaliased());
    if (columns.isEmpty() && select == null) {
      context.sql(" default values");
    } else {
      context.sql(" (");
      Renderer.list(context, columns, ", ");
      context.sql(')');
      context.qualify(true);
      if (select != null) {
        context.sql(' ').visit(select);
      } else {
        requireCompleteRows();
        context.sql(" values ");
        for (int i = 0; i < rows.size(); i++) {
          context.sql(i == 0 ? "(" : ", (");
          Renderer.list(context, rows.get(i), ", ");
          context.sql(')');
        }
      }
    }
    context.qualify(true);
    if (conflict != null) {
      conflict.render(context, columns);
    }
    if (returning != null) {
      context.visit(returning);
    }
    context.qualify(qualify);
    context.position(outer);
  }

  /** The last row of a multi-row insert is only checked here, when nothing can be added to it. */
  private void requireCompleteRows() {
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).size() != columns.size()) {
        throw new IllegalStateException(
            "Row "
                + (i + 1)
                + " of the insert into "
                + table.getName()
                + " sets "
                + rows.get(i).size()
                + " of the "
                + columns.size()
                + " columns "
                + columns.stream().map(Field::getName).toList()
                + ".");
      }
    }
  }

  private Table<?> unaliased() {
    throw new IllegalArgumentException(
        "Insert into the table itself, not an alias of it: " + table.getName() + ".");
  }
}
