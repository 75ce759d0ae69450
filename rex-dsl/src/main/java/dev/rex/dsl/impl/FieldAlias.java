package dev.rex.dsl.impl;

import dev.rex.dsl.DataType;
import dev.rex.dsl.Field;
import dev.rex.dsl.spi.RenderContext;
import dev.rex.dsl.spi.SqlNames;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A field under an alias. In a SELECT list it declares the alias ({@code expr as "alias"});
 * directly in GROUP BY or ORDER BY it refers to it by name (which also lets PostgreSQL group by an
 * expression with bind values); anywhere else it is its expression.
 */
final class FieldAlias<T> extends AbstractField<T> {

  private final Field<T> field;
  private final String alias;

  FieldAlias(Field<T> field, String alias) {
    this.field = field;
    this.alias = SqlNames.checkIdentifier(alias, "alias");
  }

  /** The aliased field itself. */
  Field<T> field() {
    return field;
  }

  @Override
  public String getName() {
    return alias;
  }

  @Override
  public DataType<T> getDataType() {
    return field.getDataType();
  }

  @Override
  public Field<T> as(String newAlias) {
    return new FieldAlias<>(field, newAlias);
  }

  @Override
  RowExpression inMemory(InMemory memory) {
    return memory.expression(field);
  }

  @Override
  public void accept(RenderContext context) {
    RenderContext.Position position = context.position();
    if (position == RenderContext.Position.ALIAS_REFERENCE) {
      context.name(alias);
      return;
    }
    RenderContext.Position previous = context.position(RenderContext.Position.REFERENCE);
    context.visit(field);
    if (position == RenderContext.Position.SELECT_LIST) {
      context.sql(" as ").name(alias);
    }
    context.position(previous);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof FieldAlias<?> that
        && alias.equals(that.alias)
        && field.equals(that.field);
  }

  @Override
  public int hashCode() {
    return Objects.hash(field, alias);
  }
}
