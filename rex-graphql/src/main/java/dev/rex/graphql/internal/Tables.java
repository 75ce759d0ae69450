package dev.rex.graphql.internal;

import dev.rex.dsl.DSL;
import dev.rex.dsl.Field;
import dev.rex.dsl.Record;
import dev.rex.dsl.Table;
import dev.rex.graphql.Catalog;
import dev.rex.graphql.RowPolicy;

/**
 * The catalog's tables under fresh aliases ({@code t0}, {@code t1}, …), one counter per statement
 * so that correlated subqueries never confuse an inner table with an outer one.
 *
 * <p>A table with a row policy is never read directly: it becomes {@code (select … from table where
 * <policy>) as tN}, so every path that reaches the table — root field, nested relation, filter on a
 * relation, sort key, aggregate, count — sees only the principal's rows, without each of those
 * compilers having to remember the policy. PostgreSQL and SQLite flatten such subqueries, so the
 * plan is the same as with the condition written in place.
 */
final class Tables {

  private final Catalog catalog;
  private final RequestScope scope;
  private int next;
  private boolean policed;

  Tables(Catalog catalog, RequestScope scope) {
    this.catalog = catalog;
    this.scope = scope;
  }

  Table<?> aliased(String name) {
    Table<?> table = catalog.table(name);
    if (table == null) {
      throw new IllegalStateException("the catalog has no table " + name);
    }
    String alias = "t" + next++;
    RowPolicy policy = scope.access().policy(name);
    if (policy == null) {
      return table.as(alias);
    }
    policed = true;
    return restricted(table, policy, alias);
  }

  /** Whether a table was read through its row policy, whose condition holds the principal. */
  boolean policed() {
    return policed;
  }

  private <R extends Record> Table<R> restricted(Table<R> table, RowPolicy policy, String alias) {
    return DSL.selectFrom(table).where(policy.rows(scope.principal())).asTable(alias);
  }

  RequestScope scope() {
    return scope;
  }

  static Field<?> column(Table<?> table, String column) {
    Field<?> field = table.field(column);
    if (field == null) {
      throw new IllegalStateException(table.getName() + " has no column " + column);
    }
    return field;
  }
}
