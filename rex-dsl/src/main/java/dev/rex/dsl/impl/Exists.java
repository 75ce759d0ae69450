package dev.rex.dsl.impl;

import dev.rex.dsl.spi.RenderContext;
import org.jspecify.annotations.Nullable;

/** {@code [not] exists (select …)}. */
final class Exists extends AbstractCondition {

  private final SelectModel select;
  private final boolean not;

  Exists(SelectModel select, boolean not) {
    this.select = select;
    this.not = not;
  }

  @Override
  public void accept(RenderContext context) {
    context.sql(not ? "not exists (" : "exists (").visit(select).sql(')');
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Exists that && not == that.not && select.equals(that.select);
  }

  @Override
  public int hashCode() {
    return select.hashCode() * 2 + (not ? 1 : 0);
  }
}
