package dev.rex.dsl.impl;

import dev.rex.dsl.DataType;
import dev.rex.dsl.spi.RenderContext;
import org.jspecify.annotations.Nullable;

/**
 * A prepared query's parameter: renders as {@code ?} like a {@link Val}, and binds its {@link Slot}
 * instead of a value, so that rendering the query once tells {@link PreparedPlan} which bind
 * parameter takes which argument. Equal to another placeholder of the same position and type, so
 * that preparing the same query twice renders it once (the SQL cache is by shape).
 */
final class Placeholder<T> extends AbstractField<T> {

  private final Slot slot;
  private final DataType<T> type;

  Placeholder(Slot slot, DataType<T> type) {
    this.slot = slot;
    this.type = type;
  }

  /** The prepared query and position this placeholder stands for. */
  Slot slot() {
    return slot;
  }

  /**
   * What a placeholder binds while its query is rendered: the prepared query it belongs to (an
   * identity, to refuse a placeholder that escaped into another query) and its position.
   */
  record Slot(Object owner, int index) {
    @Override
    public boolean equals(@Nullable Object other) {
      return other instanceof Slot that && owner == that.owner && index == that.index;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(owner) * 31 + index;
    }

    @Override
    public String toString() {
      return "<parameter " + (index + 1) + ">";
    }
  }

  @Override
  public String getName() {
    return "parameter" + (slot.index() + 1);
  }

  @Override
  public DataType<T> getDataType() {
    return type;
  }

  @Override
  RowExpression inMemory(InMemory memory) {
    throw memory.unsupported("a prepared query's parameter");
  }

  @Override
  public void accept(RenderContext context) {
    context.bind(slot, type);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Placeholder<?> that
        && slot.index() == that.slot.index()
        && type.equals(that.type);
  }

  @Override
  public int hashCode() {
    return slot.index() * 31 + type.hashCode();
  }
}
