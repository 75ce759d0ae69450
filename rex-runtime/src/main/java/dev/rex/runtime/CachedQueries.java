package dev.rex.runtime;

import dev.rex.cache.CacheStats;
import dev.rex.cache.QueryCache;
import dev.rex.dsl.Record;
import dev.rex.dsl.Result;
import dev.rex.dsl.ResultQuery;
import java.time.Duration;
import java.util.Set;

/**
 * The {@link QueryCache} of one database handle: the instance's {@link ResultCache}, with queries
 * that miss run on the handle's executor (so inside a transaction they see its writes).
 */
public final class CachedQueries implements QueryCache {

  private final JdbcExecutor executor;
  private final ResultCache cache;

  /** The cache as seen from {@code executor}. */
  public CachedQueries(JdbcExecutor executor, ResultCache cache) {
    this.executor = executor;
    this.cache = cache;
  }

  @Override
  public <R extends Record> Result<R> fetch(ResultQuery<R> query) {
    return cache.fetch(executor, query, cache.defaultTtl());
  }

  @Override
  public <R extends Record> Result<R> fetch(ResultQuery<R> query, Duration ttl) {
    return cache.fetch(executor, query, ttl);
  }

  @Override
  public void invalidate(Set<String> tables) {
    cache.invalidate(tables);
  }

  @Override
  public void invalidateAll() {
    cache.invalidateAll();
  }

  @Override
  public CacheStats stats() {
    return cache.stats();
  }

  @Override
  public String toString() {
    return cache.toString();
  }
}
