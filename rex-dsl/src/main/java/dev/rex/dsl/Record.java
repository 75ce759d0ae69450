package dev.rex.dsl;

import dev.rex.dsl.impl.Queries;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One row of a result: values by position, by field or by name, converted to a Java type on
 * request, or the whole row mapped into a Java record or class with {@link #into(Class)}.
 */
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

  /** {@link #get(Field)} under jOOQ's older name. */
  default <T> @Nullable T getValue(Field<T> field) {
    return get(field);
  }

  /** {@link #get(String)} under jOOQ's older name. */
  default @Nullable Object getValue(String name) {
    return get(name);
  }

  /** {@link #get(int)} under jOOQ's older name. */
  default @Nullable Object getValue(int index) {
    return get(index);
  }

  /**
   * The value of {@code field} converted to {@code type}: numbers convert between the JDK's number
   * types when nothing is lost, text to an enum by name, anything to {@code String}; null gives the
   * zero of a primitive type.
   *
   * @throws IllegalArgumentException when this record has no such field
   * @throws dev.rex.dsl.exception.MappingException when the value cannot be converted
   */
  default <T> @Nullable T get(Field<?> field, Class<? extends T> type) {
    return Queries.convert(get(field), type, "field " + field.getName());
  }

  /**
   * The value of the field named {@code name} converted to {@code type}, as {@link #get(Field,
   * Class)} does.
   *
   * @throws IllegalArgumentException when this record has no such field
   * @throws dev.rex.dsl.exception.MappingException when the value cannot be converted
   */
  default <T> @Nullable T get(String name, Class<? extends T> type) {
    return Queries.convert(get(name), type, "field " + name);
  }

  /**
   * The value at {@code index} (0-based) converted to {@code type}, as {@link #get(Field, Class)}
   * does.
   *
   * @throws IndexOutOfBoundsException when there is no such column
   * @throws dev.rex.dsl.exception.MappingException when the value cannot be converted
   */
  default <T> @Nullable T get(int index, Class<? extends T> type) {
    return Queries.convert(get(index), type, "column " + (index + 1));
  }

  /**
   * This row as a {@code type}: a value type ({@code String}, a number, a date, an enum) takes the
   * row's only column; a Java record is built by its canonical constructor, components matched to
   * columns by name (ignoring case and underscores) or, when no name matches, by position; a class
   * with a no-argument constructor gets its setters or fields set by name; any other class needs
   * exactly one constructor with one parameter per column. What a type offers is read by reflection
   * once per type and cached.
   *
   * @throws dev.rex.dsl.exception.MappingException when the row does not fit {@code type} or a
   *     value cannot be converted; the message names the column and the member
   */
  default <E> E into(Class<? extends E> type) {
    return Queries.<E>intoMapper(type).map(this);
  }

  /**
   * The values of this row that belong to {@code table}, as a detached record of it: jOOQ's {@code
   * r.into(ALBUM)} on a joined row. Each of the table's fields takes the value of the same field
   * here (found as {@link #get(Field)} finds it); fields this row lacks are null.
   */
  default <R extends Record> R into(Table<R> table) {
    return Queries.intoTable(this, table);
  }
}
