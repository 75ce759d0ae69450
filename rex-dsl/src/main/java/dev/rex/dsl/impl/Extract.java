package dev.rex.dsl.impl;

import dev.rex.dsl.DataType;
import dev.rex.dsl.DatePart;
import dev.rex.dsl.Field;
import dev.rex.dsl.SQLDataType;
import dev.rex.dsl.spi.RenderContext;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code extract(part from field)} as an integer. Databases spell it differently (PostgreSQL's
 * {@code extract}, SQLite's {@code strftime}), so the dialect renders it ({@link
 * dev.rex.dsl.spi.Dialect#renderExtract}).
 */
final class Extract extends AbstractField<Integer> {

  private final Field<?> field;
  private final DatePart part;

  Extract(Field<?> field, DatePart part) {
    this.field = field;
    this.part = part;
  }

  @Override
  public String getName() {
    return part.name().toLowerCase(java.util.Locale.ROOT);
  }

  @Override
  public DataType<Integer> getDataType() {
    return SQLDataType.INTEGER;
  }

  @Override
  public void accept(RenderContext context) {
    context.dialect().renderExtract(context, part, field);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Extract that && part == that.part && field.equals(that.field);
  }

  @Override
  public int hashCode() {
    return Objects.hash(field, part);
  }
}
