package dev.rex.dsl.impl;

import dev.rex.dsl.Condition;
import dev.rex.dsl.Field;
import dev.rex.dsl.Record;
import dev.rex.dsl.RecordType;
import dev.rex.dsl.Result;
import dev.rex.dsl.SelectFieldOrAsterisk;
import dev.rex.dsl.TableField;
import dev.rex.dsl.UniqueKey;
import dev.rex.dsl.exception.InvalidQueryException;
import dev.rex.dsl.spi.QueryExecutor;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code insert … returning} where the dialect has no RETURNING (MySQL, MariaDB), as jOOQ does it
 * there: the row is inserted without the clause, reading the key the database generated, and the
 * returned columns are selected by the row's primary key (the generated key, or the values the
 * insert gave the key's columns). Only for an INSERT of one row of values without an upsert clause:
 * the key of anything else does not name its rows. The two statements run in the caller's
 * transaction when there is one; without one, the SELECT sees the committed row.
 */
final class InsertReadBack {

  private InsertReadBack() {}

  static <R extends Record> Result<R> run(
      InsertModel insert, RecordType<R> type, QueryExecutor executor) {
    String dialect = executor.dialect().name();
    if (insert.select() != null || insert.rows().size() > 1 || insert.conflict() != null) {
      throw new InvalidQueryException(
          "The "
              + dialect
              + " dialect has no RETURNING; Rex reads an inserted row back by its key only for an"
              + " INSERT of one row of values without an upsert clause. Run this one with"
              + " execute(), then select the rows it wrote (in one transaction).");
    }
    UniqueKey<?> key = insert.table().getPrimaryKey();
    if (key == null) {
      throw new InvalidQueryException(
          "The "
              + dialect
              + " dialect has no RETURNING, and "
              + insert.table().getName()
              + " has no primary key to read the inserted row back by.");
    }
    Returning returning = Objects.requireNonNull(insert.returning(), "returning");
    Object generated =
        executor.executeReturningGeneratedKey(new DmlQuery(insert.withoutReturning(), executor));
    List<Condition> conditions = new ArrayList<>();
    for (TableField<?, ?> column : key.fields()) {
      Field<?> given = givenValue(insert, column);
      if (given != null) {
        conditions.add(equal(column, given));
      } else if (generated != null && key.fields().size() == 1) {
        conditions.add(equal(column, Queries.val(keyAs(generated, column.getType()))));
      } else {
        throw new InvalidQueryException(
            "The "
                + dialect
                + " dialect has no RETURNING, and the insert into "
                + insert.table().getName()
                + " neither set its key column "
                + column.getName()
                + " nor got a generated key for it, so the row it wrote cannot be read back.");
      }
    }
    SelectFieldOrAsterisk[] fields = returning.fields().toArray(new SelectFieldOrAsterisk[0]);
    SelectModel select =
        Queries.model(
            Queries.selectImpl(executor, false, fields)
                .from(insert.table())
                .where(conditions.toArray(new Condition[0])));
    return executor.fetch(new ReturningQuery<>(select, type, executor), 0);
  }

  /** The value the insert's one row gives {@code column}, or null when it does not set it. */
  private static @Nullable Field<?> givenValue(InsertModel insert, TableField<?, ?> column) {
    List<Field<?>> columns = insert.columns();
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).getName().equals(column.getName())) {
        return insert.rows().get(0).get(i);
      }
    }
    return null;
  }

  @SuppressWarnings("unchecked")
  private static Condition equal(Field<?> column, Field<?> value) {
    return ((Field<Object>) column).eq((Field<Object>) value);
  }

  /** A generated key (drivers report {@code Long} or {@code BigInteger}) as the column's type. */
  static Object keyAs(Object key, Class<?> type) {
    if (!(key instanceof Number number) || type.isInstance(key)) {
      return key;
    }
    if (type == Integer.class) {
      return Math.toIntExact(number.longValue());
    }
    if (type == Long.class) {
      return number.longValue();
    }
    if (type == Short.class) {
      return (short) Math.toIntExact(number.longValue());
    }
    if (type == BigInteger.class) {
      return new BigInteger(number.toString());
    }
    if (type == BigDecimal.class) {
      return new BigDecimal(number.toString());
    }
    return key;
  }
}
