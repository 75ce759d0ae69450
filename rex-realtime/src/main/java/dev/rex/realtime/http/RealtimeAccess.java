package dev.rex.realtime.http;

import dev.rex.dsl.Condition;
import dev.rex.dsl.Record;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * An {@link RealtimeAuthorizer}'s answer: denied, or allowed with limits. Immutable; each method
 * returns a new value.
 *
 * <ul>
 *   <li>{@link #rows(Condition)}: the client receives only changes whose new or old row satisfies
 *       the condition (ANDed to the client's own filter), evaluated in memory for every change.
 *   <li>{@link #rowCheck(Predicate)}: the same with Java code; if it throws, that client's
 *       subscription ends ({@code LISTENER_FAILED}) and the others go on.
 *   <li>{@link #hiding(String...)}: columns never sent, in either image.
 * </ul>
 */
public final class RealtimeAccess {

  private static final RealtimeAccess ALLOWED = new RealtimeAccess(true, "", null, null, Set.of());

  private final boolean allowed;
  private final String reason;
  private final @Nullable Condition rows;
  private final @Nullable Predicate<Record> rowCheck;
  private final Set<String> hiddenColumns;

  private RealtimeAccess(
      boolean allowed,
      String reason,
      @Nullable Condition rows,
      @Nullable Predicate<Record> rowCheck,
      Set<String> hiddenColumns) {
    this.allowed = allowed;
    this.reason = reason;
    this.rows = rows;
    this.rowCheck = rowCheck;
    this.hiddenColumns = Set.copyOf(hiddenColumns);
  }

  /** Every row and column. */
  public static RealtimeAccess allowed() {
    return ALLOWED;
  }

  /** No access (HTTP 403), with a generic sentence for the client. */
  public static RealtimeAccess denied() {
    return denied("You may not subscribe to this table.");
  }

  /** No access (HTTP 403), with {@code reason} told to the client. */
  public static RealtimeAccess denied(String reason) {
    return new RealtimeAccess(
        false, Objects.requireNonNull(reason, "reason"), null, null, Set.of());
  }

  /**
   * Only changes whose new or old row satisfies {@code condition}, which may use the table's
   * columns and constant values (see {@link dev.rex.dsl.RowPredicate}). Called again, the
   * conditions are ANDed.
   */
  public RealtimeAccess rows(Condition condition) {
    requireAllowed();
    Condition both = rows == null ? condition : rows.and(condition);
    return new RealtimeAccess(true, reason, both, rowCheck, hiddenColumns);
  }

  /** Only changes whose new or old row passes {@code check}; called again, both must pass. */
  public RealtimeAccess rowCheck(Predicate<Record> check) {
    requireAllowed();
    Predicate<Record> previous = rowCheck;
    Predicate<Record> both =
        previous == null ? check : record -> previous.test(record) && check.test(record);
    return new RealtimeAccess(true, reason, rows, both, hiddenColumns);
  }

  /** Never sends the columns named {@code columns} (SQL names, any case). */
  public RealtimeAccess hiding(String... columns) {
    requireAllowed();
    Set<String> hidden = new HashSet<>(hiddenColumns);
    hidden.addAll(Arrays.asList(columns));
    return new RealtimeAccess(true, reason, rows, rowCheck, hidden);
  }

  /** Whether the subscription may go on. */
  public boolean isAllowed() {
    return allowed;
  }

  /** Why access was denied ({@code ""} when allowed). */
  public String reason() {
    return reason;
  }

  /** The condition every sent row satisfies, or {@code null} for all rows. */
  public @Nullable Condition rowCondition() {
    return rows;
  }

  /** The Java check every sent row passes, or {@code null}. */
  public @Nullable Predicate<Record> rowPredicate() {
    return rowCheck;
  }

  /** The names of the columns never sent. */
  public Set<String> hiddenColumns() {
    return hiddenColumns;
  }

  private void requireAllowed() {
    if (!allowed) {
      throw new IllegalStateException("Access was denied; it cannot be narrowed down");
    }
  }
}
