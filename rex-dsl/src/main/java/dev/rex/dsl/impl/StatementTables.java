package dev.rex.dsl.impl;

import dev.rex.dsl.Query;
import dev.rex.dsl.QueryPart;
import dev.rex.dsl.Table;
import dev.rex.dsl.dialect.PostgresDialect;
import dev.rex.dsl.spi.RenderContext;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The tables a statement touches, found by walking its model: every table declared in {@code FROM}
 * and {@code JOIN} at any depth (subqueries in {@code FROM} and {@code WHERE}, common table
 * expressions, set operations) and, for {@code INSERT}, {@code UPDATE} and {@code DELETE}, the
 * target, and every table a column reaches by navigation ({@code ALBUM.artist().NAME} reads {@code
 * artist}, joined implicitly), in any clause and at any depth. A result cache uses it to know which
 * cached results a write makes stale.
 *
 * <p>The walk reuses the rendering code in a mode that produces no text: a context that records
 * each table it is asked to visit. Names are as the database spells them, qualified with the schema
 * when the table has one ({@code "sales.invoice"}). Plain SQL cannot be analysed; its kind is
 * {@link Kind#PLAIN_SQL} and its table set is empty.
 *
 * @param kind whether the statement reads, writes or is plain SQL
 * @param tables the tables it reads or writes
 */
public record StatementTables(Kind kind, Set<String> tables) {

  /** What a statement does to its tables. */
  public enum Kind {
    /** A query: {@code SELECT}, possibly with {@code WITH} and set operations. */
    READ,
    /** {@code INSERT}, {@code UPDATE} or {@code DELETE} (the tables include those it reads). */
    WRITE,
    /** Application-written SQL, whose tables are unknown. */
    PLAIN_SQL
  }

  /** Copies {@code tables}. */
  public StatementTables {
    tables = Set.copyOf(tables);
  }

  /** The tables of {@code query}. */
  public static StatementTables of(Query query) {
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

  /** The name a table is known by in table sets: {@code name}, or {@code schema.name}. */
  public static String nameOf(Table<?> table) {
    String schema = table.getSchema();
    return schema == null ? table.getName() : schema + "." + table.getName();
  }

  /** A render context that writes nothing and remembers the tables it visits. */
  private static final class Collector extends SilentRenderContext {

    private final Set<String> tables = new LinkedHashSet<>();

    Collector() {
      super(PostgresDialect.INSTANCE);
    }

    void add(Table<?> table) {
      tables.add(nameOf(table));
    }

    /**
     * A column's table and, if it was reached by navigation, every table on the way: the implicit
     * joins are rendered only when SQL is, so this walk sees them through the columns.
     */
    private void addNavigated(Table<?> table) {
      Table<?> step = table;
      while (step instanceof TableImpl<?> impl && impl.path() != null) {
        add(impl);
        step = impl.path().child();
      }
    }

    @Override
    public RenderContext visit(QueryPart part) {
      if (part instanceof TableImpl<?> || part instanceof NamedTable<?>) {
        add((Table<?>) part);
      } else if (part instanceof TableFieldImpl<?, ?> column) {
        addNavigated(column.getTable());
      }
      part.accept(this);
      return this;
    }
  }
}
