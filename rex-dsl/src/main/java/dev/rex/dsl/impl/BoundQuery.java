package dev.rex.dsl.impl;

import dev.rex.dsl.QueryPart;
import dev.rex.dsl.Record;
import dev.rex.dsl.RecordType;
import dev.rex.dsl.RenderedQuery;
import dev.rex.dsl.spi.Dialect;
import dev.rex.dsl.spi.QueryExecutor;
import org.jspecify.annotations.Nullable;

/**
 * A prepared query with the arguments of one execution. It is the template query to everything that
 * asks (its model, record type, tables, whether it is a SELECT), except that it renders as the
 * template's SQL with these values, without walking the template: so an executor runs it exactly as
 * it runs the query built per call. A runtime that binds values one by one ({@link
 * QueryBinding#renderForBinding}) gets the plan's shared rendering and the arguments from here, so
 * an execution makes no value array and no {@link RenderedQuery}.
 *
 * <p>Immutable, except for the one execution per thread and prepared query that {@link
 * PreparedQueries} reuses when its executor {@linkplain QueryExecutor#releasesQueries releases
 * queries}: {@link #reuse} sets its arguments for a call and {@link #release} clears them after it.
 * That object never leaves the prepared query's own calls.
 */
final class BoundQuery<R extends Record> extends AbstractResultQuery<R> {

  private final PreparedPlan plan;
  private @Nullable Object a;
  private @Nullable Object b;
  private @Nullable Object c;

  /** Whether a thread's reusable execution is running now ({@link PreparedQueries}). */
  private boolean inUse;

  BoundQuery(
      PreparedPlan plan,
      @Nullable Object a,
      @Nullable Object b,
      @Nullable Object c,
      @Nullable QueryExecutor executor,
      int fetchSize) {
    super(executor, fetchSize);
    this.plan = plan;
    this.a = a;
    this.b = b;
    this.c = c;
  }

  /** The LIMIT of this execution when it is a value, else 0 (see {@link Queries#limitHint}). */
  int limitHint() {
    return plan.limitHint(a, b, c);
  }

  /**
   * This object with new arguments, or a new one when this one is running (a listener running the
   * same prepared query on the same thread).
   */
  BoundQuery<R> reuse(@Nullable Object a, @Nullable Object b, @Nullable Object c) {
    if (inUse) {
      return new BoundQuery<>(plan, a, b, c, executor, fetchSize);
    }
    inUse = true;
    this.a = a;
    this.b = b;
    this.c = c;
    return this;
  }

  /** Ends a reused execution: drops its arguments (so they can be collected). */
  void release() {
    inUse = false;
    a = null;
    b = null;
    c = null;
  }

  @Override
  QueryPart model() {
    return plan.template.model();
  }

  @Override
  public RenderedQuery render(Dialect dialect) {
    PreparedPlan forDialect = plan.forDialect(dialect);
    return forDialect.rendered(forDialect.values(a, b, c));
  }

  @Override
  RenderedQuery renderForBinding(Dialect dialect) {
    return dialect == plan.dialect ? plan.withoutArguments : render(dialect);
  }

  @Override
  @Nullable Object bindValue(RenderedQuery rendered, int index, Dialect dialect) {
    return rendered == plan.withoutArguments
        ? plan.value(index, a, b, c)
        : rendered.bindValue(index);
  }

  @Override
  RenderedQuery complete(RenderedQuery rendered, Dialect dialect) {
    return rendered == plan.withoutArguments ? render(plan.dialect) : rendered;
  }

  @Override
  @SuppressWarnings("unchecked")
  public RecordType<R> recordType() {
    return (RecordType<R>) plan.template.recordType();
  }

  @Override
  public BoundQuery<R> fetchSize(int rows) {
    return new BoundQuery<>(plan, a, b, c, executor, rows);
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
