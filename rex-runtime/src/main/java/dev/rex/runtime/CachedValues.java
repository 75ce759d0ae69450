package dev.rex.runtime;

import dev.rex.dsl.DataType;
import dev.rex.dsl.Field;
import dev.rex.dsl.Record;
import dev.rex.dsl.RecordType;
import dev.rex.dsl.Result;
import dev.rex.dsl.exception.RexException;
import dev.rex.dsl.impl.Queries;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * How the result cache keeps rows that callers cannot change: the values of mutable columns are
 * copied when a result is stored and again on every hit, so neither the caller that caused the miss
 * nor any earlier hit shares an object with a later hit.
 *
 * <p>The copy is decided per column, once per stored result, from the column's {@link DataType}:
 * {@code byte[]} and arrays (of any kind and depth) are copied deeply; a nested result ({@code
 * multiset}) is kept as its rows' values and rebuilt into new records on each hit; a column of an
 * unmapped type ({@code Object}) is checked value by value (arrays, and {@link Cloneable} driver
 * objects such as pgjdbc's {@code PGobject}, are copied). Columns of immutable types (text,
 * numbers, {@code java.time}, UUID, JSON, enums) have no copier and cost nothing.
 */
final class CachedValues {

  /** Copies one column's values; {@code null} entries in a copier array mean "immutable". */
  private interface Copier {
    /** What the cache stores for {@code value}, sharing nothing mutable with it. */
    Object store(Object value);

    /** What a hit hands out for a stored {@code value}, sharing nothing mutable with it. */
    Object hit(Object value);

    /** A copier that copies the same way on store and on hit. */
    static Copier both(UnaryOperator<Object> copy) {
      return new Copier() {
        @Override
        public Object store(Object value) {
          return copy.apply(value);
        }

        @Override
        public Object hit(Object value) {
          return copy.apply(value);
        }
      };
    }
  }

  /** A nested result as the cache keeps it: the rows' values, already stored. */
  private record NestedRows(List<@Nullable Object[]> rows) {}

  private final @Nullable Copier[] copiers;
  private final boolean anyMutable;

  private CachedValues(@Nullable Copier[] copiers) {
    this.copiers = copiers;
    boolean mutable = false;
    for (Copier copier : copiers) {
      mutable |= copier != null;
    }
    this.anyMutable = mutable;
  }

  /**
   * The copiers for a result: from the query's declared columns, or, when it declares none (plain
   * SQL), from the columns its records were read with.
   */
  static CachedValues of(RecordType<?> declared, Result<? extends Record> result) {
    List<Field<?>> fields = declared.fields();
    if (fields.isEmpty() && !result.isEmpty()) {
      fields = result.get(0).fields();
    }
    return of(fields);
  }

  private static CachedValues of(List<Field<?>> fields) {
    @Nullable Copier[] copiers = new Copier[fields.size()];
    for (int i = 0; i < copiers.length; i++) {
      copiers[i] = copier(fields.get(i).getDataType());
    }
    return new CachedValues(copiers);
  }

  private static @Nullable Copier copier(DataType<?> type) {
    RecordType<?> rowType = type.getRowType();
    if (rowType != null) {
      return new NestedCopier(rowType, of(rowType.fields()));
    }
    Class<?> javaType = type.getType();
    if (javaType.isArray()) {
      return ARRAY;
    }
    if (javaType == Object.class || java.util.Date.class.isAssignableFrom(javaType)) {
      return ANY;
    }
    return null;
  }

  /** The row as the cache keeps it. */
  @Nullable Object[] store(@Nullable Object[] row) {
    return anyMutable ? copy(row, true) : row;
  }

  /** A row for a hit: a new array, with new copies of every mutable value. */
  @Nullable Object[] hit(@Nullable Object[] row) {
    return anyMutable ? copy(row, false) : row.clone();
  }

  private @Nullable Object[] copy(@Nullable Object[] row, boolean storing) {
    @Nullable Object[] copy = row.clone();
    for (int i = 0; i < copy.length && i < copiers.length; i++) {
      Copier copier = copiers[i];
      Object value = copy[i];
      if (copier != null && value != null) {
        copy[i] = storing ? copier.store(value) : copier.hit(value);
      }
    }
    return copy;
  }

  private static final Copier ARRAY = Copier.both(CachedValues::deepCopy);

  private static final Copier ANY = Copier.both(CachedValues::copyAny);

  /** A multiset column: nested records are mutable, so the cache keeps their values. */
  private static final class NestedCopier implements Copier {
    private final RecordType<?> rowType;
    private final CachedValues columns;

    NestedCopier(RecordType<?> rowType, CachedValues columns) {
      this.rowType = rowType;
      this.columns = columns;
    }

    @Override
    public Object store(Object value) {
      Result<?> result = (Result<?>) value;
      List<@Nullable Object[]> rows = new ArrayList<>(result.size());
      for (Record record : result) {
        rows.add(columns.store(record.intoArray()));
      }
      return new NestedRows(List.copyOf(rows));
    }

    @Override
    public Object hit(Object value) {
      List<@Nullable Object[]> rows = ((NestedRows) value).rows();
      List<Record> records = new ArrayList<>(rows.size());
      for (@Nullable Object[] row : rows) {
        records.add(rowType.newRecord(columns.hit(row), null));
      }
      return Queries.result(records);
    }
  }

  /** A copy of an array of any kind, with nested arrays copied too. */
  static Object deepCopy(Object array) {
    if (!(array instanceof Object[] objects)) {
      int length = Array.getLength(array); // a primitive array: its elements are values
      Object copy = Array.newInstance(array.getClass().getComponentType(), length);
      System.arraycopy(array, 0, copy, 0, length);
      return copy;
    }
    Object[] copy = objects.clone();
    for (int i = 0; i < copy.length; i++) {
      if (copy[i] != null) {
        copy[i] = copyAny(copy[i]);
      }
    }
    return copy;
  }

  /**
   * A copy of a value whose type is not known in advance: arrays deeply, {@link Cloneable} objects
   * (such as {@code java.util.Date} or a driver's {@code PGobject}) through their public {@code
   * clone()}, anything else as it is.
   */
  static Object copyAny(Object value) {
    if (value.getClass().isArray()) {
      return deepCopy(value);
    }
    if (!(value instanceof Cloneable)) {
      return value;
    }
    try {
      return value.getClass().getMethod("clone").invoke(value);
    } catch (NoSuchMethodException | IllegalAccessException e) {
      throw new RexException(
          "The cache cannot copy a "
              + value.getClass().getName()
              + ", which is mutable but has no public clone(); do not cache this query.",
          e);
    } catch (InvocationTargetException e) {
      throw new RexException(
          "The cache could not copy a " + value.getClass().getName() + ".", e.getCause());
    }
  }
}
