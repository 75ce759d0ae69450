package dev.rex.dsl.impl;

import dev.rex.dsl.Field;
import dev.rex.dsl.Record;
import dev.rex.dsl.RecordType;
import dev.rex.dsl.spi.QueryExecutor;
import dev.rex.dsl.spi.RowColumns;
import java.sql.SQLException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The rows of a query seen through a derived table or CTE: the same columns in the same order under
 * new qualified names, read into the inner query's records.
 */
record RelabeledRecordType<R extends Record>(List<Field<?>> fields, RecordType<R> inner)
    implements RecordType<R> {

  /** Copies {@code fields}. */
  RelabeledRecordType {
    fields = List.copyOf(fields);
  }

  @Override
  public R newRecord(@Nullable Object[] values, @Nullable QueryExecutor executor) {
    return inner.newRecord(values, executor);
  }

  @Override
  public R read(RowColumns row, @Nullable QueryExecutor executor) throws SQLException {
    return inner.read(row, executor);
  }
}
