package dev.rex.cache;

import java.util.Set;

/**
 * The way into a result cache for news that tables changed. Rex feeds it itself with every write it
 * makes (statements, record CRUD, batches, raw SQL); a change feed such as the realtime module can
 * feed it with changes made by other processes, so that cached results never outlive the data they
 * were read from by more than the feed's delay.
 *
 * <p>Table names are as the database spells them, qualified with the schema when the table is not
 * in the default one ({@code "album"}, {@code "sales.invoice"}), the names generated tables carry;
 * they compare without case.
 */
public interface CacheInvalidation {

  /** Drops every cached result that read any of {@code tables}. */
  void invalidate(Set<String> tables);

  /** Drops every cached result. */
  void invalidateAll();
}
