package dev.rex.dsl.impl;

import dev.rex.dsl.Query;
import dev.rex.dsl.QueryPart;
import dev.rex.dsl.Table;
import dev.rex.dsl.dialect.PostgresDialect;
import dev.rex.dsl.gen.AbstractTable;
import dev.rex.dsl.spi.RenderContext;
import dev.rex.dsl.spi.StatementTables;
import dev.rex.dsl.spi.StatementTables.Kind;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Finds a statement's {@link StatementTables} by walking its model with a render context that
 * writes nothing and remembers each table it is asked to visit (see {@link StatementTables} for
 * what is found).
 */
final class StatementTableWalk {

  private StatementTableWalk() {}

  /** The tables of {@code query}. */
  static StatementTables of(Query query) {
    QueryPart model = Queries.shape(query);
    if (model instanceof PlainSql) {
      return new StatementTables(Kind.PLAIN_SQL, Set.of());
    }
    Collector collector = new Collector();
    Kind kind = Kind.READ;
    if (model instanceof InsertModel insert) {
      kind = Kind.WRITE;
      collector.add(insert.table());
    } else if (model instanceof UpdateModel update) {
      kind = Kind.WRITE;
      collector.add(update.table());
    } else if (model instanceof DeleteModel delete) {
      kind = Kind.WRITE;
      collector.add(delete.table());
    }
    model.accept(collector);
    return new StatementTables(kind, collector.tables);
  }

  /** A render context that writes nothing and remembers the tables it visits. */
  static final class Collector extends SilentRenderContext {

    private final Set<String> tables = new LinkedHashSet<>();

    Collector() {
      super(PostgresDialect.INSTANCE);
    }

    void add(Table<?> table) {
      tables.add(StatementTables.nameOf(table));
    }

    /**
     * A column's table and, if it was reached by navigation, every table on the way: the implicit
     * joins are rendered only when SQL is, so this walk sees them through the columns.
     */
    private void addNavigated(Table<?> table) {
      Table<?> step = table;
      for (TablePath path = TablePath.of(step); path != null; path = TablePath.of(step)) {
        add(step);
        step = path.child();
      }
    }

    @Override
    public RenderContext visit(QueryPart part) {
      if (part instanceof AbstractTable<?> || part instanceof NamedTable<?>) {
        add((Table<?>) part);
      } else if (part instanceof TableFieldImpl<?, ?> column) {
        addNavigated(column.getTable());
      }
      part.accept(this);
      return this;
    }
  }
}
