package dev.rex.dsl.impl;

import dev.rex.dsl.Condition;
import dev.rex.dsl.DeleteConditionStep;
import dev.rex.dsl.DeleteWhereStep;
import dev.rex.dsl.Field;
import dev.rex.dsl.Record;
import dev.rex.dsl.ResultQuery;
import dev.rex.dsl.Table;
import dev.rex.dsl.spi.QueryExecutor;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Every DELETE step. */
final class DeleteImpl<R extends Record> extends AbstractQuery
    implements DeleteWhereStep<R>, DeleteConditionStep<R> {

  private final DeleteModel model;

  DeleteImpl(DeleteModel model, @Nullable QueryExecutor executor) {
    super(executor);
    this.model = model;
  }

  @Override
  DeleteModel model() {
    return model;
  }

  @Override
  public DeleteImpl<R> where(Condition... conditions) {
    Condition condition = Combined.of(Combined.Operator.AND, conditions);
    return new DeleteImpl<>(model.withWhere(condition), executor);
  }

  @Override
  public DeleteImpl<R> and(Condition condition) {
    return new DeleteImpl<>(model.withWhere(model.where().and(condition)), executor);
  }

  @Override
  public DeleteImpl<R> or(Condition condition) {
    return new DeleteImpl<>(model.withWhere(model.where().or(condition)), executor);
  }

  @Override
  @SuppressWarnings("unchecked")
  public ResultQuery<R> returning() {
    Table<R> table = (Table<R>) model.table();
    return new ReturningQuery<>(
        model.withReturning(new Returning("DELETE", table.fields())), table.recordType(), executor);
  }

  @Override
  @SuppressWarnings("unchecked")
  public ResultQuery<R> returning(Field<?>... fields) {
    Table<R> table = (Table<R>) model.table();
    return new ReturningQuery<>(
        model.withReturning(new Returning("DELETE", List.of(fields))),
        Queries.recordTypeOf(table, List.of(fields)),
        executor);
  }

  @Override
  public ResultQuery<Record> returningResult(Field<?>... fields) {
    return new ReturningQuery<>(
        model.withReturning(new Returning("DELETE", List.of(fields))),
        Queries.<Record>rowRecordType(List.of(fields)),
        executor);
  }
}
