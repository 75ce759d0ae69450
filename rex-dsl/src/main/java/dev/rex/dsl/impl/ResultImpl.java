package dev.rex.dsl.impl;

import dev.rex.dsl.Field;
import dev.rex.dsl.Record;
import dev.rex.dsl.RecordMapper;
import dev.rex.dsl.Result;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;

/** An unmodifiable list of records. */
final class ResultImpl<R extends Record> extends AbstractList<R>
    implements Result<R>, RandomAccess {

  private final List<R> records;

  /** Wraps {@code records}, which the caller must not change afterwards. */
  ResultImpl(List<R> records) {
    this.records = records;
  }

  @Override
  public R get(int index) {
    return records.get(index);
  }

  @Override
  public int size() {
    return records.size();
  }

  @Override
  public <E> List<E> map(RecordMapper<? super R, E> mapper) {
    List<E> mapped = new ArrayList<>(records.size());
    for (R record : records) {
      mapped.add(mapper.map(record));
    }
    return mapped;
  }

  @Override
  public <T> List<@Nullable T> getValues(Field<T> field) {
    List<@Nullable T> values = new ArrayList<>(records.size());
    for (R record : records) {
      values.add(record.get(field));
    }
    return values;
  }

  @Override
  public List<Map<String, @Nullable Object>> intoMaps() {
    List<Map<String, @Nullable Object>> maps = new ArrayList<>(records.size());
    for (R record : records) {
      maps.add(record.intoMap());
    }
    return maps;
  }
}
