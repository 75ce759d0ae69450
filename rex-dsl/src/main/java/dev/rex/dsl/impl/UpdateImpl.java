package dev.rex.dsl.impl;

import dev.rex.dsl.Condition;
import dev.rex.dsl.Field;
import dev.rex.dsl.Record;
import dev.rex.dsl.ResultQuery;
import dev.rex.dsl.Table;
import dev.rex.dsl.UpdateConditionStep;
import dev.rex.dsl.UpdateSetMoreStep;
import dev.rex.dsl.spi.QueryExecutor;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Every UPDATE step. */
final class UpdateImpl<R extends Record> extends AbstractQuery
    implements UpdateSetMoreStep<R>, UpdateConditionStep<R> {

  private final UpdateModel model;

  UpdateImpl(UpdateModel model, @Nullable QueryExecutor executor) {
    super(executor);
    this.model = model;
  }

  @Override
  UpdateModel model() {
    return model;
  }

  @Override
  public <T> UpdateImpl<R> set(Field<T> field, @Nullable T value) {
    return set(field, new Val<>(value, field.getDataType(), field));
  }

  @Override
  public <T> UpdateImpl<R> set(Field<T> field, Field<T> value) {
    List<Assignment> set = new ArrayList<>(model.set());
    set.add(new Assignment(field, value));
    return new UpdateImpl<>(model.withSet(set), executor);
  }

  @Override
  public UpdateImpl<R> from(Table<?>... tables) {
    return new UpdateImpl<>(model.withFrom(List.of(tables)), executor);
  }

  @Override
  public UpdateImpl<R> where(Condition... conditions) {
    Condition condition = Combined.of(Combined.Operator.AND, conditions);
    return new UpdateImpl<>(model.withWhere(condition), executor);
  }

  @Override
  public UpdateImpl<R> and(Condition condition) {
    return new UpdateImpl<>(model.withWhere(model.where().and(condition)), executor);
  }

  @Override
  public UpdateImpl<R> or(Condition condition) {
    return new UpdateImpl<>(model.withWhere(model.where().or(condition)), executor);
  }

  @Override
  @SuppressWarnings("unchecked")
  public ResultQuery<R> returning() {
    Table<R> table = (Table<R>) model.table();
    return new ReturningQuery<>(
        model.withReturning(new Returning("UPDATE", table.fields())), table.recordType(), executor);
  }

  @Override
  @SuppressWarnings("unchecked")
  public ResultQuery<R> returning(Field<?>... fields) {
    Table<R> table = (Table<R>) model.table();
    return new ReturningQuery<>(
        model.withReturning(new Returning("UPDATE", List.of(fields))),
        Queries.recordTypeOf(table, List.of(fields)),
        executor);
  }

  @Override
  public ResultQuery<Record> returningResult(Field<?>... fields) {
    return new ReturningQuery<>(
        model.withReturning(new Returning("UPDATE", List.of(fields))),
        Queries.<Record>rowRecordType(List.of(fields)),
        executor);
  }
}
