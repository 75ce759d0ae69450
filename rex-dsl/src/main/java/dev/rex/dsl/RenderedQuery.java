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

  /**
   * Marks a rendering whose values its query keeps ({@link #withoutValues}) in {@link #onlyValue}.
   */
  private static final Object LEFT_OUT = new Object();

  /**
   * The values, or null for a rendering of one value, which {@link #onlyValue} holds, and for one
   * without its values.
   */
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
   * The SQL of a query and the types (and columns) of its binds, without their values: the values
   * stay in the query, and a runtime binds them from it one by one ({@code
   * QueryBinding.bindValue}), so that a query built per call and run once makes no rendering of its
   * own. Nothing else sees such a rendering; {@link #hasValues()} tells it apart, and its values
   * cannot be read from it. The arrays are not copied.
   */
  public static RenderedQuery withoutValues(
      String sql, DataType<?>[] types, @Nullable String @Nullable [] columns) {
    return new RenderedQuery(sql, LEFT_OUT, types, columns);
  }

  /**
   * Whether this rendering holds its bind values; false only for one made by {@link
   * #withoutValues}.
   */
  public boolean hasValues() {
    return onlyValue != LEFT_OUT;
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
    return values == null ? types.length : values.length;
  }

  /**
   * The bind value for placeholder {@code index} (0-based).
   *
   * @throws IllegalStateException when this rendering was made {@linkplain #withoutValues without
   *     its values}
   */
  public @Nullable Object bindValue(int index) {
    if (values != null) {
      return values[index];
    }
    if (onlyValue == LEFT_OUT) {
      throw leftOut();
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

  /**
   * The bind values in placeholder order.
   *
   * @throws IllegalStateException when this rendering was made {@linkplain #withoutValues without
   *     its values}
   */
  public List<@Nullable Object> bindValues() {
    if (onlyValue == LEFT_OUT) {
      throw leftOut();
    }
    if (values == null) {
      return Collections.singletonList(onlyValue);
    }
    List<@Nullable Object> list = new ArrayList<>(values.length);
    Collections.addAll(list, values);
    return Collections.unmodifiableList(list);
  }

  private IllegalStateException leftOut() {
    return new IllegalStateException(
        "This rendering of " + sql + " leaves its values in its query: bind them from the query");
  }

  /** The SQL and its values; a rendering without its values shows a {@code ?} for each. */
  @Override
  public String toString() {
    if (bindCount() == 0) {
      return sql;
    }
    return sql + " " + (hasValues() ? bindValues() : Collections.nCopies(types.length, "?"));
  }
}
