package dev.rex.dsl.impl;

import dev.rex.dsl.DataType;
import dev.rex.dsl.QueryPart;
import dev.rex.dsl.spi.Dialect;
import dev.rex.dsl.spi.RenderContext;
import org.jspecify.annotations.Nullable;

/**
 * A render context that produces neither SQL nor binds, for walks that reuse the rendering code to
 * learn something about a statement (which tables it navigates to, which tables it touches).
 * Subclasses decide what to record in {@link #visit}.
 */
abstract sealed class SilentRenderContext implements RenderContext
    permits ImplicitJoins, StatementTableWalk.Collector {

  private final Dialect dialect;
  private boolean qualify = true;
  private Position position = Position.REFERENCE;

  SilentRenderContext(Dialect dialect) {
    this.dialect = dialect;
  }

  @Override
  public final Dialect dialect() {
    return dialect;
  }

  @Override
  public final boolean rendersSql() {
    return false;
  }

  @Override
  public final RenderContext sql(String sql) {
    return this;
  }

  @Override
  public final RenderContext sql(char c) {
    return this;
  }

  @Override
  public final RenderContext name(String identifier) {
    return this;
  }

  @Override
  public RenderContext visit(QueryPart part) {
    part.accept(this);
    return this;
  }

  @Override
  public final RenderContext bind(@Nullable Object value, DataType<?> type) {
    return this;
  }

  @Override
  public final boolean qualify() {
    return qualify;
  }

  @Override
  public final boolean qualify(boolean newValue) {
    boolean previous = qualify;
    qualify = newValue;
    return previous;
  }

  @Override
  public final Position position() {
    return position;
  }

  @Override
  public final Position position(Position newPosition) {
    Position previous = position;
    position = newPosition;
    return previous;
  }
}
