package dev.rex.dsl.impl;

import dev.rex.dsl.spi.RenderContext;
import org.jspecify.annotations.Nullable;

/** {@code DSL.condition(sql, binds…)}: SQL text used as a condition, with bound placeholders. */
final class PlainSqlCondition extends AbstractCondition {

  private final PlainSql sql;

  PlainSqlCondition(PlainSql sql) {
    this.sql = sql;
  }

  @Override
  public void accept(RenderContext context) {
    PlainSqlFragment.render(context, sql);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof PlainSqlCondition that && sql.equals(that.sql);
  }

  @Override
  public int hashCode() {
    return sql.hashCode() * 31 + 11;
  }
}
