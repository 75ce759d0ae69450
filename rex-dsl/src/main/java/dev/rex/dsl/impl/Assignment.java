package dev.rex.dsl.impl;

import dev.rex.dsl.Field;
import dev.rex.dsl.QueryPart;
import dev.rex.dsl.spi.RenderContext;

/** {@code "column" = value} in UPDATE SET and {@code do update set}. */
record Assignment(Field<?> field, Field<?> value) implements QueryPart {

  @Override
  public void accept(RenderContext context) {
    context.name(field.getName()).sql(" = ").visit(value);
  }
}
