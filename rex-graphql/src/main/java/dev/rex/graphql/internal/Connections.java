package dev.rex.graphql.internal;

import dev.rex.dsl.Condition;
import dev.rex.dsl.DSL;
import dev.rex.dsl.DataType;
import dev.rex.dsl.Field;
import dev.rex.dsl.Record;
import dev.rex.dsl.Result;
import dev.rex.dsl.SelectField;
import dev.rex.dsl.Table;
import dev.rex.graphql.internal.Keysets.SortKey;
import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;
import java.util.ArrayList;
import java.util.Collections;
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
 * Compiles a Relay connection field into one select of one row, with no {@code from}:
 *
 * <pre>{@code
 * select multiset(select <node columns…>, <sort keys…> from album t0
 *                 where <scope> and <where> and <after> and <before>
 *                 order by <sort keys> limit <first + 1>)          -- the page
 *        (select count(*) from album t0 where <scope> and <where>) -- totalCount, if selected
 *        (select 1 from album t0 where … <at or before after> limit 1)  -- hasPreviousPage
 * }</pre>
 *
 * <p>At the root that select is the statement; below a row it is wrapped in a {@code multiset} of
 * the parent's statement, the scope tying it to the parent row, so a root field stays one statement
 * at any depth. The page reads one row more than asked: its presence answers {@code hasNextPage}
 * when paging forward ({@code hasPreviousPage} with {@code last}, which reverses the order in SQL
 * and the rows back in Java). The other direction is answered with an {@code exists} -style
 * subquery for rows at or beyond the cursor, only when selected. The sort keys are selected with
 * each row to make its cursor (see {@link Keysets} and {@link Cursors}); {@code totalCount} counts
 * every row matching {@code where}, whatever the cursors. Without {@code first} and {@code last} a
 * page holds at most the API's maximum rows, and {@code hasNextPage} says whether more follow;
 * asking for both at once is refused.
 */
final class Connections {

  private Connections() {}

  /**
   * The connection of {@code entity}'s rows that {@code scope} admits (a relation's link to its
   * source row, or no condition at the root), for the selection {@code set}.
   */
  static CompiledField compile(
      Compilation compilation,
      Entity entity,
      Function<Table<?>, Condition> scope,
      DataFetchingFieldSelectionSet set,
      Map<String, Object> arguments) {
    Integer first = size(compilation, arguments, ConnectionTypes.FIRST);
    Integer last = size(compilation, arguments, ConnectionTypes.LAST);
    if (first != null && last != null) {
      throw new RequestException(
          "BAD_USER_INPUT", "give first or last, not both: a page is read from one end");
    }
    Table<?> table = compilation.table(entity);
    Condition filter =
        DSL.and(
            scope.apply(table),
            Filters.where(compilation, entity, table, arguments.get(ObjectTypes.WHERE)));
    Object orderBy = arguments.get(ObjectTypes.ORDER_BY);
    List<SortKey> keys = Keysets.order(compilation, entity, table, orderBy);
    int signature = (entity.typeName() + ":" + orderBy).hashCode();
    List<@Nullable Object> after = cursor(arguments, ConnectionTypes.AFTER, signature, keys);
    List<@Nullable Object> before = cursor(arguments, ConnectionTypes.BEFORE, signature, keys);
    List<SortKey> reversed = Keysets.reversed(keys);
    Condition window =
        DSL.and(
            filter,
            after == null ? DSL.noCondition() : Keysets.after(keys, after, false),
            before == null ? DSL.noCondition() : Keysets.after(reversed, before, false));

    Layout layout =
        new Layout(
            last != null,
            first != null ? first : last != null ? last : compilation.maxRows,
            signature);
    List<SelectField<?>> fields = new ArrayList<>();
    if (set.contains(ConnectionTypes.TOTAL_COUNT)) {
      layout.total = fields.size();
      fields.add(DSL.field(DSL.select(DSL.count()).from(table).where(filter)));
    }
    if (set.contains(ConnectionTypes.PAGE_INFO_FIELD + "/" + ConnectionTypes.HAS_PREVIOUS_PAGE)
        && !layout.backward
        && after != null) {
      layout.beyond = fields.size();
      fields.add(exists(table, DSL.and(filter, Keysets.after(reversed, after, true))));
    }
    if (set.contains(ConnectionTypes.PAGE_INFO_FIELD + "/" + ConnectionTypes.HAS_NEXT_PAGE)
        && layout.backward
        && before != null) {
      layout.beyond = fields.size();
      fields.add(exists(table, DSL.and(filter, Keysets.after(keys, before, true))));
    }
    if (set.contains(ConnectionTypes.EDGES)
        || set.contains(ConnectionTypes.NODES)
        || set.contains(ConnectionTypes.PAGE_INFO_FIELD)) {
      layout.page = fields.size();
      fields.add(
          DSL.multiset(
              DSL.select(
                      page(compilation, entity, table, set, keys, layout)
                          .toArray(SelectField<?>[]::new))
                  .from(table)
                  .where(window)
                  .orderBy(Keysets.orderBy(layout.backward ? reversed : keys))
                  .limit(layout.size + 1)));
    }
    if (fields.isEmpty()) {
      fields.add(DSL.val(1)); // only __typename: a statement still needs a column
    }
    return new CompiledField(
        DSL.select(fields.toArray(SelectField<?>[]::new)),
        rows -> decode(rows.get(0), set, layout, compilation.maxRows));
  }

  private static @Nullable Integer size(
      Compilation compilation, Map<String, Object> arguments, String name) {
    Integer size = (Integer) arguments.get(name);
    if (size != null && (size < 0 || size > compilation.maxRows)) {
      throw new RequestException(
          "BAD_USER_INPUT",
          name + " must be between 0 and " + compilation.maxRows + ", not " + size);
    }
    return size;
  }

  private static @Nullable List<@Nullable Object> cursor(
      Map<String, Object> arguments, String name, int signature, List<SortKey> keys) {
    String cursor = (String) arguments.get(name);
    if (cursor == null) {
      return null;
    }
    List<DataType<?>> types = Keysets.types(keys);
    return Cursors.decode(name, cursor, signature, types);
  }

  private static Field<Integer> exists(Table<?> table, Condition condition) {
    return DSL.field(DSL.select(DSL.val(1)).from(table).where(condition).limit(1));
  }

  /** Where each part of the connection is in the select list and the page's rows. */
  private static final class Layout {
    final boolean backward;
    final int size;
    final int signature;
    int total = -1;
    int beyond = -1;
    int page = -1;
    int cursorStart;
    int keyCount;
    final Map<String, Selections.Projection> nodes = new HashMap<>();

    Layout(boolean backward, int size, int signature) {
      this.backward = backward;
      this.size = size;
      this.signature = signature;
    }
  }

  /** The page's select list: each node selection's columns, then the sort keys for cursors. */
  private static List<SelectField<?>> page(
      Compilation compilation,
      Entity entity,
      Table<?> table,
      DataFetchingFieldSelectionSet set,
      List<SortKey> keys,
      Layout layout) {
    List<SelectField<?>> fields = new ArrayList<>();
    for (SelectedField part : unique(set.getImmediateFields())) {
      if (part.getName().equals(ConnectionTypes.NODES)) {
        layout.nodes.put(part.getResultKey(), node(compilation, entity, table, part, fields));
      } else if (part.getName().equals(ConnectionTypes.EDGES)) {
        for (SelectedField inner : unique(part.getSelectionSet().getImmediateFields())) {
          if (inner.getName().equals(ConnectionTypes.NODE)) {
            layout.nodes.put(
                part.getResultKey() + "/" + inner.getResultKey(),
                node(compilation, entity, table, inner, fields));
          }
        }
      }
    }
    layout.cursorStart = fields.size();
    layout.keyCount = keys.size();
    for (SortKey key : keys) {
      fields.add(key.field());
    }
    return fields;
  }

  /** One node selection's columns, appended to {@code fields}, as a projection read from there. */
  private static Selections.Projection node(
      Compilation compilation,
      Entity entity,
      Table<?> table,
      SelectedField selected,
      List<SelectField<?>> fields) {
    Selections.Projection own =
        Selections.project(compilation, entity, table, selected.getSelectionSet());
    int offset = fields.size();
    fields.addAll(own.fields());
    return own.movedInto(fields, offset);
  }

  /** The fields of {@code fields} with distinct result keys, without introspection fields. */
  static List<SelectedField> unique(List<SelectedField> fields) {
    Set<String> keys = new HashSet<>();
    List<SelectedField> unique = new ArrayList<>();
    for (SelectedField field : fields) {
      if (!field.getName().startsWith("__") && keys.add(field.getResultKey())) {
        unique.add(field);
      }
    }
    return unique;
  }

  private static Map<String, @Nullable Object> decode(
      Record row, DataFetchingFieldSelectionSet set, Layout layout, int maxRows) {
    List<Record> rows = new ArrayList<>();
    boolean more = false;
    if (layout.page >= 0) {
      Result<?> page = (Result<?>) Objects.requireNonNull(row.get(layout.page));
      more = page.size() > layout.size;
      rows.addAll(page.subList(0, Math.min(layout.size, page.size())));
      if (layout.backward) {
        Collections.reverse(rows);
      }
    }
    Map<String, @Nullable Object> connection = new LinkedHashMap<>();
    for (SelectedField part : unique(set.getImmediateFields())) {
      String key = part.getResultKey();
      switch (part.getName()) {
        case ConnectionTypes.TOTAL_COUNT ->
            connection.put(
                key, ((Number) Objects.requireNonNull(row.get(layout.total))).intValue());
        case ConnectionTypes.NODES -> {
          Selections.Projection projection = layout.nodes.get(key);
          connection.put(key, rows.stream().map(r -> node(r, projection, maxRows)).toList());
        }
        case ConnectionTypes.EDGES -> connection.put(key, edges(rows, part, layout, maxRows));
        default -> {
          boolean beyond = layout.beyond >= 0 && row.get(layout.beyond) != null;
          connection.put(key, pageInfo(rows, part, layout, more, beyond));
        }
      }
    }
    return connection;
  }

  private static Map<String, @Nullable Object> node(
      Record row, Selections.@Nullable Projection projection, int maxRows) {
    return projection == null ? Map.of() : Selections.decode(row, projection, maxRows);
  }

  private static List<Map<String, @Nullable Object>> edges(
      List<Record> rows, SelectedField edges, Layout layout, int maxRows) {
    List<Map<String, @Nullable Object>> list = new ArrayList<>(rows.size());
    for (Record row : rows) {
      Map<String, @Nullable Object> edge = new HashMap<>();
      for (SelectedField part : unique(edges.getSelectionSet().getImmediateFields())) {
        String key = part.getResultKey();
        if (part.getName().equals(ConnectionTypes.CURSOR)) {
          edge.put(key, cursorOf(row, layout));
        } else {
          edge.put(key, node(row, layout.nodes.get(edges.getResultKey() + "/" + key), maxRows));
        }
      }
      list.add(edge);
    }
    return list;
  }

  private static Map<String, @Nullable Object> pageInfo(
      List<Record> rows, SelectedField pageInfo, Layout layout, boolean more, boolean beyond) {
    Map<String, @Nullable Object> info = new HashMap<>();
    for (SelectedField part : unique(pageInfo.getSelectionSet().getImmediateFields())) {
      String key = part.getResultKey();
      switch (part.getName()) {
        case ConnectionTypes.HAS_NEXT_PAGE -> info.put(key, layout.backward ? beyond : more);
        case ConnectionTypes.HAS_PREVIOUS_PAGE -> info.put(key, layout.backward ? more : beyond);
        case ConnectionTypes.START_CURSOR ->
            info.put(key, rows.isEmpty() ? null : cursorOf(rows.get(0), layout));
        default ->
            info.put(key, rows.isEmpty() ? null : cursorOf(rows.get(rows.size() - 1), layout));
      }
    }
    return info;
  }

  private static String cursorOf(Record row, Layout layout) {
    List<@Nullable Object> values = new ArrayList<>(layout.keyCount);
    for (int i = 0; i < layout.keyCount; i++) {
      values.add(row.get(layout.cursorStart + i));
    }
    return Cursors.encode(layout.signature, values);
  }
}
