package dev.rex.dsl;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Collects what a {@link Validator} finds wrong with one record. Created by Rex for each record it
 * validates; not thread-safe.
 */
public final class Violations {

  private final Record record;
  private final String table;
  private final List<Violation> found = new ArrayList<>();

  /** Collects violations of {@code record}, a row of {@code table}. */
  public Violations(Record record, String table) {
    this.record = record;
    this.table = table;
  }

  /**
   * Reports that the value of {@code field} breaks the rule {@code constraint}.
   *
   * @param message one sentence for people, such as "An artist's name must not be blank."
   */
  public Violations add(Field<?> field, String constraint, String message) {
    found.add(new Violation(table, field.getName(), constraint, record.get(field), message));
    return this;
  }

  /** Reports that the record as a whole breaks the rule {@code constraint}. */
  public Violations add(String constraint, String message) {
    found.add(new Violation(table, null, constraint, null, message));
    return this;
  }

  /** Adds violations found elsewhere. */
  public Violations addAll(List<Violation> violations) {
    found.addAll(violations);
    return this;
  }

  /** What was reported so far, in order. */
  public List<Violation> list() {
    return Collections.unmodifiableList(found);
  }

  /** Whether nothing was reported. */
  public boolean isEmpty() {
    return found.isEmpty();
  }
}
