package dev.rex.dsl.impl;

import dev.rex.dsl.AggregateFunction;
import dev.rex.dsl.DataType;
import dev.rex.dsl.Field;
import dev.rex.dsl.WindowSpecification;
import dev.rex.dsl.spi.RenderContext;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** An aggregate {@code name([distinct] arg)}, or {@code count(*)} when there is no argument. */
final class Aggregate<T> extends AbstractField<T> implements AggregateFunction<T> {

  private final String name;
  private final DataType<T> type;
  private final boolean distinct;
  private final @Nullable Field<?> argument;

  Aggregate(String name, DataType<T> type, boolean distinct, @Nullable Field<?> argument) {
    this.name = name;
    this.type = type;
    this.distinct = distinct;
    this.argument = argument;
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
  public Field<T> over(WindowSpecification window) {
    return new Windowed<>(this, window);
  }

  @Override
  public Field<T> over() {
    return new Windowed<>(this, WindowSpec.EMPTY);
  }

  @Override
  public void accept(RenderContext context) {
    context.sql(name).sql('(');
    if (distinct) {
      context.sql("distinct ");
    }
    if (argument == null) {
      context.sql('*');
    } else {
      context.visit(argument);
    }
    context.sql(')');
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Aggregate<?> that
        && name.equals(that.name)
        && distinct == that.distinct
        && type.equals(that.type)
        && Objects.equals(argument, that.argument);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, distinct, argument);
  }
}
