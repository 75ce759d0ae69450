package dev.rex.dsl.impl;

import dev.rex.dsl.QueryPart;
import dev.rex.dsl.Record;
import dev.rex.dsl.RecordType;
import dev.rex.dsl.Result;
import dev.rex.dsl.ResultQuery;
import dev.rex.dsl.exception.TooManyRowsException;
import dev.rex.dsl.spi.QueryExecutor;
import org.jspecify.annotations.Nullable;

/** An INSERT, UPDATE or DELETE with RETURNING: a statement that yields rows. */
final class ReturningQuery<R extends Record> extends AbstractResultQuery<R> {

  private final QueryPart model;
  private final RecordType<R> recordType;

  ReturningQuery(QueryPart model, RecordType<R> recordType, @Nullable QueryExecutor executor) {
    this(model, recordType, executor, 0);
  }

  private ReturningQuery(
      QueryPart model, RecordType<R> recordType, @Nullable QueryExecutor executor, int size) {
    super(executor, size);
    this.model = model;
    this.recordType = recordType;
  }

  @Override
  QueryPart model() {
    return model;
  }

  @Override
  public RecordType<R> recordType() {
    return recordType;
  }

  /**
   * Where the dialect has no RETURNING, an INSERT of one row still returns its row: it runs without
   * the clause, reading the key the database generated, and the returned columns are then selected
   * by the row's primary key ({@link InsertReadBack}).
   */
  @Override
  Result<R> rows(int maxRows) {
    QueryExecutor executor = executor();
    if (model instanceof InsertModel insert && !executor.dialect().supportsReturning()) {
      return InsertReadBack.run(insert, recordType, executor);
    }
    return super.rows(maxRows);
  }

  @Override
  public @Nullable R fetchOne() {
    Result<R> rows = rows(2);
    if (rows.size() > 1) {
      throw new TooManyRowsException(render(executor().dialect()).sql());
    }
    return rows.isEmpty() ? null : rows.get(0);
  }

  @Override
  public ResultQuery<R> fetchSize(int rows) {
    return new ReturningQuery<>(model, recordType, executor, rows);
  }
}
