package dev.rex.dsl.impl;

import dev.rex.dsl.Field;
import dev.rex.dsl.QueryPart;
import dev.rex.dsl.spi.RenderContext;
import java.util.List;

/** {@code returning "a", "b"}: unqualified, as SQLite requires. */
record Returning(List<Field<?>> fields) implements QueryPart {

  Returning {
    fields = List.copyOf(fields);
  }

  @Override
  public void accept(RenderContext context) {
    if (!context.dialect().supportsReturning()) {
      throw new dev.rex.dsl.exception.RexException(
          "The " + context.dialect().name() + " dialect does not support RETURNING.");
    }
    boolean qualify = context.qualify(false);
    context.sql(" returning ");
    Renderer.list(context, fields, ", ");
    context.qualify(qualify);
  }
}
