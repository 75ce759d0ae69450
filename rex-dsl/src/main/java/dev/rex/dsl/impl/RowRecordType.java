package dev.rex.dsl.impl;

import dev.rex.dsl.Field;
import dev.rex.dsl.Record;
import dev.rex.dsl.RecordType;
import dev.rex.dsl.spi.QueryExecutor;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Rows of an ad-hoc projection, read into {@link RowRecord}s. Fields that convert what they read
 * ({@link ReadConversion}, such as nested rows) are converted here, once per value.
 */
final class RowRecordType<R extends Record> implements RecordType<R> {

  private final RowType row;
  private final @Nullable ReadConversion @Nullable [] conversions;

  RowRecordType(List<? extends Field<?>> fields) {
    this.row = new RowType(fields);
    this.conversions = conversions(row.fields());
  }

  /** The conversion of each field, or null when no field converts. */
  private static @Nullable ReadConversion @Nullable [] conversions(List<Field<?>> fields) {
    @Nullable ReadConversion[] found = null;
    for (int i = 0; i < fields.size(); i++) {
      Field<?> field = fields.get(i);
      Field<?> unaliased = field instanceof FieldAlias<?> alias ? alias.field() : field;
      if (unaliased instanceof ReadConversion conversion) {
        if (found == null) {
          found = new ReadConversion[fields.size()];
        }
        found[i] = conversion;
      }
    }
    return found;
  }

  @Override
  public List<Field<?>> fields() {
    return row.fields();
  }

  @Override
  @SuppressWarnings("unchecked")
  public R newRecord(@Nullable Object[] values, @Nullable QueryExecutor executor) {
    if (conversions != null) {
      for (int i = 0; i < conversions.length && i < values.length; i++) {
        ReadConversion conversion = conversions[i];
        if (conversion != null) {
          values[i] = conversion.convertRead(values[i]);
        }
      }
    }
    return (R) new RowRecord<>(row, values);
  }
}
