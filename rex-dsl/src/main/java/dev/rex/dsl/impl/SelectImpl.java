package dev.rex.dsl.impl;

import dev.rex.dsl.Condition;
import dev.rex.dsl.Field;
import dev.rex.dsl.ForeignKey;
import dev.rex.dsl.OrderField;
import dev.rex.dsl.Record;
import dev.rex.dsl.RecordType;
import dev.rex.dsl.ResultQuery;
import dev.rex.dsl.Select;
import dev.rex.dsl.SelectConditionStep;
import dev.rex.dsl.SelectFromStep;
import dev.rex.dsl.SelectHavingConditionStep;
import dev.rex.dsl.SelectOffsetStep;
import dev.rex.dsl.SelectOnConditionStep;
import dev.rex.dsl.SelectOnStep;
import dev.rex.dsl.Table;
import dev.rex.dsl.spi.QueryExecutor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Every SELECT step. Each method returns a new instance around a new {@link SelectModel}; {@link
 * #step} only remembers which clause {@code and(...)} / {@code or(...)} extend.
 *
 * <p>The exception is the first WHERE of a query that has nothing after it yet ({@code
 * selectFrom(table).where(condition)}, built per call for a lookup): that step is a {@link
 * SelectWhere}, which keeps this step and the condition.
 */
final class SelectImpl<R extends Record> extends AbstractResultQuery<R>
    implements SelectFromStep<R>,
        SelectOnStep<R>,
        SelectOnConditionStep<R>,
        SelectConditionStep<R>,
        SelectHavingConditionStep<R>,
        SelectOffsetStep<R> {

  enum Step {
    NONE,
    ON,
    WHERE,
    HAVING
  }

  private final SelectModel model;
  private final RecordType<R> recordType;
  private final Step step;

  SelectImpl(
      SelectModel model,
      RecordType<R> recordType,
      @Nullable QueryExecutor executor,
      Step step,
      int fetchSize) {
    super(executor, fetchSize);
    this.model = model;
    this.recordType = recordType;
    this.step = step;
  }

  @Override
  SelectModel model() {
    return model;
  }

  /** The rows its LIMIT allows when it is a bind value, else 0; see {@link SingleRowShape}. */
  int limitHint() {
    return SingleRowShape.limitOf(model);
  }

  /** Whether the query finds its row by primary key; see {@link SingleRowShape}. */
  boolean findsByPrimaryKey() {
    return SingleRowShape.byPrimaryKey(model);
  }

  private SelectImpl<R> with(SelectModel newModel, Step newStep) {
    return new SelectImpl<>(newModel, recordType, executor, newStep, fetchSize);
  }

  SelectImpl<R> withClause(WithClause clause) {
    return with(model.withWith(clause), step);
  }

  @Override
  public RecordType<R> recordType() {
    return recordType;
  }

  @Override
  public ResultQuery<R> fetchSize(int rows) {
    return new SelectImpl<>(model, recordType, executor, step, rows);
  }

  @Override
  public SelectImpl<R> from(Table<?>... tables) {
    List<Table<?>> from = new ArrayList<>(model.from());
    from.addAll(List.of(tables));
    return withTables(model.withFrom(from), Step.NONE);
  }

  private SelectImpl<R> join(Join.Type type, Table<?> table) {
    List<Join> joins = new ArrayList<>(model.joins());
    joins.add(new Join(type, table, NoCondition.INSTANCE));
    return withTables(model.withJoins(joins), type == Join.Type.CROSS ? Step.NONE : Step.ON);
  }

  /**
   * A step after FROM or JOIN changed. Without an explicit SELECT list the row is every column of
   * FROM and JOIN, so the record type follows the tables.
   */
  @SuppressWarnings("unchecked")
  private SelectImpl<R> withTables(SelectModel next, Step newStep) {
    if (!model.select().isEmpty()) {
      return with(next, newStep);
    }
    RecordType<R> rows = (RecordType<R>) new RowRecordType<>(next.fields());
    return new SelectImpl<>(next, rows, executor, newStep, fetchSize);
  }

  @Override
  public SelectImpl<R> join(Table<?> table) {
    return join(Join.Type.INNER, table);
  }

  @Override
  public SelectImpl<R> innerJoin(Table<?> table) {
    return join(Join.Type.INNER, table);
  }

  @Override
  public SelectImpl<R> leftJoin(Table<?> table) {
    return join(Join.Type.LEFT, table);
  }

  @Override
  public SelectImpl<R> rightJoin(Table<?> table) {
    return join(Join.Type.RIGHT, table);
  }

  @Override
  public SelectImpl<R> fullJoin(Table<?> table) {
    return join(Join.Type.FULL, table);
  }

  @Override
  public SelectImpl<R> crossJoin(Table<?> table) {
    return join(Join.Type.CROSS, table);
  }

  @Override
  public SelectImpl<R> on(Condition... conditions) {
    return extend(Step.ON, Combined.of(Combined.Operator.AND, conditions), true);
  }

  @Override
  public SelectImpl<R> onKey() {
    return keyJoin(null);
  }

  @Override
  public SelectImpl<R> onKey(ForeignKey<?, ?> key) {
    return keyJoin(java.util.Objects.requireNonNull(key, "key"));
  }

  private SelectImpl<R> keyJoin(@Nullable ForeignKey<?, ?> key) {
    List<Join> joins = model.joins();
    Table<?> joined = joins.get(joins.size() - 1).table();
    List<Table<?>> earlier = new ArrayList<>(model.from());
    for (int i = 0; i < joins.size() - 1; i++) {
      earlier.add(joins.get(i).table());
    }
    return on(KeyJoin.condition(joined, earlier, key));
  }

  @Override
  public SelectConditionStep<R> where(Condition condition) {
    Condition only = Objects.requireNonNull(condition, "condition");
    if (only instanceof NoCondition) {
      return extend(Step.WHERE, NoCondition.INSTANCE, true);
    }
    return model.endsBeforeWhere() ? new SelectWhere<>(this, only) : extend(Step.WHERE, only, true);
  }

  /** This step with {@code condition} as its WHERE, in a model of its own ({@link SelectWhere}). */
  SelectImpl<R> withWhere(Condition condition) {
    return extend(Step.WHERE, condition, true);
  }

  @Override
  public SelectImpl<R> where(Condition... conditions) {
    return extend(Step.WHERE, Combined.of(Combined.Operator.AND, conditions), true);
  }

  @Override
  public SelectImpl<R> having(Condition... conditions) {
    return extend(Step.HAVING, Combined.of(Combined.Operator.AND, conditions), true);
  }

  @Override
  public SelectImpl<R> and(Condition condition) {
    return extend(step, condition, true);
  }

  @Override
  public SelectImpl<R> andNot(Condition condition) {
    return extend(step, condition.not(), true);
  }

  @Override
  public SelectImpl<R> or(Condition condition) {
    return extend(step, condition, false);
  }

  @Override
  public SelectImpl<R> orNot(Condition condition) {
    return extend(step, condition.not(), false);
  }

  private SelectImpl<R> extend(Step target, Condition condition, boolean and) {
    switch (target) {
      case ON -> {
        List<Join> joins = new ArrayList<>(model.joins());
        Join last = joins.remove(joins.size() - 1);
        joins.add(last.withOn(combine(last.on(), condition, and)));
        return with(model.withJoins(joins), Step.ON);
      }
      case WHERE -> {
        return with(model.withWhere(combine(model.where(), condition, and)), Step.WHERE);
      }
      case HAVING -> {
        return with(model.withHaving(combine(model.having(), condition, and)), Step.HAVING);
      }
      default -> throw new IllegalStateException("There is no condition to extend here.");
    }
  }

  private static Condition combine(Condition existing, Condition added, boolean and) {
    return Combined.of(and ? Combined.Operator.AND : Combined.Operator.OR, existing, added);
  }

  @Override
  public SelectImpl<R> groupBy(Field<?>... fields) {
    return groupBy(List.of(fields));
  }

  @Override
  public SelectImpl<R> groupBy(Collection<? extends Field<?>> fields) {
    return with(model.withGroupBy(List.copyOf(fields)), Step.NONE);
  }

  @Override
  public SelectImpl<R> orderBy(OrderField<?>... fields) {
    return orderBy(List.of(fields));
  }

  @Override
  public SelectImpl<R> orderBy(Collection<? extends OrderField<?>> fields) {
    return with(model.withOrderBy(List.copyOf(fields)), Step.NONE);
  }

  @Override
  public SelectImpl<R> limit(int rows) {
    return with(model.withLimit(new Val<>(rows, dev.rex.dsl.SQLDataType.INTEGER)), Step.NONE);
  }

  @Override
  public SelectImpl<R> offset(int rows) {
    return with(model.withOffset(new Val<>(rows, dev.rex.dsl.SQLDataType.INTEGER)), Step.NONE);
  }

  @Override
  public SelectImpl<R> limit(Field<Integer> rows) {
    return with(model.withLimit(rows), Step.NONE);
  }

  @Override
  public SelectImpl<R> offset(Field<Integer> rows) {
    return with(model.withOffset(rows), Step.NONE);
  }

  private SelectImpl<R> compound(Compound.Operator operator, Select<? extends R> other) {
    SelectModel next = SelectModel.compound(Compound.of(model, operator, Queries.model(other)));
    return new SelectImpl<>(next, recordType, executor, Step.NONE, fetchSize);
  }

  @Override
  public SelectImpl<R> union(Select<? extends R> other) {
    return compound(Compound.Operator.UNION, other);
  }

  @Override
  public SelectImpl<R> unionAll(Select<? extends R> other) {
    return compound(Compound.Operator.UNION_ALL, other);
  }

  @Override
  public SelectImpl<R> intersect(Select<? extends R> other) {
    return compound(Compound.Operator.INTERSECT, other);
  }

  @Override
  public SelectImpl<R> except(Select<? extends R> other) {
    return compound(Compound.Operator.EXCEPT, other);
  }

  @Override
  public Table<R> asTable(String alias) {
    return new DerivedTable<>(model, recordType, alias);
  }
}
