package dev.rex.dsl.impl;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Rendered SQL by query shape, for one dialect. Keys are the immutable query models, whose equality
 * ignores bind values. The cache holds at most {@link #MAX_ENTRIES} shapes: a lookup is a plain
 * {@link ConcurrentHashMap#get} that stamps the shape with the cache's clock, and when an insert
 * goes past the bound the least recently used tenth of the shapes is dropped at once (only costing
 * their re-rendering), so the scan that finds them runs once per {@code MAX_ENTRIES / 10} inserts.
 * Applications whose queries have a bounded number of shapes (nearly all) never reach the bound.
 *
 * <p>The clock counts inserts, so "recently" has the resolution of one insert: lookups only read
 * it, and write a shape's stamp only when an insert happened since that shape's last use, so that
 * threads hitting the same shapes do not contend on a counter. It is a plain field: a thread may
 * see an older value, which only makes the order of shapes used around the same insert approximate.
 */
final class SqlCache {

  static final int MAX_ENTRIES = 10_000;

  private final ConcurrentHashMap<Object, RenderedShape> entries = new ConcurrentHashMap<>();
  private final int capacity;
  private long clock;

  SqlCache() {
    this(MAX_ENTRIES);
  }

  SqlCache(int capacity) {
    this.capacity = capacity;
  }

  @Nullable RenderedShape get(Object shape) {
    RenderedShape rendered = entries.get(shape);
    if (rendered != null) {
      long now = clock;
      if (rendered.lastUsed != now) { // written once per shape between two inserts, not per hit
        rendered.lastUsed = now;
      }
    }
    return rendered;
  }

  void put(Object shape, RenderedShape rendered) {
    rendered.lastUsed = ++clock;
    entries.put(shape, rendered);
    if (entries.size() > capacity) {
      evictLeastRecentlyUsed();
    }
  }

  /** Drops the least recently used shapes until a tenth of the capacity is free again. */
  private synchronized void evictLeastRecentlyUsed() {
    int size = entries.size();
    int excess = size - capacity + Math.max(1, capacity / 10);
    if (size <= capacity || excess <= 0) {
      return;
    }
    long[] stamps = new long[size];
    int count = 0;
    for (RenderedShape rendered : entries.values()) {
      if (count == stamps.length) {
        break;
      }
      stamps[count++] = rendered.lastUsed;
    }
    Arrays.sort(stamps, 0, count);
    long newestDropped = stamps[Math.min(excess, count) - 1];
    int dropped = 0;
    Iterator<Map.Entry<Object, RenderedShape>> all = entries.entrySet().iterator();
    while (all.hasNext() && dropped < excess) {
      if (all.next().getValue().lastUsed <= newestDropped) {
        all.remove();
        dropped++;
      }
    }
  }

  int size() {
    return entries.size();
  }
}
