package dev.rex.dsl.spi;

import dev.rex.dsl.Condition;
import dev.rex.dsl.Field;
import dev.rex.dsl.QueryPart;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The upsert clause of an INSERT, as {@link Dialect#renderOnConflict} renders it.
 *
 * @param target the columns of the unique key the conflict is on; empty for any key
 * @param doNothing whether a conflicting row is left as it is
 * @param assignments the {@code column = value} assignments that update a conflicting row, each
 *     rendering itself; empty when {@code doNothing}
 * @param where the condition a conflicting row must meet to be updated, or null for every row
 * @param columns the columns the INSERT sets, in order
 */
public record OnConflict(
    List<Field<?>> target,
    boolean doNothing,
    List<QueryPart> assignments,
    @Nullable Condition where,
    List<Field<?>> columns) {

  /** Copies the lists. */
  public OnConflict {
    target = List.copyOf(target);
    assignments = List.copyOf(assignments);
    columns = List.copyOf(columns);
  }
}
