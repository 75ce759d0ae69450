package dev.rex.dsl.impl;

import dev.rex.dsl.Field;
import dev.rex.dsl.Record;
import dev.rex.dsl.RecordType;
import dev.rex.dsl.spi.QueryExecutor;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Rows of an ad-hoc projection, read into {@link RowRecord}s. */
final class RowRecordType<R extends Record> implements RecordType<R> {

  private final RowType row;

  RowRecordType(List<? extends Field<?>> fields) {
    this.row = new RowType(fields);
  }

  @Override
  public List<Field<?>> fields() {
    return row.fields();
  }

  @Override
  @SuppressWarnings("unchecked")
  public R newRecord(@Nullable Object[] values, @Nullable QueryExecutor executor) {
    return (R) new RowRecord<>(row, values);
  }
}
