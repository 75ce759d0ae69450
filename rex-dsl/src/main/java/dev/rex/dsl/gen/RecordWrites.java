package dev.rex.dsl.gen;

import dev.rex.dsl.Condition;
import dev.rex.dsl.Field;
import dev.rex.dsl.InsertOnDuplicateStep;
import dev.rex.dsl.InsertSetMoreStep;
import dev.rex.dsl.InsertSetStep;
import dev.rex.dsl.UpdateSetMoreStep;
import dev.rex.dsl.impl.Queries;
import dev.rex.dsl.impl.StatementStarts;
import dev.rex.dsl.spi.QueryExecutor;

/**
 * A record's {@code insert()} and {@code update()}, apart from {@link AbstractUpdatableRecord}: the
 * verifier loads the INSERT and UPDATE step interfaces these methods use when it loads their class,
 * and every generated record's first row loads {@code AbstractUpdatableRecord}.
 */
final class RecordWrites {

  private RecordWrites() {}

  @SuppressWarnings("unchecked")
  static <R extends AbstractUpdatableRecord<R>> int insert(AbstractUpdatableRecord<R> record) {
    AbstractTable<R> table = record.table;
    QueryExecutor attached = record.executor();
    Queries.requireValid(record, attached);
    InsertSetStep<R> insert = StatementStarts.insertInto(attached, table);
    InsertOnDuplicateStep<R> ready = null;
    for (int i = 0; i < record.size(); i++) {
      if (record.isChanged(i)) {
        Field<Object> field = (Field<Object>) table.fields().get(i);
        ready =
            ready == null
                ? insert.set(field, record.value(i))
                : ((InsertSetMoreStep<R>) ready).set(field, record.value(i));
      }
    }
    if (ready == null) {
      ready = insert.defaultValues();
    }
    if (!attached.dialect().supportsReturning()) {
      return insertReadingGeneratedKey(record, ready, attached);
    }
    R stored = ready.returning().fetchSingle();
    record.loaded(stored.intoArray(), attached);
    return 1;
  }

  /**
   * Inserts on a dialect without RETURNING: the key the database generated goes into the identity
   * column the record did not set, and the row is then read back by its primary key, so that the
   * record holds the database's defaults as it would after {@code insert … returning *}.
   */
  private static <R extends AbstractUpdatableRecord<R>> int insertReadingGeneratedKey(
      AbstractUpdatableRecord<R> record, InsertOnDuplicateStep<R> insert, QueryExecutor attached) {
    AbstractTable<R> table = record.table;
    int identity = generatedIdentity(record);
    if (identity < 0) {
      int count = insert.execute();
      record.markStored(attached);
      return count;
    }
    Object key = attached.executeReturningGeneratedKey(insert);
    if (key != null) {
      record.value(identity, Queries.generatedKey(key, table.fields().get(identity).getType()));
    }
    record.markStored(attached);
    if (key != null && table.getPrimaryKey() != null) {
      record.refresh();
    }
    return 1;
  }

  /** The index of the identity column this record leaves to the database, or -1. */
  private static int generatedIdentity(AbstractUpdatableRecord<?> record) {
    for (int i = 0; i < record.size(); i++) {
      if (!record.isChanged(i) && record.table.fields().get(i).getDataType().isIdentity()) {
        return i;
      }
    }
    return -1;
  }

  @SuppressWarnings("unchecked")
  static <R extends AbstractUpdatableRecord<R>> int update(AbstractUpdatableRecord<R> record) {
    AbstractTable<R> table = record.table;
    QueryExecutor attached = record.executor();
    Condition key = record.primaryKeyCondition();
    if (record.changed()) {
      Queries.requireValid(record, attached);
    }
    UpdateSetMoreStep<R> update = null;
    for (int i = 0; i < record.size(); i++) {
      if (record.isChanged(i)) {
        Field<Object> field = (Field<Object>) table.fields().get(i);
        update =
            update == null
                ? StatementStarts.update(attached, table).set(field, record.value(i))
                : update.set(field, record.value(i));
      }
    }
    if (update == null) {
      return 0;
    }
    int count = update.where(key).execute();
    record.markStored(attached);
    return count;
  }
}
