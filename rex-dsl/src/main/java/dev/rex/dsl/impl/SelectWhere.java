package dev.rex.dsl.impl;

import dev.rex.dsl.Condition;
import dev.rex.dsl.Field;
import dev.rex.dsl.OrderField;
import dev.rex.dsl.Record;
import dev.rex.dsl.RecordType;
import dev.rex.dsl.RenderedQuery;
import dev.rex.dsl.ResultQuery;
import dev.rex.dsl.Select;
import dev.rex.dsl.SelectConditionStep;
import dev.rex.dsl.SelectFinalStep;
import dev.rex.dsl.SelectHavingConditionStep;
import dev.rex.dsl.SelectHavingStep;
import dev.rex.dsl.SelectLimitStep;
import dev.rex.dsl.SelectOffsetStep;
import dev.rex.dsl.SelectOrderByStep;
import dev.rex.dsl.Table;
import dev.rex.dsl.spi.Dialect;
import java.util.Collection;
import org.jspecify.annotations.Nullable;

/**
 * The first WHERE of a SELECT that has nothing after it yet: {@code selectFrom(table).where(id.eq(
 * x))}, which an application builds per call to look a row up. It keeps the step it was given to
 * and the condition, and runs without a model of its own: it finds its cached shape through a
 * {@link WhereProbe}, binds its values by walking that step and then the condition ({@link
 * SelectModel#bindsWithWhere}), and tells a lookup by primary key from both. A lookup of one column
 * of a table read whole ({@code column op value}) is first looked for as the last such shape of its
 * table ({@link LookupShape}), which its value is bound from directly. Anything else (a rendering
 * of a new shape, a later step, a subquery) gets the whole query, built as {@link SelectImpl}
 * builds it, from {@link #model()} or {@link #whole()}.
 */
final class SelectWhere<R extends Record> extends AbstractResultQuery<R>
    implements SelectConditionStep<R> {

  /**
   * The step WHERE was given to, whose model {@linkplain SelectModel#endsBeforeWhere ends before
   * it}.
   */
  private final SelectImpl<R> before;

  private final Condition where;

  SelectWhere(SelectImpl<R> before, Condition where) {
    super(before.executor, before.fetchSize);
    this.before = before;
    this.where = where;
  }

  /** The same query as a {@link SelectImpl}, its WHERE in its model. */
  SelectImpl<R> whole() {
    return before.withWhere(where);
  }

  @Override
  SelectModel model() {
    return before.model().withWhere(where);
  }

  @Override
  RenderedQuery renderForBinding(Dialect dialect) {
    LookupShape known = keptShape();
    if (known != null && known.isFor(dialect)) {
      return known.rendered;
    }
    RenderedQuery rendered = Renderer.renderForBinding(before.model(), where, dialect);
    if (where instanceof ValueComparison<?> comparison
        && before.recordType() instanceof TableRecordType<R> type) {
      type.keepLookup(before.model(), comparison, dialect, rendered);
    }
    return rendered;
  }

  @Override
  @SuppressWarnings("ReferenceEquality") // the kept shape's rendering object, on purpose
  @Nullable Object bindValue(RenderedQuery rendered, int index, Dialect dialect) {
    if (rendered.hasValues()) {
      return rendered.bindValue(index);
    }
    LookupShape known = keptShape();
    if (known != null && known.rendered == rendered) {
      return ((ValueComparison<?>) where).value();
    }
    return Renderer.onlyValue(before.model(), where, dialect, rendered, QueryBinding.NOT_ITS_SHAPE);
  }

  /** Whether the query finds its row by primary key; see {@link SingleRowShape}. */
  boolean findsByPrimaryKey() {
    LookupShape known = keptShape();
    return known != null ? known.byPrimaryKey : SingleRowShape.byPrimaryKey(before.model(), where);
  }

  /**
   * The shape its table's record type keeps ({@link LookupShape}) when this query is of it: a
   * lookup {@code selectFrom(table).where(column op value)} as the last one rendered.
   */
  private @Nullable LookupShape keptShape() {
    return where instanceof ValueComparison<?> comparison
            && before.recordType() instanceof TableRecordType<R> type
        ? type.lastLookup(before.model(), comparison)
        : null;
  }

  @Override
  public RecordType<R> recordType() {
    return before.recordType();
  }

  @Override
  public ResultQuery<R> fetchSize(int rows) {
    return whole().fetchSize(rows);
  }

  @Override
  public SelectConditionStep<R> and(Condition condition) {
    return whole().and(condition);
  }

  @Override
  public SelectConditionStep<R> andNot(Condition condition) {
    return whole().andNot(condition);
  }

  @Override
  public SelectConditionStep<R> or(Condition condition) {
    return whole().or(condition);
  }

  @Override
  public SelectConditionStep<R> orNot(Condition condition) {
    return whole().orNot(condition);
  }

  @Override
  public SelectHavingStep<R> groupBy(Field<?>... fields) {
    return whole().groupBy(fields);
  }

  @Override
  public SelectHavingStep<R> groupBy(Collection<? extends Field<?>> fields) {
    return whole().groupBy(fields);
  }

  @Override
  public SelectHavingConditionStep<R> having(Condition... conditions) {
    return whole().having(conditions);
  }

  @Override
  public SelectLimitStep<R> orderBy(OrderField<?>... fields) {
    return whole().orderBy(fields);
  }

  @Override
  public SelectLimitStep<R> orderBy(Collection<? extends OrderField<?>> fields) {
    return whole().orderBy(fields);
  }

  @Override
  public SelectOffsetStep<R> limit(int rows) {
    return whole().limit(rows);
  }

  @Override
  public SelectOffsetStep<R> limit(Field<Integer> rows) {
    return whole().limit(rows);
  }

  @Override
  public SelectFinalStep<R> offset(int rows) {
    return whole().offset(rows);
  }

  @Override
  public SelectFinalStep<R> offset(Field<Integer> rows) {
    return whole().offset(rows);
  }

  @Override
  public SelectOrderByStep<R> union(Select<? extends R> other) {
    return whole().union(other);
  }

  @Override
  public SelectOrderByStep<R> unionAll(Select<? extends R> other) {
    return whole().unionAll(other);
  }

  @Override
  public SelectOrderByStep<R> intersect(Select<? extends R> other) {
    return whole().intersect(other);
  }

  @Override
  public SelectOrderByStep<R> except(Select<? extends R> other) {
    return whole().except(other);
  }

  @Override
  public Table<R> asTable(String alias) {
    return whole().asTable(alias);
  }
}
