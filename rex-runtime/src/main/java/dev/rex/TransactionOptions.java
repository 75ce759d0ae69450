package dev.rex;

import org.jspecify.annotations.Nullable;

/**
 * How a transaction runs: its isolation level (null keeps the connection's default) and whether it
 * is read-only. On SQLite every transaction is serializable, so only {@code READ_UNCOMMITTED}
 * changes anything there, and read-only is enforced with {@code PRAGMA query_only}.
 *
 * @param isolation the isolation level, or null for the database default
 * @param readOnly whether writes are refused
 */
public record TransactionOptions(@Nullable Isolation isolation, boolean readOnly) {

  private static final TransactionOptions DEFAULTS = new TransactionOptions(null, false);

  /** The database's default isolation, read-write. */
  public static TransactionOptions defaults() {
    return DEFAULTS;
  }

  /** A read-only transaction at the default isolation. */
  public static TransactionOptions readOnlyTransaction() {
    return new TransactionOptions(null, true);
  }

  /** A transaction at {@code level}. */
  public static TransactionOptions isolation(Isolation level) {
    return new TransactionOptions(level, false);
  }

  /** These options, read-only. */
  public TransactionOptions asReadOnly() {
    return new TransactionOptions(isolation, true);
  }

  boolean isDefault() {
    return isolation == null && !readOnly;
  }
}
