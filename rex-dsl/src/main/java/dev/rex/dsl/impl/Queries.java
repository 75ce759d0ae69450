package dev.rex.dsl.impl;

import dev.rex.dsl.CommonTableExpression;
import dev.rex.dsl.Condition;
import dev.rex.dsl.DeleteWhereStep;
import dev.rex.dsl.Field;
import dev.rex.dsl.InsertSetStep;
import dev.rex.dsl.Query;
import dev.rex.dsl.QueryPart;
import dev.rex.dsl.Record;
import dev.rex.dsl.RecordType;
import dev.rex.dsl.ResultQuery;
import dev.rex.dsl.Select;
import dev.rex.dsl.SelectField;
import dev.rex.dsl.SelectFromStep;
import dev.rex.dsl.SelectWhereStep;
import dev.rex.dsl.Table;
import dev.rex.dsl.UniqueKey;
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

  /** Records holding {@code fields} in order; for rows whose columns are found at run time. */
  public static <R extends Record> RecordType<R> rowRecordType(List<Field<?>> fields) {
    return new RowRecordType<>(fields);
  }

  /** An unqualified column {@code "name"} of the given type. */
  public static <T> Field<T> namedField(String name, dev.rex.dsl.DataType<T> type) {
    return new QualifiedField<>(null, name, type);
  }

  /** Application-written SQL with {@code ?} placeholders for {@code binds}, returning rows. */
  public static ResultQuery<Record> plainSql(
      @Nullable QueryExecutor executor, String sql, @Nullable Object... binds) {
    return new PlainSqlQuery(checked(PlainSql.of(sql, binds, true), executor), executor, 0);
  }

  /**
   * Application-written SQL with {@code ?} placeholders for {@code binds}, run as a statement: any
   * rows it returns are skipped, and it may hold several statements where the database runs them
   * all.
   */
  public static Query plainStatement(
      @Nullable QueryExecutor executor, String sql, @Nullable Object... binds) {
    return new DmlQuery(checked(PlainSql.of(sql, binds, false), executor), executor);
  }

  /** Refuses bad raw SQL where it is written when the dialect is known already. */
  private static PlainSql checked(PlainSql model, @Nullable QueryExecutor executor) {
    if (executor != null) {
      model.pieces(executor.dialect().rawSqlSyntax());
    }
    return model;
  }

  /** {@code pk1 = ? and pk2 = ?} for the primary key of {@code table}. */
  @SuppressWarnings("unchecked")
  public static Condition primaryKeyCondition(Table<?> table, Object... key) {
    UniqueKey<?> primaryKey = table.getPrimaryKey();
    if (primaryKey == null) {
      throw new IllegalArgumentException(table.getName() + " has no primary key.");
    }
    List<? extends Field<?>> fields = primaryKey.fields();
    if (fields.size() != key.length) {
      throw new IllegalArgumentException(
          "The primary key of "
              + table.getName()
              + " has "
              + fields.size()
              + " columns but "
              + key.length
              + " values were given.");
    }
    List<Condition> parts = new ArrayList<>(key.length);
    for (int i = 0; i < key.length; i++) {
      Field<Object> field = (Field<Object>) fields.get(i);
      if (key[i] == null || !field.getType().isInstance(key[i])) {
        throw new IllegalArgumentException(
            "Key column "
                + field.getName()
                + " of "
                + table.getName()
                + " takes "
                + field.getType().getSimpleName()
                + " values, not "
                + (key[i] == null ? "null" : key[i].getClass().getSimpleName())
                + ".");
      }
      parts.add(field.eq(key[i]));
    }
    return Combined.of(Combined.Operator.AND, parts);
  }

  /**
   * Marks a record as written by a batch insert: its values are now its stored state, so a later
   * {@code store()} updates rather than inserts again.
   */
  public static void markInserted(TableRecordImpl<?> record, QueryExecutor executor) {
    record.inserted(executor);
  }
}
