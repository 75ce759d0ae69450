package dev.rex;

import dev.rex.cache.QueryCache;
import dev.rex.dsl.Field;
import dev.rex.dsl.InsertSetMoreStep;
import dev.rex.dsl.InsertSetStep;
import dev.rex.dsl.Query;
import dev.rex.dsl.Record;
import dev.rex.dsl.Table;
import dev.rex.dsl.TableRecord;
import dev.rex.dsl.UpdatableRecord;
import dev.rex.dsl.Violation;
import dev.rex.dsl.exception.ValidationException;
import dev.rex.dsl.impl.Queries;
import dev.rex.dsl.impl.StatementStarts;
import dev.rex.dsl.spi.QueryExecutor;
import dev.rex.runtime.CachedQueries;
import dev.rex.runtime.JdbcExecutor;
import dev.rex.runtime.ResultCache;
import dev.rex.runtime.Transactions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What {@link Rex} and transaction handles share: everything runs on one {@link JdbcExecutor}. */
abstract class AbstractDatabase implements Database {

  final JdbcExecutor executor;

  AbstractDatabase(JdbcExecutor executor) {
    this.executor = executor;
  }

  @Override
  public final QueryExecutor executor() {
    return executor;
  }

  @Override
  public final QueryCache cache() {
    ResultCache cache = executor.cache();
    if (cache == null) {
      throw new IllegalStateException("This database has no result cache.");
    }
    return new CachedQueries(executor, cache);
  }

  @Override
  public final <T> T transactionResult(TransactionalCallable<T> body) {
    return transactionResult(TransactionOptions.defaults(), body);
  }

  @Override
  public final <T> T transactionResult(TransactionOptions options, TransactionalCallable<T> body) {
    Isolation isolation = options.isolation();
    return Transactions.run(
        options.readOnly() ? readOnlyExecutor() : executor,
        isolation == null ? null : isolation.jdbcLevel(),
        options.readOnly(),
        transactional -> body.run(new TransactionScope(transactional)));
  }

  /** Where read-only transactions run: here, unless {@link Rex} has read replicas. */
  JdbcExecutor readOnlyExecutor() {
    return executor;
  }

  @Override
  public final BatchBindStep batch(Query template) {
    return new Batch(executor, template);
  }

  @Override
  public final int[] batchInsert(Collection<? extends UpdatableRecord<?>> records) {
    List<TableRecord<?>> all = new ArrayList<>(records);
    List<Violation> violations = new ArrayList<>();
    for (TableRecord<?> record : all) {
      violations.addAll(Queries.violations(record, executor));
    }
    if (!violations.isEmpty()) {
      throw Invalid.records(violations);
    }
    Map<List<Object>, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < all.size(); i++) {
      groups.computeIfAbsent(shape(all.get(i)), key -> new ArrayList<>()).add(i);
    }
    int[] counts = new int[all.size()];
    for (List<Integer> group : groups.values()) {
      insertGroup(all, group, counts);
    }
    return counts;
  }

  /** A table and the columns set on a record: records with equal shapes share one statement. */
  private static List<Object> shape(TableRecord<?> record) {
    List<Object> shape = new ArrayList<>();
    shape.add(record.table());
    for (Field<?> field : record.fields()) {
      if (record.changed(field)) {
        shape.add(field.getName());
      }
    }
    return shape;
  }

  private void insertGroup(List<TableRecord<?>> all, List<Integer> group, int[] counts) {
    TableRecord<?> first = all.get(group.get(0));
    List<Field<?>> columns = new ArrayList<>();
    for (Field<?> field : first.fields()) {
      if (first.changed(field)) {
        columns.add(field);
      }
    }
    Query template = insertTemplate(first.table(), columns, first);
    List<@Nullable Object[]> rows = new ArrayList<>(group.size());
    for (int index : group) {
      TableRecord<?> record = all.get(index);
      @Nullable Object[] values = new Object[columns.size()];
      for (int c = 0; c < values.length; c++) {
        values[c] = record.get(columns.get(c));
      }
      rows.add(values);
    }
    int[] groupCounts = executor.executeBatch(template, template.render(executor.dialect()), rows);
    for (int i = 0; i < group.size(); i++) {
      counts[group.get(i)] = groupCounts[i];
      Queries.markInserted(all.get(group.get(i)), executor);
    }
  }

  @SuppressWarnings("unchecked")
  private <R extends Record> Query insertTemplate(
      Table<R> table, List<Field<?>> columns, TableRecord<?> first) {
    InsertSetStep<R> insert = StatementStarts.insertInto(null, table);
    if (columns.isEmpty()) {
      return insert.defaultValues();
    }
    Field<Object> head = (Field<Object>) columns.get(0);
    InsertSetMoreStep<R> step = insert.set(head, first.get(head));
    for (Field<?> column : columns.subList(1, columns.size())) {
      Field<Object> field = (Field<Object>) column;
      step = step.set(field, first.get(field));
    }
    return step;
  }

  /**
   * Builds the validation exception apart from this class, so that verifying it (every {@code
   * Rex.connect} does) does not load the exception class.
   */
  private static final class Invalid {
    private Invalid() {}

    static RuntimeException records(List<Violation> violations) {
      return new ValidationException(violations);
    }
  }
}
