package dev.rex.dsl.impl;

import dev.rex.dsl.DataType;
import dev.rex.dsl.RenderedQuery;
import org.jspecify.annotations.Nullable;

/**
 * What rendering one query shape produced once, for every later query of that shape: the SQL text,
 * the types of its binds and the columns they are for. A binds-only walk reuses the two arrays
 * whenever its binds have the same types and columns, which is nearly always.
 */
final class RenderedShape {

  final String sql;
  final DataType<?>[] types;
  final @Nullable String @Nullable [] columns;

  /**
   * For a shape of one bind, its rendering without the value, which a runtime binds a query of this
   * shape from ({@link Renderer#renderForBinding}); null for other shapes, whose values are walked
   * into an array once rather than once per bind.
   */
  final @Nullable RenderedQuery withoutValues;

  /** The cache's clock (its insert count) when the shape was last used; for eviction. */
  long lastUsed;

  RenderedShape(String sql, DataType<?>[] types, @Nullable String @Nullable [] columns) {
    this.sql = sql;
    this.types = types;
    this.columns = columns;
    this.withoutValues =
        types.length == 1 ? RenderedQuery.withoutValues(sql, types, columns) : null;
  }

  int binds() {
    return types.length;
  }
}
