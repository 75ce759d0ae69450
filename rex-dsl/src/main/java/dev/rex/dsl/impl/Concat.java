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

  /** Text and whole numbers only: other types print differently on each database. */
  @Override
  RowExpression inMemory(InMemory memory) {
    for (Field<?> operand : operands) {
      Class<?> type = operand.getDataType().getType();
      if (type != String.class && !SqlValues.isIntegral(type)) {
        throw memory.unsupported(
            "concatenation of " + operand + " (" + type.getSimpleName() + ") in " + this);
      }
    }
    List<RowExpression> parts = memory.expressions(operands);
    return record -> {
      StringBuilder text = new StringBuilder();
      for (RowExpression part : parts) {
        Object value = part.evaluate(record);
        if (value == null) {
          return null;
        }
        text.append(value);
      }
      return text.toString();
    };
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
