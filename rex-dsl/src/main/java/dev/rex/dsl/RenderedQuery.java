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
  private final @Nullable Object[] values;
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
    this.types = types;
    this.columns = columns;
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
    return values.length;
  }

  /** The bind value for placeholder {@code index} (0-based). */
  public @Nullable Object bindValue(int index) {
    return values[index];
  }

  /** The type of the bind value for placeholder {@code index} (0-based). */
  public DataType<?> bindType(int index) {
    return types[index];
  }

  /** The bind values in placeholder order. */
  public List<@Nullable Object> bindValues() {
    List<@Nullable Object> list = new ArrayList<>(values.length);
    Collections.addAll(list, values);
    return Collections.unmodifiableList(list);
  }

  @Override
  public String toString() {
    return values.length == 0 ? sql : sql + " " + bindValues();
  }
}
