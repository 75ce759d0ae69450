package dev.rex.dsl.impl;

import dev.rex.dsl.Condition;
import org.jspecify.annotations.Nullable;

/**
 * A key of the rendered-SQL cache that stands for a SELECT model with another WHERE, one per thread
 * and reused: a query whose WHERE is kept beside its step ({@link SelectWhere}) finds its cached
 * shape without making its model. It equals (as a lookup key, {@code probe.equals(model)}) every
 * model of that shape and has the same hash code; it is never stored in the cache.
 */
final class WhereProbe {

  private static final ThreadLocal<WhereProbe> PER_THREAD =
      ThreadLocal.withInitial(WhereProbe::new);

  private @Nullable SelectModel model;
  private @Nullable Condition where;

  private WhereProbe() {}

  /** The cached shape of {@code model} with {@code where} as its WHERE, or null. */
  static @Nullable RenderedShape lookUp(SqlCache cache, SelectModel model, Condition where) {
    WhereProbe probe = PER_THREAD.get();
    probe.model = model;
    probe.where = where;
    try {
      return cache.get(probe);
    } finally {
      probe.model = null;
      probe.where = null;
    }
  }

  @Override
  public int hashCode() {
    SelectModel current = model;
    Condition otherWhere = where;
    return current == null || otherWhere == null ? 0 : current.hashWithWhere(otherWhere);
  }

  /**
   * True for a model of the shape this probe stands for; a lookup asks the probe, never the key.
   */
  @Override
  @SuppressWarnings("EqualsGetClass") // not a value: a lookup key of another class's equality
  public boolean equals(@Nullable Object other) {
    SelectModel current = model;
    Condition otherWhere = where;
    return other instanceof SelectModel that
        && current != null
        && otherWhere != null
        && current.sameShapeWithWhere(that, otherWhere);
  }
}
