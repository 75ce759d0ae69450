package dev.rex.dsl.impl;

import dev.rex.dsl.RenderedQuery;
import dev.rex.dsl.spi.Dialect;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The shape of {@code selectFrom(table).where(column op value)}, the lookup an application builds
 * per call, as one dialect renders it: kept by the table's record type ({@link
 * TableRecordType#lastLookup}) for the next lookup of that shape, which finds it by comparing three
 * references. Such a lookup is then neither hashed nor compared clause by clause in the
 * rendered-SQL cache, nor walked for its bind value: its one bind is the comparison's value.
 *
 * <p>A shape is kept only when its rendering's one bind is the comparison's, of the column's type
 * and for the column, so that a lookup of the shape binds the value it holds. The step before WHERE
 * is compared by identity: {@code selectFrom(table)} is made from one model per table ({@link
 * TableRecordType#selectAllFrom}). The record type keeps the last shape only; a query of another
 * shape replaces it and takes the cache's path meanwhile. A kept rendering stays usable when the
 * cache evicts its shape; the cache no longer sees it used.
 */
final class LookupShape {

  private final SelectModel before;
  private final TableFieldImpl<?, ?> column;
  private final Comparison.Operator operator;
  private final Class<? extends Dialect> dialect;

  /** The rendering without its value ({@link RenderedQuery#withoutValues}). */
  final RenderedQuery rendered;

  /** Whether the comparison finds a row by primary key; see {@link SingleRowShape}. */
  final boolean byPrimaryKey;

  private LookupShape(
      SelectModel before, ValueComparison<?> where, Dialect dialect, RenderedQuery rendered) {
    this.before = before;
    this.column = (TableFieldImpl<?, ?>) where.field();
    this.operator = where.operator();
    this.dialect = dialect.getClass();
    this.rendered = rendered;
    this.byPrimaryKey = SingleRowShape.byPrimaryKey(before, where);
  }

  /**
   * The shape of {@code before} with {@code where} as {@code rendered} renders it for {@code
   * dialect}, or null when the comparison is not of a column (another field is made per query, so
   * it would never be found again) or that rendering's one bind is not the comparison's (it has its
   * values, or its bind is of another type or for another column).
   */
  static @Nullable LookupShape of(
      SelectModel before, ValueComparison<?> where, Dialect dialect, RenderedQuery rendered) {
    if (!(where.field() instanceof TableFieldImpl<?, ?> column)
        || rendered.hasValues()
        || rendered.bindCount() != 1
        || !rendered.bindType(0).equals(column.getDataType())
        || !Objects.equals(rendered.bindColumn(0), Val.columnOf(column))) {
      return null;
    }
    return new LookupShape(before, where, dialect, rendered);
  }

  /** Whether {@code before} with {@code where} is a lookup of this shape, in any dialect. */
  @SuppressWarnings("ReferenceEquality") // the same model and column objects, on purpose
  boolean isOf(SelectModel model, ValueComparison<?> where) {
    return model == before && where.field() == column && where.operator() == operator;
  }

  /** Whether {@link #rendered} is this dialect's (renderings depend on the dialect's class). */
  boolean isFor(Dialect other) {
    return other.getClass() == dialect;
  }
}
