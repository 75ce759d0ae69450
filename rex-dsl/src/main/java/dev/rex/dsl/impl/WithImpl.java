package dev.rex.dsl.impl;

import dev.rex.dsl.CommonTableExpression;
import dev.rex.dsl.Record;
import dev.rex.dsl.SelectFieldOrAsterisk;
import dev.rex.dsl.SelectFromStep;
import dev.rex.dsl.SelectWhereStep;
import dev.rex.dsl.Table;
import dev.rex.dsl.WithStep;
import dev.rex.dsl.spi.QueryExecutor;
import dev.rex.dsl.spi.RenderContext;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A WITH clause waiting for its SELECT. */
final class WithImpl implements WithStep {

  private final WithClause clause;
  private final @Nullable QueryExecutor executor;

  WithImpl(WithClause clause, @Nullable QueryExecutor executor) {
    this.clause = clause;
    this.executor = executor;
  }

  @Override
  public SelectFromStep<Record> select(SelectFieldOrAsterisk... fields) {
    return Queries.<Record>selectImpl(executor, false, fields).withClause(clause);
  }

  @Override
  public SelectFromStep<Record> selectDistinct(SelectFieldOrAsterisk... fields) {
    return Queries.<Record>selectImpl(executor, true, fields).withClause(clause);
  }

  @Override
  public <R extends Record> SelectWhereStep<R> selectFrom(Table<R> table) {
    return Queries.selectFromImpl(executor, table).withClause(clause);
  }

  @Override
  public WithStep with(CommonTableExpression<?>... ctes) {
    List<CteImpl<?>> all = new ArrayList<>(clause.ctes());
    for (CommonTableExpression<?> cte : ctes) {
      all.add((CteImpl<?>) cte);
    }
    return new WithImpl(new WithClause(clause.recursive(), all), executor);
  }

  @Override
  public void accept(RenderContext context) {
    clause.accept(context);
  }
}
