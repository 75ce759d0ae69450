package dev.rex.graphql.internal;

import dev.rex.Database;
import dev.rex.dsl.DSL;
import dev.rex.dsl.Field;
import dev.rex.dsl.InsertOnDuplicateSetMoreStep;
import dev.rex.dsl.InsertOnDuplicateSetStep;
import dev.rex.dsl.Record;
import dev.rex.dsl.UpdatableRecord;
import dev.rex.dsl.Violation;
import dev.rex.dsl.WritableTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Validates and writes planned {@link WriteNode}s. Validation runs Rex's record validation (the
 * table's declared constraints and the validators registered with the database) on every record of
 * the plan before anything is written; a foreign-key column that a parent written in the same
 * mutation will fill is not reported missing. Writing is depth first: a row's new parents, then the
 * children it deletes, then the row itself (insert, update, or {@code insert … on conflict do
 * update … returning} for an upsert), then its children, each after its foreign key was copied from
 * the stored row.
 */
final class WriteExecution {

  private WriteExecution() {}

  /** Every violation of every record in the plans of {@code roots}. */
  static List<Map<String, @Nullable Object>> violations(List<WriteNode> roots) {
    List<Map<String, @Nullable Object>> found = new ArrayList<>();
    for (WriteNode root : roots) {
      collect(root, found);
    }
    return found;
  }

  private static void collect(WriteNode node, List<Map<String, @Nullable Object>> found) {
    for (WriteNode.Edge parent : node.parents) {
      collect(parent.node(), found);
    }
    for (Violation violation : node.record.validate()) {
      String column = violation.column();
      boolean filledLater =
          violation.value() == null
              && column != null
              && violation.constraint().equals("not null")
              && node.filledWhileWriting.contains(column);
      if (!filledLater) {
        found.add(InvalidInputException.describe(node.entity, violation, node.path));
      }
    }
    for (WriteNode.Edge child : node.children) {
      collect(child.node(), found);
    }
  }

  /** Writes {@code node} and everything it plans, in dependency order. */
  static void write(Database tx, WriteNode node) {
    for (WriteNode.Edge parent : node.parents) {
      write(tx, parent.node());
      copy(parent.node(), parent.referenced(), node, parent.referencing());
    }
    for (WriteNode.Deletion deletion : node.deletions) {
      int deleted = tx.deleteFrom(writable(deletion.table())).where(deletion.condition()).execute();
      if (deleted == 0) {
        throw new RequestException(
            "NOT_FOUND",
            WritePlanner.where(deletion.path())
                + "no such row refers to this "
                + node.entity.typeName());
      }
    }
    UpdatableRecord<?> record = (UpdatableRecord<?>) node.record;
    switch (node.action) {
      case INSERT -> {
        record.insert();
        node.stored = record;
      }
      case UPDATE -> {
        record.update();
        node.stored = record;
      }
      default -> node.stored = upsert(tx, node);
    }
    for (WriteNode.Edge child : node.children) {
      copy(node, child.referenced(), child.node(), child.referencing());
      write(tx, child.node());
    }
  }

  @SuppressWarnings("unchecked")
  private static void copy(
      WriteNode from, List<String> fromColumns, WriteNode to, List<String> toColumns) {
    Record stored = from.stored;
    if (stored == null) {
      throw new IllegalStateException("copying from a row that was not written");
    }
    for (int i = 0; i < fromColumns.size(); i++) {
      Object value = stored.get(Tables.column(from.table, fromColumns.get(i)));
      to.record.set((Field<Object>) Tables.column(to.table, toColumns.get(i)), value);
    }
  }

  private static Record upsert(Database tx, WriteNode node) {
    WritableTable<Record> table = writable(node.table);
    List<Field<?>> conflict = new ArrayList<>();
    for (String column : node.conflictColumns) {
      conflict.add(Tables.column(table, column));
    }
    InsertOnDuplicateSetStep<Record> update =
        tx.insertInto(table)
            .set(node.record)
            .onConflict(conflict.toArray(Field<?>[]::new))
            .doUpdate();
    InsertOnDuplicateSetMoreStep<Record> set = null;
    for (Field<?> field : table.fields()) {
      if (node.record.changed(field) && !node.conflictColumns.contains(field.getName())) {
        set = proposed(set == null ? update : set, field);
      }
    }
    if (set == null) {
      // Only the key was given: an update that changes nothing, so that the row is returned.
      set = proposed(update, conflict.get(0));
    }
    return set.returning().fetchSingle();
  }

  /** {@code set field = excluded.field}: the value the insert proposed. */
  private static <T> InsertOnDuplicateSetMoreStep<Record> proposed(
      InsertOnDuplicateSetStep<Record> step, Field<T> field) {
    Field<T> excluded = DSL.excluded(field);
    return step.set(field, excluded);
  }

  @SuppressWarnings("unchecked")
  static WritableTable<Record> writable(dev.rex.dsl.Table<?> table) {
    return (WritableTable<Record>) table;
  }
}
