package dev.rex.dsl.impl;

import dev.rex.dsl.DataType;
import dev.rex.dsl.Field;
import dev.rex.dsl.SQLDataType;
import dev.rex.dsl.spi.RenderContext;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** {@code (a || b || …)}: string concatenation; null if any operand is null. */
final class Concat extends AbstractField<String> {

  private final List<Field<?>> operands;

  Concat(List<Field<?>> operands) {
    this.operands = List.copyOf(operands);
  }

  @Override
  public String getName() {
    return "concat";
  }

  @Override
  public DataType<String> getDataType() {
    return SQLDataType.VARCHAR;
  }

  @Override
  public void accept(RenderContext context) {
    context.sql('(');
    Renderer.list(context, operands, " || ");
    context.sql(')');
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Concat that && operands.equals(that.operands);
  }

  @Override
  public int hashCode() {
    return operands.hashCode();
  }
}
