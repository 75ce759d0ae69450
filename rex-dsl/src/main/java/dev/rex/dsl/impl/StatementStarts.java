package dev.rex.dsl.impl;

import dev.rex.dsl.CommonTableExpression;
import dev.rex.dsl.DeleteWhereStep;
import dev.rex.dsl.Field;
import dev.rex.dsl.InsertOnDuplicateStep;
import dev.rex.dsl.InsertSetStep;
import dev.rex.dsl.Record;
import dev.rex.dsl.Table;
import dev.rex.dsl.UpdateSetFirstStep;
import dev.rex.dsl.WithStep;
import dev.rex.dsl.exception.RexException;
import dev.rex.dsl.spi.QueryExecutor;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Internal, like {@link Queries}: the first steps of INSERT, UPDATE, DELETE and WITH statements.
 * Apart from {@code Queries} so that a process whose first statement is a SELECT does not load the
 * step interfaces of the other statements (the verifier loads each type a method returns).
 */
public final class StatementStarts {

  private StatementStarts() {}

  /** {@code insert into table}, columns to follow with {@code set}. */
  public static <R extends Record> InsertSetStep<R> insertInto(
      @Nullable QueryExecutor executor, Table<R> table) {
    return insertImpl(executor, table);
  }

  /**
   * {@code insert into table (fields…)}, viewed as the caller's arity: the step implements every
   * {@code InsertValuesStepN}, so the caller's target type ({@code InsertValuesStep3<R, A, B, C>}
   * for three fields) decides which one it sees.
   */
  @SuppressWarnings({"unchecked", "TypeParameterUnusedInFormals"}) // the arity is the caller's
  public static <R extends Record, S extends InsertOnDuplicateStep<R>> S insertInto(
      @Nullable QueryExecutor executor, Table<R> table, Field<?>... fields) {
    return (S) insertImpl(executor, table, fields);
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
}
