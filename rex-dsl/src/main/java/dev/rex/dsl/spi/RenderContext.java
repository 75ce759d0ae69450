package dev.rex.dsl.spi;

import dev.rex.dsl.DataType;
import dev.rex.dsl.QueryPart;
import org.jspecify.annotations.Nullable;

/**
 * Where query parts write their SQL and bind values.
 *
 * <p>A context runs in one of two modes. In rendering mode it builds SQL text and collects binds.
 * In binds-only mode (used when the SQL for a query's shape is already cached) the text methods do
 * nothing and only {@link #bind} records values. Because both modes walk the same {@code accept}
 * code, bind values always come out in the order of their placeholders.
 */
public interface RenderContext {

  /** The dialect being rendered for. */
  Dialect dialect();

  /** Whether SQL text is being produced (false in binds-only mode). */
  boolean rendersSql();

  /** Appends SQL text as is. Never pass user input here. */
  RenderContext sql(String sql);

  /** Appends one SQL character. */
  RenderContext sql(char c);

  /** Appends an identifier, quoted by the dialect. */
  RenderContext name(String identifier);

  /** Renders a nested part. */
  RenderContext visit(QueryPart part);

  /** Appends a bind placeholder and records its value. */
  RenderContext bind(@Nullable Object value, DataType<?> type);

  /**
   * Appends a bind placeholder and records its value and the column it is compared with or assigned
   * to ({@code null} for none), which error messages name. Contexts that do not keep labels ignore
   * it.
   */
  default RenderContext bind(@Nullable Object value, DataType<?> type, @Nullable String column) {
    return bind(value, type);
  }

  /** Whether field references are qualified with their table ({@code "t"."c"}). */
  boolean qualify();

  /** Sets {@link #qualify()}, returning the previous setting. */
  boolean qualify(boolean qualify);

  /** What the part being rendered stands for at this position in the statement. */
  Position position();

  /** Sets {@link #position()}, returning the previous position. */
  Position position(Position position);

  /** Positions that change how a part renders. */
  enum Position {
    /** Anywhere a value expression is expected. */
    REFERENCE,
    /** In a SELECT list: render {@code expr AS alias} for aliased fields. */
    SELECT_LIST,
    /** In FROM or JOIN: render {@code table AS alias} for aliased tables. */
    TABLE_DECLARATION,
    /**
     * Directly an item of GROUP BY or ORDER BY, where an aliased field may refer to its alias.
     * Anywhere else an aliased field renders its expression: WHERE, HAVING and expressions cannot
     * see SELECT-list aliases.
     */
    ALIAS_REFERENCE
  }
}
