package dev.rex.dsl.impl;

import dev.rex.dsl.QueryPart;
import dev.rex.dsl.Record;
import dev.rex.dsl.RecordType;
import dev.rex.dsl.RenderedQuery;
import dev.rex.dsl.spi.Dialect;
import dev.rex.dsl.spi.QueryExecutor;
import org.jspecify.annotations.Nullable;

/**
 * A prepared query with the values of one execution. It is the template query to everything that
 * asks (its model, record type, tables, whether it is a SELECT), except that it renders as the
 * template's SQL with these values, without walking the template: so an executor runs it exactly as
 * it runs the query built per call.
 */
final class BoundQuery<R extends Record> extends AbstractResultQuery<R> {

  private final PreparedPlan plan;
  private final @Nullable Object[] values;

  BoundQuery(
      PreparedPlan plan,
      @Nullable Object[] values,
      @Nullable QueryExecutor executor,
      int fetchSize) {
    super(executor, fetchSize);
    this.plan = plan;
    this.values = values;
  }

  @Override
  QueryPart model() {
    return plan.template.model();
  }

  @Override
  public RenderedQuery render(Dialect dialect) {
    return plan.forDialect(dialect).rendered(values);
  }

  @Override
  @SuppressWarnings("unchecked")
  public RecordType<R> recordType() {
    return (RecordType<R>) plan.template.recordType();
  }

  @Override
  public BoundQuery<R> fetchSize(int rows) {
    return new BoundQuery<>(plan, values, executor, rows);
  }

  @Override
  boolean isSelect() {
    return plan.select;
  }

  @Override
  boolean returnsAtMostOneRow() {
    return plan.atMostOneRow;
  }
}
