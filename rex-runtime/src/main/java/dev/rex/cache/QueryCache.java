package dev.rex.cache;

import dev.rex.dsl.Record;
import dev.rex.dsl.Result;
import dev.rex.dsl.ResultQuery;
import java.time.Duration;

/**
 * The result cache of a {@code Rex} instance: queries run through it are answered from memory while
 * their result is fresh. Caching is opt-in per query; {@code db.selectFrom(...).fetch()} never
 * touches the cache.
 *
 * <pre>{@code
 * Result<AlbumRecord> albums =
 *     db.cache().fetch(db.selectFrom(ALBUM).where(ALBUM.ARTIST_ID.eq(1)), Duration.ofMinutes(5));
 * }</pre>
 *
 * <p>A result is found by the query's SQL and bind values, and lives until its time to live ends,
 * the cache needs room, or a write through this instance changes a table the query reads. Inside a
 * transaction, a query over a table the transaction wrote runs against the database, and nothing
 * the transaction reads is stored (it might see its own uncommitted writes); its writes invalidate
 * at once and again at commit. Every hit returns fresh record objects, so changing one never
 * changes the cache.
 */
public interface QueryCache extends CacheInvalidation {

  /** Runs {@code query} through the cache with the default time to live. */
  <R extends Record> Result<R> fetch(ResultQuery<R> query);

  /**
   * Runs {@code query} through the cache; a result it stores lives at most {@code ttl}.
   *
   * @throws IllegalArgumentException for a statement that writes ({@code INSERT … RETURNING}, or
   *     plain SQL that does not start with {@code select}), or a ttl that is not positive
   */
  <R extends Record> Result<R> fetch(ResultQuery<R> query, Duration ttl);

  /** The counts since the cache was created. */
  CacheStats stats();
}
