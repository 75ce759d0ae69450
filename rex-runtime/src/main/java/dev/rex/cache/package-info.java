/**
 * The opt-in result cache: {@link dev.rex.cache.QueryCache} (from {@code db.cache()}), its
 * invalidation SPI {@link dev.rex.cache.CacheInvalidation}, and {@link dev.rex.cache.CacheListener}
 * for hit and miss counts.
 */
@NullMarked
package dev.rex.cache;

import org.jspecify.annotations.NullMarked;
