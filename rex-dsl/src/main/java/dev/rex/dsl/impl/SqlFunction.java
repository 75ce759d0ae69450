package dev.rex.dsl.impl;

import dev.rex.dsl.DataType;
import dev.rex.dsl.Field;
import dev.rex.dsl.spi.RenderContext;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A scalar function call {@code name(arg, …)}, such as {@code lower} or {@code coalesce}. */
final class SqlFunction<T> extends AbstractField<T> {

  private final String name;
  private final DataType<T> type;
  private final List<Field<?>> arguments;

  SqlFunction(String name, DataType<T> type, List<Field<?>> arguments) {
    this.name = name;
    this.type = type;
    this.arguments = List.copyOf(arguments);
  }

  @Override
  public String getName() {
    return name;
  }

  @Override
  public DataType<T> getDataType() {
    return type;
  }

  @Override
  public void accept(RenderContext context) {
    context.sql(name).sql('(');
    Renderer.list(context, arguments, ", ");
    context.sql(')');
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof SqlFunction<?> that
        && name.equals(that.name)
        && type.equals(that.type)
        && arguments.equals(that.arguments);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, arguments);
  }
}
