package dev.rex.dsl.impl;

import dev.rex.dsl.Field;
import dev.rex.dsl.QueryPart;
import dev.rex.dsl.WindowOverStep;
import dev.rex.dsl.WindowSpecification;
import dev.rex.dsl.spi.RenderContext;

/** A function that only exists over a window: {@code row_number()}, {@code rank()}, … */
record RankingFunction(String name) implements WindowOverStep<Integer>, QueryPart {

  @Override
  public Field<Integer> over(WindowSpecification window) {
    return new Windowed<>(this, window, name);
  }

  @Override
  public Field<Integer> over() {
    return over(WindowSpec.EMPTY);
  }

  @Override
  public void accept(RenderContext context) {
    context.sql(name).sql("()");
  }
}
