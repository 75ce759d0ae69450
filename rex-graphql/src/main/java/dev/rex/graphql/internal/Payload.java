package dev.rex.graphql.internal;

import dev.rex.Database;
import dev.rex.dsl.Condition;
import dev.rex.dsl.DSL;
import dev.rex.dsl.Field;
import dev.rex.dsl.Record;
import dev.rex.dsl.Result;
import dev.rex.dsl.SelectField;
import dev.rex.dsl.Table;
import graphql.schema.DataFetchingFieldSelectionSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads the rows a mutation returns with the query compiler ({@link Selections}), so a mutation's
 * result may select relations to any depth, in one statement: the selection's columns and nested
 * results, then the primary key, which puts the rows back in the order the mutation wrote them.
 */
final class Payload {

  /** Decoded rows and, at the same index, the primary key of each. */
  record Rows(List<Map<String, @Nullable Object>> rows, List<List<Object>> keys) {}

  private Payload() {}

  /** The rows of {@code entity} with these primary keys, in this order; missing ones left out. */
  static List<Map<String, @Nullable Object>> byKeys(
      Database tx,
      Compilation compilation,
      Entity entity,
      DataFetchingFieldSelectionSet selection,
      List<List<Object>> keys) {
    if (keys.isEmpty()) {
      return List.of();
    }
    Table<?> table = compilation.table(entity);
    Rows found = select(tx, compilation, entity, table, selection, keysIn(entity, table, keys), 0);
    Map<List<Object>, Map<String, @Nullable Object>> byKey = new HashMap<>();
    for (int i = 0; i < found.rows().size(); i++) {
      byKey.put(found.keys().get(i), found.rows().get(i));
    }
    List<Map<String, @Nullable Object>> ordered = new ArrayList<>();
    for (List<Object> key : keys) {
      Map<String, @Nullable Object> row = byKey.get(key);
      if (row != null) {
        ordered.add(row);
      }
    }
    return ordered;
  }

  /** The rows of {@code entity} that match {@code where}, refused when there are too many. */
  static Rows byFilter(
      Database tx,
      Compilation compilation,
      Entity entity,
      DataFetchingFieldSelectionSet selection,
      @Nullable Object where) {
    Table<?> table = compilation.table(entity);
    Condition condition = Filters.where(compilation, entity, table, where);
    return select(tx, compilation, entity, table, selection, condition, compilation.maxRows + 1);
  }

  private static Rows select(
      Database tx,
      Compilation compilation,
      Entity entity,
      Table<?> table,
      DataFetchingFieldSelectionSet selection,
      Condition where,
      int limit) {
    Selections.Projection projection = Selections.project(compilation, entity, table, selection);
    List<SelectField<?>> fields = new ArrayList<>(projection.fields());
    int keyStart = fields.size();
    for (Attribute attribute : entity.keyAttributes()) {
      fields.add(Tables.column(table, attribute.column().name()));
    }
    var select = DSL.select(fields.toArray(SelectField<?>[]::new)).from(table).where(where);
    Result<Record> result = tx.fetch(limit > 0 ? select.limit(limit) : select);
    List<Map<String, @Nullable Object>> rows =
        Selections.decode(result, projection, compilation.maxRows);
    List<List<Object>> keys = new ArrayList<>();
    for (Record record : result) {
      List<Object> key = new ArrayList<>();
      for (int i = keyStart; i < fields.size(); i++) {
        key.add(record.get(i));
      }
      keys.add(key);
    }
    return new Rows(rows, keys);
  }

  /**
   * The primary key of {@code record}, a row of {@code entity}'s table, as the payload reads it.
   */
  static List<Object> keyOf(Entity entity, Table<?> table, Record record) {
    List<Object> key = new ArrayList<>();
    for (Attribute attribute : entity.keyAttributes()) {
      key.add(record.get(Tables.column(table, attribute.column().name())));
    }
    return key;
  }

  /** Rows of {@code table} whose primary key is one of {@code keys}. */
  @SuppressWarnings("unchecked")
  static Condition keysIn(Entity entity, Table<?> table, List<List<Object>> keys) {
    List<Attribute> attributes = entity.keyAttributes();
    if (attributes.size() == 1) {
      Field<Object> field = (Field<Object>) Tables.column(table, attributes.get(0).column().name());
      return field.in(keys.stream().map(key -> key.get(0)).toList());
    }
    List<Condition> rows = new ArrayList<>();
    for (List<Object> key : keys) {
      List<Condition> columns = new ArrayList<>();
      for (int i = 0; i < attributes.size(); i++) {
        Field<Object> field =
            (Field<Object>) Tables.column(table, attributes.get(i).column().name());
        columns.add(field.eq(key.get(i)));
      }
      rows.add(DSL.and(columns));
    }
    return DSL.or(rows);
  }
}
