package dev.rex.dsl.impl;

import dev.rex.dsl.DataType;
import dev.rex.dsl.QueryPart;
import dev.rex.dsl.RenderedQuery;
import dev.rex.dsl.spi.Dialect;
import dev.rex.dsl.spi.RenderContext;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The render context: a {@link StringBuilder} for the SQL (absent in binds-only mode) and growing
 * arrays for bind values, their types and columns. In binds-only mode for a cached shape the value
 * array has the shape's size from the start, and the shape's type and column arrays are reused as
 * long as every bind matches them. Not thread-safe; one per rendering.
 */
final class DefaultRenderContext implements RenderContext {

  private static final Object[] NO_VALUES = new Object[0];
  private static final DataType<?>[] NO_TYPES = new DataType<?>[0];

  private Dialect dialect;
  private final @Nullable StringBuilder sql;
  private @Nullable Object[] values = NO_VALUES;
  private DataType<?>[] types = NO_TYPES;
  private @Nullable String @Nullable [] columns;
  private int binds;
  private boolean qualify = true;
  private Position position = Position.REFERENCE;

  /** Whether a thread's reusable binds-only context is walking a query now ({@link #reuse}). */
  private boolean inUse;

  /**
   * Whether the binds so far had exactly the expected types and columns (those of a cached shape,
   * which {@link #types} and {@link #columns} are while this holds); false when nothing is
   * expected.
   */
  private boolean matches;

  /**
   * A thread's reusable context's array for a shape of one bind, whose value the result takes out
   * ({@link RenderedQuery#ofOneValue}): a lookup by key makes no value array. Null elsewhere.
   */
  private @Nullable Object @Nullable [] oneValue;

  /**
   * A thread's reusable context's arrays for the expected type and column of a walk for one bind
   * ({@link #reuseForOneBind}); they hold a shape's metadata, never a value. Null elsewhere.
   */
  private DataType<?> @Nullable [] oneType;

  private @Nullable String @Nullable [] oneColumn;

  private DefaultRenderContext(Dialect dialect, boolean rendersSql) {
    this.dialect = dialect;
    this.sql = rendersSql ? new StringBuilder(128) : null;
  }

  private void expect(DataType<?>[] expectedTypes, @Nullable String @Nullable [] expectedColumns) {
    int count = expectedTypes.length;
    if (count > 0) {
      this.values = count == 1 && oneValue != null ? oneValue : new Object[count];
      this.types = expectedTypes;
      this.columns = expectedColumns;
      this.matches = true;
    }
  }

  /**
   * This thread's binds-only context, reset for a walk of a query of {@code shape}, or a new one
   * when this thread's is in use (a walk within a walk); give it back with {@link #release()}. One
   * context per thread instead of one per execution: only the walk's value array is new.
   */
  static DefaultRenderContext reuse(
      ThreadLocal<DefaultRenderContext> perThread, Dialect dialect, RenderedShape shape) {
    return reuse(perThread, dialect, shape.types, shape.columns);
  }

  /**
   * As above, for a query that should have the one bind of {@code template} (a rendering of its
   * shape {@linkplain RenderedQuery#withoutValues without its value}): {@link #onlyValue} tells
   * whether it had it, of the same type and column.
   */
  static DefaultRenderContext reuseForOneBind(
      ThreadLocal<DefaultRenderContext> perThread, Dialect dialect, RenderedQuery template) {
    DefaultRenderContext context = perThread.get();
    DataType<?>[] type = context != null && !context.inUse ? context.oneType : null;
    @Nullable String @Nullable [] columns =
        context != null && !context.inUse ? context.oneColumn : null;
    if (type == null || columns == null) { // the thread's first walk, or a walk within a walk
      type = new DataType<?>[1];
      columns = new String[1];
    }
    type[0] = template.bindType(0);
    @Nullable String column = template.bindColumn(0);
    columns[0] = column;
    return reuse(perThread, dialect, type, column == null ? null : columns);
  }

  private static DefaultRenderContext reuse(
      ThreadLocal<DefaultRenderContext> perThread,
      Dialect dialect,
      DataType<?>[] expectedTypes,
      @Nullable String @Nullable [] expectedColumns) {
    DefaultRenderContext context = perThread.get();
    if (context == null) {
      context = bindsOnly(dialect);
      context.oneValue = new Object[1];
      context.oneType = new DataType<?>[1];
      context.oneColumn = new String[1];
      perThread.set(context);
    } else if (context.inUse) {
      DefaultRenderContext nested = bindsOnly(dialect);
      nested.expect(expectedTypes, expectedColumns);
      return nested;
    }
    context.inUse = true;
    context.dialect = dialect;
    context.values = NO_VALUES;
    context.types = NO_TYPES;
    context.columns = null;
    context.binds = 0;
    context.qualify = true;
    context.position = Position.REFERENCE;
    context.matches = false;
    context.expect(expectedTypes, expectedColumns);
    return context;
  }

  /**
   * After a walk from {@link #reuseForOneBind}: its one bind value, or {@code otherwise} when the
   * query's binds were not exactly the one expected.
   */
  @Nullable Object onlyValue(Object otherwise) {
    return matches && binds == 1 ? values[0] : otherwise;
  }

  /** Ends a walk of a context from {@link #reuse}; it keeps no values of the walk. */
  void release() {
    if (oneValue != null) {
      oneValue[0] = null;
    }
    inUse = false;
    matches = false;
    values = NO_VALUES;
    types = NO_TYPES;
    columns = null;
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
    if (matches) {
      if (binds < values.length && sameType(type, types[binds]) && sameColumn(column, columns)) {
        values[binds++] = value;
        return this;
      }
      ownArrays();
    }
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

  @SuppressWarnings("ReferenceEquality") // the identity check first: the common case, and cheap
  private static boolean sameType(DataType<?> type, DataType<?> expected) {
    return type == expected || type.equals(expected);
  }

  private boolean sameColumn(@Nullable String column, @Nullable String @Nullable [] expected) {
    @Nullable String other = expected == null ? null : expected[binds];
    return column == null ? other == null : column.equals(other);
  }

  /** The binds stopped matching the cached shape: from now on this context keeps its own arrays. */
  private void ownArrays() {
    matches = false;
    int capacity = Math.max(4, values.length);
    values = Arrays.copyOf(values, capacity);
    types = Arrays.copyOf(types, capacity);
    if (columns != null) {
      columns = Arrays.copyOf(columns, capacity);
      Arrays.fill(columns, binds, capacity, null);
    }
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
        columns == null || binds == columns.length ? columns : Arrays.copyOf(columns, binds));
  }

  /** The result of a binds-only walk of a cached shape. */
  RenderedQuery result(RenderedShape shape) {
    if (matches && binds == values.length) {
      return values == oneValue
          ? RenderedQuery.ofOneValue(shape.sql, values[0], shape.types, shape.columns)
          : new RenderedQuery(shape.sql, values, shape.types, shape.columns);
    }
    return result(shape.sql);
  }

  /** What this rendering produced, to be cached for later queries of the same shape. */
  RenderedShape shape(String text) {
    return new RenderedShape(
        text,
        binds == types.length ? types : Arrays.copyOf(types, binds),
        columns == null || binds == columns.length ? columns : Arrays.copyOf(columns, binds));
  }
}
