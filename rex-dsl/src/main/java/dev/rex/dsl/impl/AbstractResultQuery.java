package dev.rex.dsl.impl;

import dev.rex.dsl.Field;
import dev.rex.dsl.Record;
import dev.rex.dsl.RecordMapper;
import dev.rex.dsl.Result;
import dev.rex.dsl.ResultQuery;
import dev.rex.dsl.spi.QueryExecutor;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** The fetch methods of every query that returns rows, built on the executor's {@code fetch}. */
abstract sealed class AbstractResultQuery<R extends Record> extends AbstractQuery
    implements ResultQuery<R>
    permits BoundQuery, PlainSqlQuery, ReturningQuery, SelectImpl, SelectWhere {

  final int fetchSize;

  AbstractResultQuery(@Nullable QueryExecutor executor, int fetchSize) {
    super(executor);
    this.fetchSize = fetchSize;
  }

  /** Whether this is a SELECT (a prepared query's: whether its template is). */
  boolean isSelect() {
    return this instanceof dev.rex.dsl.Select<?>;
  }

  /** Whether a prepared query returns at most one row by its shape; see {@link Queries}. */
  boolean returnsAtMostOneRow() {
    return false;
  }

  /**
   * Runs the query for at most {@code maxRows} rows (0: all); a statement may do it its own way.
   */
  Result<R> rows(int maxRows) {
    return executor().fetch(this, maxRows);
  }

  @Override
  public int execute() {
    return rows(0).size();
  }

  @Override
  public Result<R> fetch() {
    return rows(0);
  }

  @Override
  public <E> List<E> fetch(RecordMapper<? super R, E> mapper) {
    return fetch().map(mapper);
  }

  @Override
  public <T> List<@Nullable T> fetch(Field<T> field) {
    return fetch().getValues(field);
  }

  /**
   * Runs the query for at most one row (null: none; more is a {@link TooManyRowsException}); a
   * statement that runs {@link #rows} its own way overrides this too. It calls the executor itself:
   * each call on the way to the driver counts against how deep the JIT inlines.
   */
  @Override
  public @Nullable R fetchOne() {
    return executor().fetchOne(this);
  }

  @Override
  public <E> @Nullable E fetchOne(RecordMapper<? super R, E> mapper) {
    R record = fetchOne();
    return record == null ? null : mapper.map(record);
  }

  @Override
  public <T> @Nullable T fetchOne(Field<T> field) {
    R record = fetchOne();
    return record == null ? null : record.get(field);
  }

  @Override
  public Optional<R> fetchOptional() {
    return Optional.ofNullable(fetchOne());
  }

  @Override
  public <E> Optional<E> fetchOptional(RecordMapper<? super R, E> mapper) {
    return Optional.ofNullable(fetchOne(mapper));
  }

  @Override
  public R fetchSingle() {
    R record = fetchOne();
    if (record == null) {
      throw Failures.noDataFound(render(executor().dialect()).sql());
    }
    return record;
  }

  @Override
  public <E> E fetchSingle(RecordMapper<? super R, E> mapper) {
    return mapper.map(fetchSingle());
  }

  @Override
  public <T> @Nullable T fetchSingle(Field<T> field) {
    return fetchSingle().get(field);
  }

  @Override
  public @Nullable R fetchAny() {
    Result<R> rows = rows(1);
    return rows.isEmpty() ? null : rows.get(0);
  }

  @Override
  public Stream<R> stream() {
    return executor().stream(this, fetchSize);
  }
}
