package dev.rex.dsl.impl;

import dev.rex.dsl.CommonTableExpression;
import dev.rex.dsl.DeleteWhereStep;
import dev.rex.dsl.Field;
import dev.rex.dsl.InsertSetStep;
import dev.rex.dsl.Query;
import dev.rex.dsl.QueryPart;
import dev.rex.dsl.Record;
import dev.rex.dsl.RecordType;
import dev.rex.dsl.Select;
import dev.rex.dsl.SelectField;
import dev.rex.dsl.SelectFromStep;
import dev.rex.dsl.SelectWhereStep;
import dev.rex.dsl.Table;
import dev.rex.dsl.UpdateSetFirstStep;
import dev.rex.dsl.WithStep;
import dev.rex.dsl.exception.RexException;
import dev.rex.dsl.spi.QueryExecutor;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where every statement starts. {@code DSL} calls these with no executor (detached queries); {@code
 * DSLContext} calls them with its own. Public only so that the API package can reach it.
 */
public final class Queries {

  private Queries() {}

  /** {@code select fields…}; the caller's target type fixes the record type. */
  public static <R extends Record> SelectFromStep<R> select(
      @Nullable QueryExecutor executor, boolean distinct, SelectField<?>... fields) {
    return selectImpl(executor, distinct, fields);
  }

  @SuppressWarnings("unchecked")
  static <R extends Record> SelectImpl<R> selectImpl(
      @Nullable QueryExecutor executor, boolean distinct, SelectField<?>... fields) {
    SelectModel model = SelectModel.of(distinct, List.of(fields));
    RecordType<R> type = (RecordType<R>) new RowRecordType<>(model.fields());
    return new SelectImpl<>(model, type, executor, SelectImpl.Step.NONE, 0);
  }

  /** {@code select <every column of table> from table}, read into the table's records. */
  public static <R extends Record> SelectWhereStep<R> selectFrom(
      @Nullable QueryExecutor executor, Table<R> table) {
    return selectFromImpl(executor, table);
  }

  static <R extends Record> SelectImpl<R> selectFromImpl(
      @Nullable QueryExecutor executor, Table<R> table) {
    SelectModel model = SelectModel.of(false, table.fields()).withFrom(List.of(table));
    return new SelectImpl<>(model, table.recordType(), executor, SelectImpl.Step.NONE, 0);
  }

  /** {@code insert into table}, columns to follow with {@code set}. */
  public static <R extends Record> InsertSetStep<R> insertInto(
      @Nullable QueryExecutor executor, Table<R> table) {
    return insertImpl(executor, table);
  }

  /** {@code insert into table (fields…)}, viewed as the caller's arity. */
  public static <
          R extends Record, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16>
      AbstractInsertValues<R, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16>
          insertInto(@Nullable QueryExecutor executor, Table<R> table, Field<?>... fields) {
    return insertImpl(executor, table, fields);
  }

  private static <
          R extends Record, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16>
      InsertImpl<R, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16>
          insertImpl(@Nullable QueryExecutor executor, Table<R> table, Field<?>... fields) {
    requireWritable(table);
    InsertModel model = new InsertModel(table, List.of(fields), List.of(), null, null, null);
    return new InsertImpl<>(model, executor, InsertImpl.Phase.COLUMNS, fields.length > 0);
  }

  /** {@code update table}. */
  public static <R extends Record> UpdateSetFirstStep<R> update(
      @Nullable QueryExecutor executor, Table<R> table) {
    requireWritable(table);
    return new UpdateImpl<>(
        new UpdateModel(table, List.of(), List.of(), NoCondition.INSTANCE, null), executor);
  }

  /** {@code delete from table}. */
  public static <R extends Record> DeleteWhereStep<R> deleteFrom(
      @Nullable QueryExecutor executor, Table<R> table) {
    requireWritable(table);
    return new DeleteImpl<>(new DeleteModel(table, NoCondition.INSTANCE, null), executor);
  }

  /** {@code with [recursive] ctes…}. */
  public static WithStep with(
      @Nullable QueryExecutor executor, boolean recursive, CommonTableExpression<?>... ctes) {
    List<CteImpl<?>> list = new ArrayList<>(ctes.length);
    for (CommonTableExpression<?> cte : ctes) {
      list.add((CteImpl<?>) cte);
    }
    return new WithImpl(new WithClause(recursive, list), executor);
  }

  private static void requireWritable(Table<?> table) {
    if (!table.isWritable()) {
      throw new RexException(
          table.getName() + " is read-only (a view, derived table or CTE): it cannot be changed.");
    }
  }

  /** The syntax tree of a query built by Rex. */
  static SelectModel model(Select<?> select) {
    if (select instanceof SelectImpl<?> impl) {
      return impl.model();
    }
    throw new IllegalArgumentException("Not a Rex query: " + select.getClass().getName());
  }

  /** The syntax tree of any statement built by Rex; for the runtime's statement cache. */
  public static QueryPart shape(Query query) {
    if (query instanceof AbstractQuery impl) {
      return impl.model();
    }
    if (query instanceof InsertImpl<?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?> insert) {
      return insert.model();
    }
    return query;
  }

  /** Records of {@code table} holding only {@code fields}, for RETURNING a subset. */
  static <R extends Record> RecordType<R> recordTypeOf(Table<R> table, List<Field<?>> fields) {
    if (table instanceof TableImpl<R> impl) {
      return new TableRecordType<>(impl, fields);
    }
    @SuppressWarnings("unchecked")
    RecordType<R> rows = (RecordType<R>) new RowRecordType<>(fields);
    return rows;
  }

  /** Attaches a new record of {@code table} to {@code executor}. */
  public static <R extends Record> R newRecord(QueryExecutor executor, Table<R> table) {
    if (!(table instanceof TableImpl<R> impl)) {
      throw new IllegalArgumentException(table.getName() + " is not a generated table.");
    }
    R record = impl.newRecord();
    ((TableRecordImpl<?>) record).attach(executor);
    return record;
  }
}
