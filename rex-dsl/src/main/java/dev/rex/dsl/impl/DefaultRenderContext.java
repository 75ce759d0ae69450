package dev.rex.dsl.impl;

import dev.rex.dsl.DataType;
import dev.rex.dsl.QueryPart;
import dev.rex.dsl.RenderedQuery;
import dev.rex.dsl.spi.Dialect;
import dev.rex.dsl.spi.RenderContext;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The render context: a {@link StringBuilder} for the SQL (absent in binds-only mode) and two
 * growing arrays for bind values and their types. Not thread-safe; one per rendering.
 */
final class DefaultRenderContext implements RenderContext {

  private static final Object[] NO_VALUES = new Object[0];
  private static final DataType<?>[] NO_TYPES = new DataType<?>[0];

  private final Dialect dialect;
  private final @Nullable StringBuilder sql;
  private @Nullable Object[] values = NO_VALUES;
  private DataType<?>[] types = NO_TYPES;
  private @Nullable String @Nullable [] columns;
  private int binds;
  private boolean qualify = true;
  private Position position = Position.REFERENCE;

  private DefaultRenderContext(Dialect dialect, boolean rendersSql) {
    this.dialect = dialect;
    this.sql = rendersSql ? new StringBuilder(128) : null;
  }

  static DefaultRenderContext rendering(Dialect dialect) {
    return new DefaultRenderContext(dialect, true);
  }

  static DefaultRenderContext bindsOnly(Dialect dialect) {
    return new DefaultRenderContext(dialect, false);
  }

  @Override
  public Dialect dialect() {
    return dialect;
  }

  @Override
  public boolean rendersSql() {
    return sql != null;
  }

  @Override
  public RenderContext sql(String text) {
    if (sql != null) {
      sql.append(text);
    }
    return this;
  }

  @Override
  public RenderContext sql(char c) {
    if (sql != null) {
      sql.append(c);
    }
    return this;
  }

  @Override
  public RenderContext name(String identifier) {
    if (sql != null) {
      dialect.quote(sql, identifier);
    }
    return this;
  }

  @Override
  public RenderContext visit(QueryPart part) {
    part.accept(this);
    return this;
  }

  @Override
  public RenderContext bind(@Nullable Object value, DataType<?> type) {
    return bind(value, type, null);
  }

  @Override
  public RenderContext bind(@Nullable Object value, DataType<?> type, @Nullable String column) {
    if (binds == values.length) {
      int capacity = Math.max(4, binds * 2);
      values = Arrays.copyOf(values, capacity);
      types = Arrays.copyOf(types, capacity);
      if (columns != null) {
        columns = Arrays.copyOf(columns, capacity);
      }
    }
    if (column != null) {
      if (columns == null) {
        columns = new String[values.length];
      }
      columns[binds] = column;
    }
    values[binds] = value;
    types[binds] = type;
    binds++;
    if (sql != null) {
      sql.append('?');
    }
    return this;
  }

  @Override
  public boolean qualify() {
    return qualify;
  }

  @Override
  public boolean qualify(boolean newValue) {
    boolean previous = qualify;
    qualify = newValue;
    return previous;
  }

  @Override
  public Position position() {
    return position;
  }

  @Override
  public Position position(Position newPosition) {
    Position previous = position;
    position = newPosition;
    return previous;
  }

  String sql() {
    return sql == null ? "" : sql.toString();
  }

  RenderedQuery result(String text) {
    return new RenderedQuery(
        text,
        binds == values.length ? values : Arrays.copyOf(values, binds),
        binds == types.length ? types : Arrays.copyOf(types, binds),
        columns);
  }
}
