package dev.rex.dsl.impl;

import dev.rex.dsl.Field;
import dev.rex.dsl.Record;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Values in an array, addressed by position, field or name. */
abstract sealed class AbstractRecord implements Record permits RowRecord {

  final RowType row;
  final @Nullable Object[] values;

  AbstractRecord(RowType row, @Nullable Object[] values) {
    this.row = row;
    this.values = values;
  }

  @Override
  public final List<Field<?>> fields() {
    return row.fields();
  }

  @Override
  public final int size() {
    return values.length;
  }

  @Override
  public final @Nullable Object get(int index) {
    return values[index];
  }

  @Override
  @SuppressWarnings("unchecked")
  public final <T> @Nullable T get(Field<T> field) {
    return (T) values[indexOf(field)];
  }

  @Override
  public final @Nullable Object get(String name) {
    return values[RowType.require(row.fields(), name)];
  }

  final int indexOf(Field<?> field) {
    return RowType.require(row.fields(), field);
  }

  @Override
  public final @Nullable Object[] intoArray() {
    return values.clone();
  }

  @Override
  public final Map<String, @Nullable Object> intoMap() {
    Map<String, @Nullable Object> map = new LinkedHashMap<>();
    for (int i = 0; i < values.length; i++) {
      map.put(row.fields().get(i).getName(), values[i]);
    }
    return map;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Record that
        && row.fields().equals(that.fields())
        && Arrays.deepEquals(
            values, that instanceof AbstractRecord own ? own.values : that.intoArray());
  }

  @Override
  public int hashCode() {
    return Arrays.deepHashCode(values);
  }

  @Override
  public String toString() {
    return intoMap().toString();
  }
}
