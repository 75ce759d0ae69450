package dev.rex.dsl;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One row of a result: values by position, by field or by name. */
public interface Record {

  /** The fields of this record, in column order. */
  List<Field<?>> fields();

  /** The number of values. */
  int size();

  /** The value at {@code index} (0-based). */
  @Nullable Object get(int index);

  /**
   * The value of {@code field}.
   *
   * @throws IllegalArgumentException when this record has no such field
   */
  <T> @Nullable T get(Field<T> field);

  /**
   * The value of the field named {@code name}.
   *
   * @throws IllegalArgumentException when this record has no such field
   */
  @Nullable Object get(String name);

  /** The values in column order. */
  @Nullable Object[] intoArray();

  /** The values by field name, in column order. */
  Map<String, @Nullable Object> intoMap();
}
