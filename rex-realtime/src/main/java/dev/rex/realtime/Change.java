package dev.rex.realtime;

import dev.rex.dsl.Record;
import dev.rex.dsl.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One committed change to a row of {@code table}, with the row as it was before ({@code oldRecord})
 * and after ({@code newRecord}), typed as the generated record of the table.
 *
 * @param position where the change is in the log; resume after it to receive what follows
 * @param table the changed table
 * @param operation what was done
 * @param newRecord the row after an insert or update; {@code null} for a delete or truncate
 * @param oldRecord the row before an update or delete; {@code null} for an insert or truncate
 * @param changedAt when the changing statement started
 */
public record Change<R extends Record>(
    ChangePosition position,
    Table<R> table,
    ChangeOperation operation,
    @Nullable R newRecord,
    @Nullable R oldRecord,
    Instant changedAt) {

  /** The row's current image: the new one, or the old one for a delete. */
  public @Nullable R record() {
    return newRecord != null ? newRecord : oldRecord;
  }
}
