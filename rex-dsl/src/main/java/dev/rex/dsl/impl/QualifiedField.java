package dev.rex.dsl.impl;

import dev.rex.dsl.DataType;
import dev.rex.dsl.spi.RenderContext;
import dev.rex.dsl.spi.SqlNames;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A column known by name only: a column of a derived table or common table expression, or one built
 * with {@code DSL.field(name, type)}. Renders {@code "qualifier"."name"}.
 */
final class QualifiedField<T> extends AbstractField<T> {

  private final @Nullable String qualifier;
  private final String name;
  private final DataType<T> type;

  QualifiedField(@Nullable String qualifier, String name, DataType<T> type) {
    this.qualifier = qualifier;
    this.name = SqlNames.checkIdentifier(name, "column name");
    this.type = type;
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
    if (qualifier != null && context.qualify()) {
      context.name(qualifier).sql('.');
    }
    context.name(name);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof QualifiedField<?> that
        && name.equals(that.name)
        && Objects.equals(qualifier, that.qualifier)
        && type.equals(that.type);
  }

  @Override
  public int hashCode() {
    return Objects.hash(qualifier, name);
  }
}
