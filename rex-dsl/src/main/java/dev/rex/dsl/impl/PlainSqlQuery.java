package dev.rex.dsl.impl;

import dev.rex.dsl.Record;
import dev.rex.dsl.RecordType;
import dev.rex.dsl.ResultQuery;
import dev.rex.dsl.spi.QueryExecutor;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A statement of application-written SQL. Its columns are unknown until it runs, so its record type
 * has no fields and the runtime reads them from the result's metadata.
 */
final class PlainSqlQuery extends AbstractResultQuery<Record> {

  private static final RecordType<Record> UNKNOWN_COLUMNS = new RowRecordType<>(List.of());

  private final PlainSql model;

  PlainSqlQuery(PlainSql model, @Nullable QueryExecutor executor, int fetchSize) {
    super(executor, fetchSize);
    this.model = model;
  }

  @Override
  PlainSql model() {
    return model;
  }

  @Override
  public int execute() {
    return executor().execute(new DmlQuery(model.asStatement(), executor));
  }

  @Override
  public RecordType<Record> recordType() {
    return UNKNOWN_COLUMNS;
  }

  @Override
  public ResultQuery<Record> fetchSize(int rows) {
    return new PlainSqlQuery(model, executor, rows);
  }
}
