package dev.rex.dsl.impl;

import dev.rex.dsl.Field;
import dev.rex.dsl.spi.RenderContext;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** {@code field [not] in (select …)}. */
final class InSubquery extends AbstractCondition {

  private final Field<?> field;
  private final SelectModel select;
  private final boolean not;

  InSubquery(Field<?> field, SelectModel select, boolean not) {
    this.field = field;
    this.select = select;
    this.not = not;
  }

  @Override
  public void accept(RenderContext context) {
    context.visit(field).sql(not ? " not in (" : " in (").visit(select).sql(')');
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof InSubquery that
        && not == that.not
        && field.equals(that.field)
        && select.equals(that.select);
  }

  @Override
  public int hashCode() {
    return Objects.hash(field, select, not);
  }
}
