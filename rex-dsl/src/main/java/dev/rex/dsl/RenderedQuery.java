package dev.rex.dsl;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * SQL text with {@code ?} placeholders and the values bound to them, in order. This is what Rex
 * sends to the driver; {@code db.render(query)} shows it.
 */
public final class RenderedQuery {

  private final String sql;

  /** The values, or null for a rendering of one value, which {@link #onlyValue} holds. */
  private final @Nullable Object @Nullable [] values;

  private final @Nullable Object onlyValue;
  private final DataType<?>[] types;
  private final @Nullable String @Nullable [] columns;

  /** Rendered SQL with its binds; the arrays are not copied, so callers must not change them. */
  public RenderedQuery(String sql, @Nullable Object[] values, DataType<?>[] types) {
    this(sql, values, types, null);
  }

  /**
   * Rendered SQL with its binds and, for each, the column it is compared with or assigned to
   * ({@code null} entries, or a {@code null} array, for none); the arrays are not copied.
   */
  public RenderedQuery(
      String sql,
      @Nullable Object[] values,
      DataType<?>[] types,
      @Nullable String @Nullable [] columns) {
    this.sql = sql;
    this.values = values;
    this.onlyValue = null;
    this.types = types;
    this.columns = columns;
  }

  private RenderedQuery(
      String sql,
      @Nullable Object value,
      DataType<?>[] types,
      @Nullable String @Nullable [] columns) {
    this.sql = sql;
    this.values = null;
    this.onlyValue = value;
    this.types = types;
    this.columns = columns;
  }

  /**
   * Rendered SQL with exactly one bind value, kept without an array of values (a lookup by key
   * renders like this once per call); {@code types} (and {@code columns}, when given) have one
   * entry and are not copied.
   *
   * @throws IllegalArgumentException when {@code types} does not have exactly one entry
   */
  public static RenderedQuery ofOneValue(
      String sql,
      @Nullable Object value,
      DataType<?>[] types,
      @Nullable String @Nullable [] columns) {
    if (types.length != 1) {
      throw new IllegalArgumentException(
          "A rendering of one value has one bind type, not " + types.length);
    }
    return new RenderedQuery(sql, value, types, columns);
  }

  /**
   * The column the bind value for placeholder {@code index} (0-based) is compared with or assigned
   * to, as {@code table.column}, or {@code null} for a free-standing value.
   */
  public @Nullable String bindColumn(int index) {
    return columns == null || index >= columns.length ? null : columns[index];
  }

  /** The SQL text. */
  public String sql() {
    return sql;
  }

  /** The number of bind values. */
  public int bindCount() {
    return values == null ? 1 : values.length;
  }

  /** The bind value for placeholder {@code index} (0-based). */
  public @Nullable Object bindValue(int index) {
    if (values != null) {
      return values[index];
    }
    if (index != 0) {
      throw new IndexOutOfBoundsException(
          "Bind value " + index + " of a rendering with one bind value");
    }
    return onlyValue;
  }

  /** The type of the bind value for placeholder {@code index} (0-based). */
  public DataType<?> bindType(int index) {
    return types[index];
  }

  /** The bind values in placeholder order. */
  public List<@Nullable Object> bindValues() {
    if (values == null) {
      return Collections.singletonList(onlyValue);
    }
    List<@Nullable Object> list = new ArrayList<>(values.length);
    Collections.addAll(list, values);
    return Collections.unmodifiableList(list);
  }

  @Override
  public String toString() {
    return bindCount() == 0 ? sql : sql + " " + bindValues();
  }
}
