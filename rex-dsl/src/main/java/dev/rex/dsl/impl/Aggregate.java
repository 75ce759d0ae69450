package dev.rex.dsl.impl;

import dev.rex.dsl.AggregateFunction;
import dev.rex.dsl.Condition;
import dev.rex.dsl.DataType;
import dev.rex.dsl.Field;
import dev.rex.dsl.WindowSpecification;
import dev.rex.dsl.spi.RenderContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** An aggregate {@code name([distinct] arg)}, or {@code count(*)} when there is no argument. */
final class Aggregate<T> extends AbstractField<T> implements AggregateFunction<T> {

  private final String name;
  private final DataType<T> type;
  private final boolean distinct;
  private final @Nullable Field<?> argument;
  private final Condition filter;

  Aggregate(String name, DataType<T> type, boolean distinct, @Nullable Field<?> argument) {
    this(name, type, distinct, argument, NoCondition.INSTANCE);
  }

  private Aggregate(
      String name,
      DataType<T> type,
      boolean distinct,
      @Nullable Field<?> argument,
      Condition filter) {
    this.name = name;
    this.type = type;
    this.distinct = distinct;
    this.argument = argument;
    this.filter = filter;
  }

  @Override
  public AggregateFunction<T> filterWhere(Condition... conditions) {
    List<Condition> all = new ArrayList<>(List.of(conditions));
    all.add(0, filter);
    return new Aggregate<>(name, type, distinct, argument, Combined.of(Combined.Operator.AND, all));
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

  /**
   * {@code fn(arg) filter (where cond)}; for a database without {@code FILTER} ({@link
   * dev.rex.dsl.spi.Dialect#supportsAggregateFilter}), {@code fn(case when cond then arg end)},
   * which aggregates the same rows: aggregates skip nulls, and {@code count(*)} becomes {@code
   * count(case when cond then 1 end)}.
   */
  @Override
  public void accept(RenderContext context) {
    boolean filtered = filter != NoCondition.INSTANCE;
    boolean emulated = filtered && !context.dialect().supportsAggregateFilter();
    context.sql(name).sql('(');
    if (distinct) {
      context.sql("distinct ");
    }
    if (emulated) {
      context.sql("case when ").visit(filter).sql(" then ");
    }
    if (argument == null) {
      context.sql(emulated ? "1" : "*");
    } else {
      context.visit(argument);
    }
    if (emulated) {
      context.sql(" end");
    }
    context.sql(')');
    if (filtered && !emulated) {
      context.sql(" filter (where ").visit(filter).sql(')');
    }
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Aggregate<?> that
        && name.equals(that.name)
        && distinct == that.distinct
        && type.equals(that.type)
        && Objects.equals(argument, that.argument)
        && filter.equals(that.filter);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, distinct, argument, filter);
  }
}
