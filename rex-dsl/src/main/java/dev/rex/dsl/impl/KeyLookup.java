package dev.rex.dsl.impl;

import dev.rex.dsl.Condition;
import dev.rex.dsl.DataType;
import dev.rex.dsl.Field;
import dev.rex.dsl.Record;
import dev.rex.dsl.Table;
import dev.rex.dsl.spi.Dialect;
import dev.rex.dsl.spi.QueryExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * {@code fetchById}: the row of a table whose primary key has the given values. For a generated
 * table whose key has up to three columns, the lookup is a prepared query made once per table
 * ({@code select … from t where pk = ?}, rendered once) and each call only binds the key, as {@code
 * db.prepare} would; any other table builds the query per call. Either way the values are checked
 * against the key's columns first ({@link PrimaryKeyCondition}).
 */
final class KeyLookup {

  /** The most key columns a prepared lookup takes: {@link BoundQuery}'s arguments. */
  private static final int MAX_PREPARED_COLUMNS = 3;

  private KeyLookup() {}

  static <R extends Record> Optional<R> fetchById(
      QueryExecutor executor, Table<R> table, @Nullable Object... key) {
    PreparedPlan plan =
        table.recordType() instanceof TableRecordType<R> own
                && key.length > 0
                && key.length <= MAX_PREPARED_COLUMNS
            ? own.keyLookup(table, executor.dialect())
            : null;
    if (plan == null) {
      Condition where = PrimaryKeyCondition.of(table, key); // checks the values
      return Queries.selectFromImpl(executor, table).where(where).fetchOptional();
    }
    PrimaryKeyCondition.check(table, key);
    BoundQuery<R> query =
        new BoundQuery<>(
            plan,
            key[0],
            key.length > 1 ? key[1] : null,
            key.length > 2 ? key[2] : null,
            executor,
            0);
    return query.fetchOptional();
  }

  /** The lookup's plan for {@code table}: one placeholder per key column, in key order. */
  static PreparedPlan plan(Table<?> table, Dialect dialect) {
    List<? extends Field<?>> columns =
        PrimaryKeyCondition.ownColumns(table, PrimaryKeyCondition.keyColumns(table));
    DataType<?>[] types = new DataType<?>[columns.size()];
    for (int i = 0; i < types.length; i++) {
      types[i] = columns.get(i).getDataType();
    }
    return PreparedPlan.of(dialect, types, placeholders -> lookup(table, columns, placeholders));
  }

  @SuppressWarnings("unchecked")
  private static AbstractResultQuery<?> lookup(
      Table<?> table, List<? extends Field<?>> columns, Field<?>[] placeholders) {
    List<Condition> parts = new ArrayList<>(placeholders.length);
    for (int i = 0; i < placeholders.length; i++) {
      parts.add(((Field<Object>) columns.get(i)).eq((Field<Object>) placeholders[i]));
    }
    return Queries.selectFromImpl(null, table).withWhere(Combined.of(Combined.Operator.AND, parts));
  }
}
