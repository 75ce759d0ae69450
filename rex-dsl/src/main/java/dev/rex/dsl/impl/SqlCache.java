package dev.rex.dsl.impl;

import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Rendered SQL by query shape, for one dialect. Keys are the immutable query models, whose equality
 * ignores bind values. The cache is bounded: when it reaches {@link #MAX_ENTRIES} it is emptied,
 * which only costs re-rendering. Applications whose queries have a bounded number of shapes (nearly
 * all) never reach the bound.
 */
final class SqlCache {

  static final int MAX_ENTRIES = 10_000;

  private final ConcurrentHashMap<Object, String> entries = new ConcurrentHashMap<>();

  @Nullable String get(Object shape) {
    return entries.get(shape);
  }

  void put(Object shape, String sql) {
    if (entries.size() >= MAX_ENTRIES) {
      entries.clear();
    }
    entries.put(shape, sql);
  }

  int size() {
    return entries.size();
  }
}
