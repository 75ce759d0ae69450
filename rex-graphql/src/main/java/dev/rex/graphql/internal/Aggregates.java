package dev.rex.graphql.internal;

import dev.rex.dsl.Condition;
import dev.rex.dsl.DSL;
import dev.rex.dsl.Field;
import dev.rex.dsl.OrderField;
import dev.rex.dsl.Record;
import dev.rex.dsl.Result;
import dev.rex.dsl.SelectField;
import dev.rex.dsl.Table;
import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Compiles an aggregate field into one grouped select:
 *
 * <pre>{@code
 * select t0.artist_id, count(*), sum(t0.milliseconds), …   -- only what the selection asks for
 * from track t0 where <scope> and <where>
 * group by t0.artist_id having <having> order by <orderBy>, <the groupBy columns> limit <limit>
 * }</pre>
 *
 * <p>At the root it is the statement; below a row it is a {@code multiset} of the parent's
 * statement, its scope tying it to the parent row. Without {@code groupBy} it has no {@code group
 * by} and returns one group. Each selected value is one column of the select; a group's map nests
 * them by result key ({@code keys}, {@code sum}, … each a map of columns). Selecting a key that is
 * not grouped by is refused, since a group has no single value of it. Without {@code limit} at most
 * the API's maximum groups are returned and more fail with {@code TOO_MANY_ROWS}, as lists do.
 */
final class Aggregates {

  private Aggregates() {}

  /** One selected value: where its parent's result key puts it, where it is, how it converts. */
  private record Slot(
      String key, @Nullable String inner, int index, Function<Object, @Nullable Object> convert) {}

  /** The aggregate of {@code entity}'s rows that {@code scope} admits, for {@code set}. */
  static CompiledField compile(
      Compilation compilation,
      Entity entity,
      Function<Table<?>, Condition> scope,
      DataFetchingFieldSelectionSet set,
      Map<String, Object> arguments) {
    Table<?> table = compilation.table(entity);
    Condition where =
        DSL.and(
            scope.apply(table),
            Filters.where(compilation, entity, table, arguments.get(ObjectTypes.WHERE)));
    Set<String> grouped = new HashSet<>();
    List<Field<?>> groupBy = new ArrayList<>();
    if (arguments.get(AggregateTypes.GROUP_BY) instanceof List<?> columns) {
      for (Object column : columns) {
        if (grouped.add((String) column)) {
          groupBy.add(column(entity, table, (String) column));
        }
      }
    }
    List<SelectField<?>> fields = new ArrayList<>();
    List<Slot> slots = new ArrayList<>();
    List<String> objects = new ArrayList<>();
    for (SelectedField part : Connections.unique(set.getImmediateFields())) {
      String function = part.getName();
      if (function.equals(AggregateTypes.COUNT)) {
        slots.add(new Slot(part.getResultKey(), null, fields.size(), v -> ((Number) v).intValue()));
        fields.add(DSL.count());
        continue;
      }
      objects.add(part.getResultKey());
      for (SelectedField inner : Connections.unique(part.getSelectionSet().getImmediateFields())) {
        if (function.equals(AggregateTypes.KEYS) && !grouped.contains(inner.getName())) {
          throw new RequestException(
              "BAD_USER_INPUT",
              "keys."
                  + inner.getName()
                  + " is selected but not grouped by: add it to groupBy to read it");
        }
        Attribute attribute = attribute(entity, inner.getName());
        slots.add(
            new Slot(
                part.getResultKey(),
                inner.getResultKey(),
                fields.size(),
                converter(function, attribute)));
        fields.add(aggregate(function, Tables.column(table, attribute.column().name())));
      }
    }
    if (fields.isEmpty()) {
      fields.add(DSL.val(1)); // only __typename: a statement still needs a column
    }
    List<OrderField<?>> order =
        orderBy(entity, table, grouped, arguments.get(ObjectTypes.ORDER_BY));
    order.addAll(groupBy);
    var select =
        DSL.select(fields.toArray(SelectField<?>[]::new))
            .from(table)
            .where(where)
            .groupBy(groupBy)
            .having(having(entity, table, arguments.get(AggregateTypes.HAVING)))
            .orderBy(order);
    Integer limit = compilation.limit(arguments);
    Integer offset = compilation.offset(arguments);
    var limited = select.limit(limit == null ? compilation.maxRows + 1 : limit);
    return new CompiledField(
        offset == null || offset == 0 ? limited : limited.offset(offset),
        rows -> decode(rows, slots, objects, compilation.maxRows));
  }

  private static Attribute attribute(Entity entity, String fieldName) {
    Attribute attribute = entity.attribute(fieldName);
    if (attribute == null) {
      throw new IllegalStateException(entity.typeName() + " has no column field " + fieldName);
    }
    return attribute;
  }

  private static Field<?> column(Entity entity, Table<?> table, String fieldName) {
    return Tables.column(table, attribute(entity, fieldName).column().name());
  }

  @SuppressWarnings("unchecked")
  private static Field<?> aggregate(String function, Field<?> column) {
    return switch (function) {
      case AggregateTypes.SUM -> DSL.sum((Field<? extends Number>) column);
      case AggregateTypes.AVG -> DSL.avg((Field<? extends Number>) column);
      case AggregateTypes.MIN -> DSL.min(column);
      case AggregateTypes.MAX -> DSL.max(column);
      default -> column; // a key
    };
  }

  /** How a value of {@code function} over {@code attribute} becomes its GraphQL value. */
  private static Function<Object, @Nullable Object> converter(
      String function, Attribute attribute) {
    String scalar = AggregateTypes.resultScalar(function, attribute.scalar());
    if (function.equals(AggregateTypes.KEYS)
        || function.equals(AggregateTypes.MIN)
        || function.equals(AggregateTypes.MAX)) {
      return Values::toGraphQL;
    }
    return switch (scalar) {
      case "BigInt" -> v -> decimal(v).toBigInteger().longValueExact();
      case "Float" -> v -> ((Number) v).doubleValue();
      default -> Aggregates::decimal;
    };
  }

  private static BigDecimal decimal(Object value) {
    return value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
  }

  private static List<OrderField<?>> orderBy(
      Entity entity, Table<?> table, Set<String> grouped, @Nullable Object input) {
    List<OrderField<?>> order = new ArrayList<>();
    List<?> elements =
        input instanceof List<?> list ? list : input == null ? List.of() : List.of(input);
    for (Object element : elements) {
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) element).entrySet()) {
        String function = (String) entry.getKey();
        Object value = entry.getValue();
        if (value == null) {
          continue;
        }
        if (function.equals(AggregateTypes.COUNT)) {
          order.add(Orders.sort(DSL.count(), (String) value));
          continue;
        }
        for (Map.Entry<?, ?> column : ((Map<?, ?>) value).entrySet()) {
          String name = (String) column.getKey();
          if (column.getValue() == null) {
            continue;
          }
          if (function.equals(AggregateTypes.KEYS) && !grouped.contains(name)) {
            throw new RequestException(
                "BAD_USER_INPUT",
                "orderBy keys." + name + " is not grouped by: add it to groupBy to sort by it");
          }
          Field<?> aggregate = aggregate(function, column(entity, table, name));
          order.add(Orders.sort(aggregate, (String) column.getValue()));
        }
      }
    }
    return order;
  }

  /** The {@code having} input as a condition on aggregates, like {@link Filters} on columns. */
  private static Condition having(Entity entity, Table<?> table, @Nullable Object input) {
    if (!(input instanceof Map<?, ?> filter)) {
      return DSL.noCondition();
    }
    List<Condition> conditions = new ArrayList<>();
    for (Map.Entry<?, ?> entry : filter.entrySet()) {
      String name = (String) entry.getKey();
      Object value = entry.getValue();
      switch (name) {
        case FilterTypes.AND, FilterTypes.OR -> {
          List<Condition> parts = new ArrayList<>();
          for (Object item : value instanceof List<?> list ? list : List.of()) {
            parts.add(having(entity, table, item));
          }
          if (name.equals(FilterTypes.AND)) {
            conditions.add(DSL.and(parts));
          } else {
            conditions.add(parts.isEmpty() ? DSL.falseCondition() : DSL.or(parts));
          }
        }
        case FilterTypes.NOT ->
            conditions.add(
                value == null ? DSL.noCondition() : DSL.not(having(entity, table, value)));
        case AggregateTypes.COUNT -> conditions.add(Filters.compare(DSL.count(), value));
        default -> {
          if (value instanceof Map<?, ?> columns) {
            for (Map.Entry<?, ?> column : columns.entrySet()) {
              Field<?> aggregate = aggregate(name, column(entity, table, (String) column.getKey()));
              conditions.add(Filters.compare(aggregate, column.getValue()));
            }
          }
        }
      }
    }
    return DSL.and(conditions);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, @Nullable Object>> decode(
      Result<?> rows, List<Slot> slots, List<String> objects, int maxRows) {
    if (rows.size() > maxRows) {
      throw new RequestException(
          "TOO_MANY_ROWS",
          "the aggregate has more than "
              + maxRows
              + " groups, the most one field may return; ask for a page with limit and offset");
    }
    List<Map<String, @Nullable Object>> groups = new ArrayList<>(rows.size());
    for (Record row : rows) {
      Map<String, @Nullable Object> group = new LinkedHashMap<>();
      for (String object : objects) {
        group.put(object, new HashMap<String, @Nullable Object>());
      }
      for (Slot slot : slots) {
        Object value = row.get(slot.index());
        Object converted = value == null ? null : slot.convert().apply(value);
        if (slot.inner() == null) {
          group.put(slot.key(), converted);
        } else {
          ((Map<String, @Nullable Object>) Objects.requireNonNull(group.get(slot.key())))
              .put(slot.inner(), converted);
        }
      }
      groups.add(group);
    }
    return groups;
  }
}
