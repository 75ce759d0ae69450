package dev.rex.runtime;

import dev.rex.dsl.Record;
import dev.rex.dsl.Table;
import dev.rex.dsl.TableRecord;
import dev.rex.dsl.Validator;
import dev.rex.dsl.Violation;
import dev.rex.dsl.Violations;
import dev.rex.dsl.spi.StatementTables;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The application's validators, per table (by schema-qualified name, so aliases share them).
 * Immutable; {@link #with} returns a copy. Registered in {@code RexSettings.withValidator}; no
 * scanning.
 */
public final class Validators {

  /** No validators. */
  public static final Validators NONE = new Validators(Map.of());

  private final Map<String, List<Validator<?>>> byTable;

  private Validators(Map<String, List<Validator<?>>> byTable) {
    this.byTable = byTable;
  }

  /** A copy with {@code rule} added for the records of {@code table}. */
  public <R extends Record> Validators with(Table<R> table, Validator<? super R> rule) {
    Map<String, List<Validator<?>>> copy = new HashMap<>(byTable);
    List<Validator<?>> rules = new ArrayList<>(copy.getOrDefault(key(table), List.of()));
    rules.add(rule);
    copy.put(key(table), List.copyOf(rules));
    return new Validators(Map.copyOf(copy));
  }

  /** Whether no validator is registered. */
  public boolean isEmpty() {
    return byTable.isEmpty();
  }

  /** The violations of the rules registered for {@code record}'s table, in registration order. */
  @SuppressWarnings({"unchecked", "rawtypes"}) // a rule was registered for this record's table
  public List<Violation> check(TableRecord<?> record) {
    List<Validator<?>> rules = byTable.get(key(record.table()));
    if (rules == null) {
      return List.of();
    }
    Violations violations = new Violations(record, record.table().getName());
    for (Validator rule : rules) {
      rule.validate(record, violations);
    }
    return violations.list();
  }

  private static String key(Table<?> table) {
    return StatementTables.nameOf(table);
  }
}
