package dev.rex.dsl.impl;

import dev.rex.dsl.DataType;
import dev.rex.dsl.QueryPart;
import dev.rex.dsl.SQLDataType;
import dev.rex.dsl.WindowSpecification;
import dev.rex.dsl.spi.RenderContext;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** {@code function over (window)}. */
final class Windowed<T> extends AbstractField<T> {

  private final QueryPart function;
  private final WindowSpecification window;
  private final String name;
  private final DataType<T> type;

  Windowed(Aggregate<T> function, WindowSpecification window) {
    this.function = function;
    this.window = window;
    this.name = function.getName();
    this.type = function.getDataType();
  }

  @SuppressWarnings("unchecked")
  Windowed(RankingFunction function, WindowSpecification window, String name) {
    this.function = function;
    this.window = window;
    this.name = name;
    this.type = (DataType<T>) SQLDataType.INTEGER;
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
    context.visit(function).sql(" over (").visit(window).sql(')');
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Windowed<?> that
        && function.equals(that.function)
        && window.equals(that.window);
  }

  @Override
  public int hashCode() {
    return Objects.hash(function, window);
  }
}
