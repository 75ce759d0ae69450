package dev.rex.graphql;

import dev.rex.dsl.Field;
import dev.rex.dsl.Table;
import dev.rex.dsl.TableField;
import dev.rex.graphql.model.NamingOverrides;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Who may see what: row policies per table, and per role the tables and columns its schema leaves
 * out (a hidden column cannot be selected, filtered or sorted on, and is absent from
 * introspection). Optionally PostgreSQL row-level security does the row checks instead of, or
 * besides, Rex: each request then runs in a transaction that sets the database role to the
 * principal's role and {@code request.jwt.claims} to its claims as JSON. Immutable.
 */
public final class AccessRules {

  private final Map<String, RowPolicy> policies;
  private final Map<String, Set<String>> hiddenTables;
  private final Map<String, Set<String>> hiddenColumns;
  private final boolean rowLevelSecurity;

  private AccessRules(
      Map<String, RowPolicy> policies,
      Map<String, Set<String>> hiddenTables,
      Map<String, Set<String>> hiddenColumns,
      boolean rowLevelSecurity) {
    this.policies = policies;
    this.hiddenTables = hiddenTables;
    this.hiddenColumns = hiddenColumns;
    this.rowLevelSecurity = rowLevelSecurity;
  }

  /** No rules: every principal sees every row and column. */
  public static AccessRules none() {
    return new AccessRules(Map.of(), Map.of(), Map.of(), false);
  }

  /** These rules with {@code policy} deciding the rows of {@code table} each principal reaches. */
  public AccessRules withRowPolicy(Table<?> table, RowPolicy policy) {
    Map<String, RowPolicy> copy = new LinkedHashMap<>(policies);
    copy.put(table.getName(), policy);
    return new AccessRules(copy, hiddenTables, hiddenColumns, rowLevelSecurity);
  }

  /** These rules with {@code tables} left out of {@code role}'s schema. */
  public AccessRules hidingFrom(String role, Table<?>... tables) {
    Map<String, Set<String>> copy = copy(hiddenTables);
    for (Table<?> table : tables) {
      copy.computeIfAbsent(role, r -> new LinkedHashSet<>()).add(table.getName());
    }
    return new AccessRules(policies, copy, hiddenColumns, rowLevelSecurity);
  }

  /** These rules with the columns {@code columns} left out of {@code role}'s schema. */
  public AccessRules hidingFrom(String role, TableField<?, ?>... columns) {
    Map<String, Set<String>> copy = copy(hiddenColumns);
    for (TableField<?, ?> column : columns) {
      copy.computeIfAbsent(role, r -> new LinkedHashSet<>())
          .add(column.getTable().getName() + "." + ((Field<?>) column).getName());
    }
    return new AccessRules(policies, hiddenTables, copy, rowLevelSecurity);
  }

  /**
   * These rules with PostgreSQL row-level security passed through: every request runs in one
   * transaction in which {@code role} is the principal's role ({@code set_config('role', …, true)},
   * like {@code SET LOCAL ROLE}) and {@code request.jwt.claims} its claims as JSON, so the
   * database's own policies ({@code current_setting('request.jwt.claims', true)}) apply. The roles
   * must exist in the database; the connection's user must be allowed to switch to them.
   */
  public AccessRules withPostgresRowLevelSecurity() {
    return new AccessRules(policies, hiddenTables, hiddenColumns, true);
  }

  /** The policy of the table named {@code table}, or null. */
  public @Nullable RowPolicy policy(String table) {
    return policies.get(table);
  }

  /** Whether requests pass their principal to PostgreSQL's row-level security. */
  public boolean rowLevelSecurity() {
    return rowLevelSecurity;
  }

  /** {@code overrides} with what {@code role} may not see hidden as well. */
  public NamingOverrides restrict(NamingOverrides overrides, String role) {
    NamingOverrides restricted = overrides;
    for (String table : hiddenTables.getOrDefault(role, Set.of())) {
      restricted = restricted.withHiddenTable(table);
    }
    for (String column : hiddenColumns.getOrDefault(role, Set.of())) {
      int dot = column.indexOf('.');
      restricted = restricted.withHiddenColumn(column.substring(0, dot), column.substring(dot + 1));
    }
    return restricted;
  }

  private static Map<String, Set<String>> copy(Map<String, Set<String>> map) {
    Map<String, Set<String>> copy = new LinkedHashMap<>();
    map.forEach((key, value) -> copy.put(key, new LinkedHashSet<>(value)));
    return copy;
  }
}
