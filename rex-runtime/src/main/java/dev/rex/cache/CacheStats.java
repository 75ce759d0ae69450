package dev.rex.cache;

/**
 * Counts of a result cache since it was created.
 *
 * @param hits lookups answered from the cache
 * @param misses lookups that ran the query
 * @param invalidations writes (or calls of {@link CacheInvalidation}) that dropped results
 * @param size the number of results held now (approximate while entries expire)
 */
public record CacheStats(long hits, long misses, long invalidations, long size) {

  /** The share of lookups answered from the cache, 0 when there were none. */
  public double hitRate() {
    long lookups = hits + misses;
    return lookups == 0 ? 0 : (double) hits / lookups;
  }
}
