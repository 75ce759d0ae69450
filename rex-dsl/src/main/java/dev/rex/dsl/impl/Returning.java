package dev.rex.dsl.impl;

import dev.rex.dsl.Field;
import dev.rex.dsl.QueryPart;
import dev.rex.dsl.exception.InvalidQueryException;
import dev.rex.dsl.spi.RenderContext;
import java.util.List;

/**
 * {@code returning "a", "b"} of an INSERT, UPDATE or DELETE ({@code statement}): unqualified, as
 * SQLite requires.
 */
record Returning(String statement, List<Field<?>> fields) implements QueryPart {

  Returning {
    fields = List.copyOf(fields);
  }

  @Override
  public void accept(RenderContext context) {
    if (!context.dialect().supportsReturning()) {
      throw new InvalidQueryException(
          "The "
              + context.dialect().name()
              + " dialect has no RETURNING, so this "
              + statement
              + " cannot return rows: run it with execute(), then select the rows it changed"
              + " (in one transaction).");
    }
    boolean qualify = context.qualify(false);
    context.sql(" returning ");
    Renderer.list(context, fields, ", ");
    context.qualify(qualify);
  }
}
