package dev.rex.graphql.internal;

import dev.rex.dsl.Condition;
import dev.rex.dsl.DSL;
import dev.rex.dsl.DataType;
import dev.rex.dsl.Field;
import dev.rex.dsl.OrderField;
import dev.rex.dsl.SortField;
import dev.rex.dsl.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The total order of a connection and the keyset conditions that start a page after a cursor or end
 * it before one.
 *
 * <p>The order is the {@code orderBy} keys followed by the primary-key columns not already among
 * them, so that no two rows tie and a cursor names one position. Every key sorts its nulls at an
 * explicit end — where the direction names it, else last ascending and first descending (nulls
 * count as larger than any value, PostgreSQL's default, on every database) — so that the keyset
 * condition can place them.
 *
 * <p>"After the cursor {@code (x1, …, xn)}" expands the row comparison {@code (k1, …, kn) > (x1, …,
 * xn)} into {@code beyond(k1, x1) or (k1 = x1 and beyond(k2, x2)) or …}, where {@code beyond} is
 * {@code >} on an ascending key and {@code <} on a descending one, extended for nulls: a null
 * cursor value is matched with {@code is null}, and nulls sorted last are beyond every value.
 * "Before the cursor" is the same on the reversed order. A column declared not null gets no null
 * alternative, so its condition stays the plain comparison an index serves. Databases cannot use a
 * row-value comparison when directions are mixed, so the expansion is used always.
 */
final class Keysets {

  /** One key of the total order; {@code nullable} is false for a column that holds no nulls. */
  record SortKey(Field<?> field, boolean descending, boolean nullsFirst, boolean nullable) {

    SortKey reversed() {
      return new SortKey(field, !descending, !nullsFirst, nullable);
    }

    OrderField<?> order() {
      SortField<?> sort = descending ? field.desc() : field.asc();
      return nullsFirst ? sort.nullsFirst() : sort.nullsLast();
    }
  }

  private Keysets() {}

  /** The total order of {@code entity}'s rows sorted by {@code orderBy}. */
  static List<SortKey> order(
      Compilation compilation, Entity entity, Table<?> table, @Nullable Object orderBy) {
    Set<Field<?>> notNull = new HashSet<>();
    for (Attribute attribute : entity.attributes()) {
      if (!attribute.column().nullable()) {
        notNull.add(Tables.column(table, attribute.column().name()));
      }
    }
    List<SortKey> keys = new ArrayList<>();
    Set<Field<?>> columns = new HashSet<>();
    for (Orders.Key key : Orders.keys(compilation, entity, table, orderBy)) {
      keys.add(key(key.field(), key.direction(), !notNull.contains(key.field())));
      columns.add(key.field());
    }
    for (Attribute attribute : entity.keyAttributes()) {
      Field<?> column = Tables.column(table, attribute.column().name());
      if (!columns.contains(column)) {
        keys.add(key(column, "ASC", !notNull.contains(column)));
      }
    }
    return keys;
  }

  private static SortKey key(Field<?> field, String direction, boolean nullable) {
    return switch (direction) {
      case "DESC", "DESC_NULLS_FIRST" -> new SortKey(field, true, true, nullable);
      case "DESC_NULLS_LAST" -> new SortKey(field, true, false, nullable);
      case "ASC_NULLS_FIRST" -> new SortKey(field, false, true, nullable);
      default -> new SortKey(field, false, false, nullable);
    };
  }

  static List<SortKey> reversed(List<SortKey> keys) {
    return keys.stream().map(SortKey::reversed).toList();
  }

  static List<OrderField<?>> orderBy(List<SortKey> keys) {
    return keys.stream().<OrderField<?>>map(SortKey::order).toList();
  }

  static List<DataType<?>> types(List<SortKey> keys) {
    return keys.stream().<DataType<?>>map(k -> k.field().getDataType()).toList();
  }

  /**
   * Rows after the position {@code values} in the order {@code keys} (pass the reversed keys for
   * rows before it); with {@code inclusive}, the row at that position too.
   */
  static Condition after(List<SortKey> keys, List<@Nullable Object> values, boolean inclusive) {
    List<Condition> alternatives = new ArrayList<>();
    List<Condition> equalSoFar = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      List<Condition> alternative = new ArrayList<>(equalSoFar);
      alternative.add(beyond(keys.get(i), values.get(i)));
      alternatives.add(DSL.and(alternative));
      equalSoFar.add(equal(keys.get(i).field(), values.get(i)));
    }
    if (inclusive) {
      alternatives.add(DSL.and(equalSoFar));
    }
    return DSL.or(alternatives);
  }

  @SuppressWarnings("unchecked")
  private static Condition beyond(SortKey key, @Nullable Object value) {
    Field<Object> field = (Field<Object>) key.field();
    if (value == null) {
      // A column without nulls cannot have a null cursor value; a related row's column can.
      // Only values sorted after the nulls are beyond a null: the non-null ones if nulls are first.
      return key.nullsFirst() ? field.isNotNull() : DSL.falseCondition();
    }
    Condition compared = key.descending() ? field.lt(value) : field.gt(value);
    return key.nullsFirst() || !key.nullable() ? compared : DSL.or(compared, field.isNull());
  }

  @SuppressWarnings("unchecked")
  private static Condition equal(Field<?> field, @Nullable Object value) {
    return value == null ? field.isNull() : ((Field<Object>) field).eq(value);
  }
}
