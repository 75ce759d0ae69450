package dev.rex.runtime;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tables one top-level transaction wrote (savepoints included, even rolled-back ones: a
 * conservative choice that only costs a cache miss). The result cache uses it to keep the
 * transaction from reading cached results of tables it changed, and invalidates these tables again
 * when the transaction commits.
 */
final class TransactionWrites {

  private final Set<String> tables = ConcurrentHashMap.newKeySet();
  private volatile boolean all;

  void add(Set<String> written) {
    for (String table : written) {
      tables.add(table.toLowerCase(Locale.ROOT));
    }
  }

  /** Records a write to unknown tables (plain SQL). */
  void addAll() {
    all = true;
  }

  /** Whether a query over {@code read} (unknown tables when {@code anyTable}) may see a write. */
  boolean touches(Set<String> read, boolean anyTable) {
    if (all || (anyTable && !tables.isEmpty())) {
      return true;
    }
    for (String table : read) {
      if (tables.contains(table.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** Invalidates what the transaction wrote; called after it committed. */
  void committed(ResultCache cache) {
    if (all) {
      cache.invalidateAll();
    } else if (!tables.isEmpty()) {
      cache.invalidate(Set.copyOf(tables));
    }
  }
}
