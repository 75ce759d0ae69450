package dev.rex.cache;

import java.util.Set;

/**
 * Told about the result cache's work: every lookup is a {@link #hit} or a {@link #miss}, and every
 * write that drops results is an invalidation. Every method has a no-op default. Listeners run on
 * the calling thread and must be thread-safe; register them with {@code
 * RexSettings.withCacheListener}.
 */
public interface CacheListener {

  /** A cached result was returned; no SQL was sent. */
  default void hit(CacheEvent event) {}

  /** No usable result was cached; the query runs. */
  default void miss(CacheEvent event) {}

  /** Results that read any of {@code tables} were dropped (every result, when it is empty). */
  default void invalidated(Set<String> tables) {}
}
