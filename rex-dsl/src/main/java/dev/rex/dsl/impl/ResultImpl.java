package dev.rex.dsl.impl;

import dev.rex.dsl.Field;
import dev.rex.dsl.Record;
import dev.rex.dsl.RecordMapper;
import dev.rex.dsl.Result;
import java.lang.reflect.Array;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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

  @Override
  public <E> List<E> into(Class<? extends E> type) {
    return map(IntoClass.<E>mapper(type));
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> @Nullable T[] intoArray(Field<T> field) {
    @Nullable T[] array = (T[]) Array.newInstance(field.getType(), records.size());
    for (int i = 0; i < array.length; i++) {
      array[i] = records.get(i).get(field);
    }
    return array;
  }

  @Override
  public <K> Map<K, R> intoMap(Field<K> key) {
    Map<K, R> map = new LinkedHashMap<>();
    for (R record : records) {
      K value = record.get(key);
      if (map.containsKey(value)) {
        throw Failures.duplicateKey(key, value);
      }
      map.put(value, record);
    }
    return map;
  }

  @Override
  public <K, V> Map<K, @Nullable V> intoMap(Field<K> key, Field<V> value) {
    Map<K, @Nullable V> map = new LinkedHashMap<>();
    for (R record : records) {
      K keyValue = record.get(key);
      if (map.containsKey(keyValue)) {
        throw Failures.duplicateKey(key, keyValue);
      }
      map.put(keyValue, record.get(value));
    }
    return map;
  }

  @Override
  public <K> Map<K, Result<R>> intoGroups(Field<K> key) {
    Map<K, List<R>> groups = new LinkedHashMap<>();
    for (R record : records) {
      groups.computeIfAbsent(record.get(key), k -> new ArrayList<>()).add(record);
    }
    Map<K, Result<R>> results = new LinkedHashMap<>();
    groups.forEach((k, group) -> results.put(k, new ResultImpl<>(group)));
    return results;
  }

  @Override
  public <K, V> Map<K, List<@Nullable V>> intoGroups(Field<K> key, Field<V> value) {
    Map<K, List<@Nullable V>> groups = new LinkedHashMap<>();
    for (R record : records) {
      groups.computeIfAbsent(record.get(key), k -> new ArrayList<>()).add(record.get(value));
    }
    return groups;
  }

  @Override
  public <K, E> Map<K, List<E>> intoGroups(Field<K> key, Class<? extends E> type) {
    RecordMapper<Record, E> mapper = IntoClass.mapper(type);
    Map<K, List<E>> groups = new LinkedHashMap<>();
    for (R record : records) {
      groups.computeIfAbsent(record.get(key), k -> new ArrayList<>()).add(mapper.map(record));
    }
    return groups;
  }

  @Override
  public String format(int maxRows) {
    return ResultFormat.format(this, maxRows);
  }

  @Override
  public String formatCSV(boolean header, char delimiter, String nullText) {
    return ResultExport.csv(this, header, delimiter, nullText);
  }

  @Override
  public String formatJSON() {
    return ResultExport.json(this);
  }

  @Override
  public String toString() {
    return format();
  }
}
