package dev.rex.dsl.impl;

import dev.rex.dsl.Condition;
import dev.rex.dsl.Field;
import dev.rex.dsl.spi.RenderContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Conditions joined by AND or OR, flattened so that {@code a.and(b).and(c)} renders {@code (a and b
 * and c)}. {@link NoCondition}s are dropped.
 */
final class Combined extends AbstractCondition {

  enum Operator {
    AND(" and "),
    OR(" or ");

    final String sql;

    Operator(String sql) {
      this.sql = sql;
    }
  }

  private final Operator operator;
  private final List<Condition> conditions;

  private Combined(Operator operator, List<Condition> conditions) {
    this.operator = operator;
    this.conditions = List.copyOf(conditions);
  }

  static Condition of(Operator operator, Condition left, Condition right) {
    if (left instanceof NoCondition && !(right instanceof NoCondition)) {
      return Objects.requireNonNull(right); // the first condition of a clause, as it is
    }
    return of(operator, List.of(left, right));
  }

  /** As {@link #of(Operator, Collection)}; one condition alone is returned as it is. */
  static Condition of(Operator operator, Condition[] parts) {
    if (parts.length == 1) {
      Condition only = Objects.requireNonNull(parts[0]);
      return only instanceof NoCondition ? NoCondition.INSTANCE : only;
    }
    return of(operator, List.of(parts));
  }

  static Condition of(Operator operator, Collection<? extends Condition> parts) {
    List<Condition> flat = new ArrayList<>(parts.size());
    for (Condition part : parts) {
      if (part instanceof NoCondition) {
        continue;
      }
      if (part instanceof Combined combined && combined.operator == operator) {
        flat.addAll(combined.conditions);
      } else {
        flat.add(part);
      }
    }
    if (flat.isEmpty()) {
      return NoCondition.INSTANCE;
    }
    return flat.size() == 1 ? flat.get(0) : new Combined(operator, List.copyOf(flat));
  }

  @Override
  public void accept(RenderContext context) {
    context.sql('(');
    Renderer.list(context, conditions, operator.sql);
    context.sql(')');
  }

  /**
   * Whether this is an AND of which one part is {@code column = value} (see {@link Comparison}).
   */
  @Override
  boolean pins(Field<?> column) {
    if (operator != Operator.AND) {
      return false;
    }
    for (int i = 0, size = conditions.size(); i < size; i++) {
      Condition part = conditions.get(i);
      if ((part instanceof Comparison || part instanceof ValueComparison<?>)
          && ((AbstractCondition) part).pins(column)) {
        return true;
      }
    }
    return false;
  }

  /** AND stops at the first FALSE, OR at the first TRUE; otherwise UNKNOWN wins if any. */
  @Override
  RowCondition inMemory(InMemory memory) {
    List<RowCondition> parts = conditions.stream().map(memory::condition).toList();
    Truth decisive = operator == Operator.AND ? Truth.FALSE : Truth.TRUE;
    return record -> {
      Truth result = decisive.not();
      for (RowCondition part : parts) {
        Truth truth = part.test(record);
        if (truth == decisive) {
          return decisive;
        }
        if (truth == Truth.UNKNOWN) {
          result = Truth.UNKNOWN;
        }
      }
      return result;
    };
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Combined that
        && operator == that.operator
        && conditions.equals(that.conditions);
  }

  @Override
  public int hashCode() {
    return 31 * operator.hashCode() + conditions.hashCode();
  }
}
