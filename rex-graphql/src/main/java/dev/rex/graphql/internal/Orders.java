package dev.rex.graphql.internal;

import dev.rex.dsl.DSL;
import dev.rex.dsl.Field;
import dev.rex.dsl.OrderField;
import dev.rex.dsl.SortField;
import dev.rex.dsl.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Compiles an {@code orderBy} input into sort fields. Keys apply in the order written, within an
 * element and across elements. A to-one relation sorts by a scalar subquery that reads the related
 * row's column, so sorting by {@code {artist: {name: ASC}}} needs no join and cannot multiply rows.
 */
final class Orders {

  /** One sort key: what to sort by and the {@code OrderDirection} value. */
  record Key(Field<?> field, String direction) {}

  private Orders() {}

  static List<OrderField<?>> orderBy(
      Compilation compilation, Entity entity, Table<?> table, @Nullable Object input) {
    List<OrderField<?>> order = new ArrayList<>();
    for (Key key : keys(compilation, entity, table, input)) {
      order.add(sort(key.field(), key.direction()));
    }
    return order;
  }

  static List<Key> keys(
      Compilation compilation, Entity entity, Table<?> table, @Nullable Object input) {
    List<Key> keys = new ArrayList<>();
    List<?> elements =
        input instanceof List<?> list ? list : input == null ? List.of() : List.of(input);
    for (Object element : elements) {
      if (element instanceof Map<?, ?> map) {
        add(compilation, entity, table, map, keys);
      }
    }
    return keys;
  }

  private static void add(
      Compilation compilation, Entity entity, Table<?> table, Map<?, ?> element, List<Key> keys) {
    for (Map.Entry<?, ?> entry : element.entrySet()) {
      String name = (String) entry.getKey();
      Object value = entry.getValue();
      if (value == null) {
        continue;
      }
      Attribute attribute = entity.attribute(name);
      if (attribute != null) {
        keys.add(new Key(Tables.column(table, attribute.column().name()), (String) value));
        continue;
      }
      Relation relation = entity.relation(name);
      if (relation != null && !relation.many()) {
        Entity target = compilation.entity(relation.target());
        Table<?> alias = compilation.table(target);
        for (Key inner : keys(compilation, target, alias, value)) {
          Field<?> related = related(compilation, relation, table, alias, inner.field());
          keys.add(new Key(related, inner.direction()));
        }
      }
    }
  }

  private static <T> Field<T> related(
      Compilation compilation,
      Relation relation,
      Table<?> source,
      Table<?> target,
      Field<T> value) {
    return DSL.field(
        DSL.select(value)
            .from(target)
            .where(Link.of(relation, source, target, compilation.tables))
            .limit(1));
  }

  static <T> SortField<T> sort(Field<T> field, String direction) {
    return switch (direction) {
      case "DESC" -> field.desc();
      case "ASC_NULLS_FIRST" -> field.asc().nullsFirst();
      case "ASC_NULLS_LAST" -> field.asc().nullsLast();
      case "DESC_NULLS_FIRST" -> field.desc().nullsFirst();
      case "DESC_NULLS_LAST" -> field.desc().nullsLast();
      default -> field.asc();
    };
  }
}
