package dev.rex.dsl.impl;

import dev.rex.dsl.Field;
import dev.rex.dsl.spi.RenderContext;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code field [not] like pattern}. The case-insensitive form uses {@code ilike} where the dialect
 * has it and {@code lower(field) like lower(pattern)} elsewhere.
 */
final class Like extends AbstractCondition {

  private final Field<?> field;
  private final Field<String> pattern;
  private final boolean not;
  private final boolean ignoreCase;

  Like(Field<?> field, Field<String> pattern, boolean not, boolean ignoreCase) {
    this.field = field;
    this.pattern = pattern;
    this.not = not;
    this.ignoreCase = ignoreCase;
  }

  @Override
  public void accept(RenderContext context) {
    String negation = not ? " not" : "";
    if (!ignoreCase) {
      context.visit(field).sql(negation).sql(" like ").visit(pattern);
    } else if (context.dialect().supportsIlike()) {
      context.visit(field).sql(negation).sql(" ilike ").visit(pattern);
    } else {
      context.sql("lower(").visit(field).sql(')').sql(negation).sql(" like lower(");
      context.visit(pattern).sql(')');
    }
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Like that
        && not == that.not
        && ignoreCase == that.ignoreCase
        && field.equals(that.field)
        && pattern.equals(that.pattern);
  }

  @Override
  public int hashCode() {
    return Objects.hash(field, pattern, not, ignoreCase);
  }
}
