package dev.rex.dsl.impl;

import dev.rex.dsl.Condition;
import dev.rex.dsl.Field;
import dev.rex.dsl.ForeignKey;
import dev.rex.dsl.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Finds the ON condition of a join from foreign keys. A key matches a pair of tables when one table
 * declares it and the other is the table it references (compared by name and schema, so aliased
 * tables match too); the condition is written with each side's own, possibly aliased, fields.
 */
final class KeyJoin {

  /** One way to join: {@code child} holds {@code key}, which references {@code parent}. */
  private record Candidate(ForeignKey<?, ?> key, Table<?> child, Table<?> parent) {}

  private KeyJoin() {}

  static Condition condition(
      Table<?> joined, List<Table<?>> earlier, @Nullable ForeignKey<?, ?> only) {
    List<Candidate> candidates = new ArrayList<>();
    for (Table<?> other : earlier) {
      // With a named key on a self-reference, the joined table is the referenced one.
      if (!(only != null && sameTable(joined, other))) {
        collect(joined, other, only, candidates);
      }
      collect(other, joined, only, candidates);
    }
    if (candidates.isEmpty()) {
      throw new IllegalArgumentException(
          "No foreign key "
              + (only == null ? "" : only.name() + " ")
              + "joins "
              + joined.getName()
              + " to "
              + earlier.stream().map(Table::getName).toList()
              + "; write the join condition with on(...).");
    }
    if (candidates.size() > 1) {
      throw new IllegalArgumentException(
          "Several foreign keys could join "
              + joined.getName()
              + ": "
              + candidates.stream().map(c -> c.key().name()).distinct().toList()
              + "; name one with onKey(key), or write the condition with on(...).");
    }
    return condition(candidates.get(0));
  }

  private static void collect(
      Table<?> child, Table<?> parent, @Nullable ForeignKey<?, ?> only, List<Candidate> out) {
    for (ForeignKey<?, ?> key : child.getReferences()) {
      if ((only == null || only.equals(key)) && sameTable(key.key().table(), parent)) {
        out.add(new Candidate(key, child, parent));
      }
    }
  }

  private static boolean sameTable(Table<?> a, Table<?> b) {
    return a.getName().equals(b.getName()) && Objects.equals(a.getSchema(), b.getSchema());
  }

  @SuppressWarnings("unchecked")
  private static Condition condition(Candidate candidate) {
    List<Condition> parts = new ArrayList<>();
    List<? extends Field<?>> from = candidate.key().fields();
    List<? extends Field<?>> to = candidate.key().key().fields();
    for (int i = 0; i < from.size(); i++) {
      Field<Object> childField = (Field<Object>) candidate.child().field(from.get(i));
      Field<Object> parentField = (Field<Object>) candidate.parent().field(to.get(i));
      parts.add(childField.eq(parentField));
    }
    return Combined.of(Combined.Operator.AND, parts);
  }
}
