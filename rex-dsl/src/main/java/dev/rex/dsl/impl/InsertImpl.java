package dev.rex.dsl.impl;

import dev.rex.dsl.Condition;
import dev.rex.dsl.Field;
import dev.rex.dsl.InsertOnConflictDoUpdateStep;
import dev.rex.dsl.InsertOnDuplicateSetMoreStep;
import dev.rex.dsl.InsertOnDuplicateStep;
import dev.rex.dsl.InsertSetMoreStep;
import dev.rex.dsl.InsertSetStep;
import dev.rex.dsl.QueryPart;
import dev.rex.dsl.Record;
import dev.rex.dsl.ResultQuery;
import dev.rex.dsl.Select;
import dev.rex.dsl.Table;
import dev.rex.dsl.TableRecord;
import dev.rex.dsl.UniqueKey;
import dev.rex.dsl.exception.InvalidQueryException;
import dev.rex.dsl.spi.QueryExecutor;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Every INSERT step. {@link #phase} says what {@code set(...)} means: a column of the row being
 * inserted, or an assignment of {@code on conflict do update}.
 */
final class InsertImpl<
        R extends Record, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16>
    extends AbstractInsertValues<
        R, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16>
    implements InsertSetStep<R>,
        InsertSetMoreStep<R>,
        InsertOnConflictDoUpdateStep<R>,
        InsertOnDuplicateSetMoreStep<R> {

  enum Phase {
    COLUMNS,
    CONFLICT_SET
  }

  private final InsertModel model;
  private final @Nullable QueryExecutor executor;
  private final Phase phase;
  private final boolean rowComplete;

  InsertImpl(InsertModel model, @Nullable QueryExecutor executor, Phase phase, boolean complete) {
    this.model = model;
    this.executor = executor;
    this.phase = phase;
    this.rowComplete = complete;
  }

  private InsertImpl<R, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16> next(
      InsertModel newModel, Phase newPhase, boolean complete) {
    return new InsertImpl<>(newModel, executor, newPhase, complete);
  }

  private final DmlQuery query() {
    return new DmlQuery(model, executor);
  }

  @Override
  public int execute() {
    return query().execute();
  }

  @Override
  public dev.rex.dsl.RenderedQuery render(dev.rex.dsl.spi.Dialect dialect) {
    return query().render(dialect);
  }

  @Override
  public void accept(dev.rex.dsl.spi.RenderContext context) {
    model.accept(context);
  }

  @Override
  public String toString() {
    return query().toString();
  }

  QueryPart model() {
    return model;
  }

  // --- set(...) -------------------------------------------------------------------------------

  @Override
  public <T>
      InsertImpl<R, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16> set(
          Field<T> field, @Nullable T value) {
    return set(field, new Val<>(value, field.getDataType(), field));
  }

  @Override
  public <T>
      InsertImpl<R, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16> set(
          Field<T> field, Field<T> value) {
    if (phase == Phase.CONFLICT_SET) {
      Conflict conflict = java.util.Objects.requireNonNull(model.conflict());
      return next(
          model.withConflict(conflict.withSet(new Assignment(field, value))), phase, rowComplete);
    }
    List<Field<?>> columns = new ArrayList<>(model.columns());
    List<List<Field<?>>> rows = new ArrayList<>(model.rows());
    if (rows.isEmpty() || rowComplete) {
      rows.add(new ArrayList<>());
    }
    List<Field<?>> row = new ArrayList<>(rows.get(rows.size() - 1));
    if (rows.size() == 1) {
      columns.add(field);
    } else if (row.size() >= columns.size() || !columns.get(row.size()).equals(field)) {
      throw new IllegalArgumentException(
          "Every row of a multi-row insert must set the same columns in the same order as the"
              + " first row "
              + names(columns)
              + "; got "
              + field.getName()
              + " at position "
              + (row.size() + 1)
              + ".");
    }
    row.add(value);
    rows.set(rows.size() - 1, row);
    return next(model.withRows(columns, rows), phase, false);
  }

  private static List<String> names(List<Field<?>> fields) {
    return fields.stream().map(Field::getName).toList();
  }

  @Override
  @SuppressWarnings("unchecked")
  public InsertImpl<R, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16> set(
      Record record) {
    if (!(record instanceof TableRecord<?> tableRecord)) {
      throw new IllegalArgumentException("Only a table record can be inserted with set(record).");
    }
    if (!tableRecord.table().equals(model.table())) {
      throw new IllegalArgumentException(
          "A record of "
              + tableRecord.table().getName()
              + " cannot be inserted into "
              + model.table().getName()
              + ".");
    }
    InsertImpl<R, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16> step =
        this;
    for (Field<?> field : tableRecord.fields()) {
      if (tableRecord.changed(field)) {
        step = step.set((Field<Object>) field, tableRecord.get(field));
      }
    }
    return step;
  }

  @Override
  public InsertImpl<R, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16>
      newRecord() {
    if (model.rows().isEmpty()) {
      return this;
    }
    List<Field<?>> last = model.rows().get(model.rows().size() - 1);
    if (last.size() != model.columns().size()) {
      throw new IllegalArgumentException(
          "The previous row sets " + last.size() + " of " + model.columns().size() + " columns.");
    }
    return next(model, phase, true);
  }

  @Override
  public InsertOnDuplicateStep<R> defaultValues() {
    return next(model.withRows(List.of(), List.of()), phase, true);
  }

  // --- values(...) ----------------------------------------------------------------------------

  @Override
  public InsertImpl<R, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16>
      values(@Nullable Object... values) {
    List<Field<?>> columns = model.columns();
    if (values.length != columns.size()) {
      throw new IllegalArgumentException(
          "This insert has "
              + columns.size()
              + " columns "
              + names(columns)
              + " but the row has "
              + values.length
              + " values.");
    }
    Field<?>[] row = new Field<?>[values.length];
    for (int i = 0; i < values.length; i++) {
      row[i] = bind(columns.get(i), values[i]);
    }
    return valuesFields(row);
  }

  private static <T> Field<T> bind(Field<T> column, @Nullable Object value) {
    Class<T> type = column.getType();
    if (value != null && !type.isInstance(value)) {
      throw new IllegalArgumentException(
          "Column "
              + column.getName()
              + " takes "
              + type.getSimpleName()
              + " values, not "
              + value.getClass().getSimpleName()
              + " ("
              + value
              + ").");
    }
    return new Val<>(type.cast(value), column.getDataType(), column);
  }

  @Override
  InsertImpl<R, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16> valuesRow(
      @Nullable Object[] values) {
    List<Field<?>> columns = model.columns();
    Field<?>[] row = new Field<?>[values.length];
    for (int i = 0; i < values.length; i++) {
      row[i] = bind(columns.get(i), values[i]);
    }
    return valuesFields(row);
  }

  @Override
  InsertImpl<R, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16> valuesFields(
      Field<?>[] values) {
    List<List<Field<?>>> rows = new ArrayList<>(model.rows());
    rows.add(List.of(values));
    return next(model.withRows(model.columns(), rows), phase, true);
  }

  @Override
  InsertOnDuplicateStep<R> selectRows(Select<?> select) {
    return next(model.withSelect(Queries.model(select)), phase, true);
  }

  // --- on conflict ----------------------------------------------------------------------------

  @Override
  public InsertImpl<R, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16>
      onConflict(Field<?>... fields) {
    Conflict conflict = new Conflict(List.of(fields), false, List.of(), NoCondition.INSTANCE);
    return next(model.withConflict(conflict), phase, true);
  }

  @Override
  public InsertImpl<R, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16>
      onConflictDoNothing() {
    Conflict conflict = new Conflict(List.of(), true, List.of(), NoCondition.INSTANCE);
    return next(model.withConflict(conflict), phase, true);
  }

  @Override
  public InsertImpl<R, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16>
      onDuplicateKeyUpdate() {
    UniqueKey<R> key = table().getPrimaryKey();
    if (key == null) {
      throw new InvalidQueryException(
          "onDuplicateKeyUpdate() needs a primary key, and "
              + table().getName()
              + " has none: name the unique columns with onConflict(fields...).doUpdate().");
    }
    return onConflict(key.fields().toArray(Field<?>[]::new)).doUpdate();
  }

  @Override
  public InsertImpl<R, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16>
      doUpdate() {
    return next(model, Phase.CONFLICT_SET, true);
  }

  @Override
  public InsertImpl<R, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16>
      doNothing() {
    Conflict conflict = java.util.Objects.requireNonNull(model.conflict(), "onConflict first");
    return next(
        model.withConflict(new Conflict(conflict.target(), true, List.of(), conflict.where())),
        phase,
        true);
  }

  @Override
  public InsertImpl<R, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16> where(
      Condition... conditions) {
    Condition condition = Combined.of(Combined.Operator.AND, conditions);
    Conflict conflict = java.util.Objects.requireNonNull(model.conflict(), "onConflict first");
    return next(model.withConflict(conflict.withWhere(condition)), phase, true);
  }

  // --- returning ------------------------------------------------------------------------------

  @Override
  public ResultQuery<R> returning() {
    Table<R> table = table();
    return new ReturningQuery<>(
        model.withReturning(new Returning("INSERT", table.fields())), table.recordType(), executor);
  }

  @Override
  public ResultQuery<R> returning(Field<?>... fields) {
    return new ReturningQuery<>(
        model.withReturning(new Returning("INSERT", List.of(fields))),
        Queries.recordTypeOf(table(), List.of(fields)),
        executor);
  }

  @Override
  public ResultQuery<Record> returningResult(Field<?>... fields) {
    return new ReturningQuery<>(
        model.withReturning(new Returning("INSERT", List.of(fields))),
        Queries.<Record>rowRecordType(List.of(fields)),
        executor);
  }

  @SuppressWarnings("unchecked")
  private Table<R> table() {
    return (Table<R>) model.table();
  }
}
