package dev.rex.graphql.internal;

import dev.rex.Database;
import dev.rex.dsl.Condition;
import dev.rex.dsl.DSL;
import dev.rex.dsl.Field;
import dev.rex.dsl.Record;
import dev.rex.dsl.Result;
import dev.rex.dsl.Table;
import dev.rex.dsl.TableRecord;
import dev.rex.graphql.Catalog;
import dev.rex.graphql.RowPolicy;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Turns a mutation's arguments into {@link WriteNode}s without writing anything: new records for
 * inputs ({@code db.newRecord}), existing records (read by key or filter) for patches, with the
 * GraphQL values converted to the columns' Java types. Reads happen here — the rows to update, the
 * children a nested update or delete names (which must belong to the row being patched), the
 * referenced columns of a {@code connect} that are not its key — so that validation can see every
 * record before the first write.
 */
final class WritePlanner {

  private final GraphModel model;
  private final Catalog catalog;
  private final Database tx;
  private final int maxRows;
  private final RequestScope scope;

  /** A planner whose reads run on {@code scope}'s database, the field's transaction. */
  WritePlanner(GraphModel model, Catalog catalog, RequestScope scope, int maxRows) {
    this.model = model;
    this.catalog = catalog;
    this.tx = scope.database();
    this.maxRows = maxRows;
    this.scope = scope;
  }

  /**
   * The rows of {@code table} the principal may reach under its row policy: a row it cannot see can
   * be neither updated, deleted nor connected to, whatever key the request names.
   */
  private Condition visible(Table<?> table) {
    RowPolicy policy = scope.access().policy(table.getName());
    return policy == null ? DSL.noCondition() : policy.rows(scope.principal());
  }

  /** A new row from {@code input}, with the parents and children it creates or connects. */
  WriteNode insert(Entity entity, Map<?, ?> input, List<Object> path) {
    WriteNode node = newNode(entity, WriteNode.Action.INSERT, path);
    applyInput(node, input, Set.of(), null);
    return node;
  }

  /** A new row from {@code input} that updates the row with the same {@code onConflict} key. */
  WriteNode upsert(Entity entity, Map<?, ?> input, String onConflict, List<Object> path) {
    List<String> columns = Writability.uniqueKeys(entity).get(onConflict);
    if (columns == null) {
      throw new RequestException("BAD_USER_INPUT", entity.typeName() + " has no key " + onConflict);
    }
    WriteNode node = newNode(entity, WriteNode.Action.UPSERT, path);
    applyInput(node, input, Set.of(), null);
    for (String column : columns) {
      if (!node.record.changed(Tables.column(node.table, column))
          && !node.filledWhileWriting.contains(column)) {
        Attribute attribute = entity.attributeOfColumn(column);
        throw new RequestException(
            "BAD_USER_INPUT",
            MutationNames.upsert(entity)
                + " on "
                + onConflict
                + " needs "
                + (attribute == null ? column : attribute.fieldName())
                + " in its input: without the key there is no row to find");
      }
    }
    node.conflictColumns = columns;
    return node;
  }

  /** The row with the key in {@code arguments} changed by {@code patch}, or null without one. */
  @Nullable WriteNode updateByKey(
      Entity entity, Map<String, ?> arguments, Map<?, ?> patch, List<Object> path) {
    Table<?> table = table(entity);
    Record row =
        tx.fetchOne(table, DSL.and(keyCondition(entity, table, arguments), visible(table)));
    if (row == null) {
      return null;
    }
    WriteNode node =
        new WriteNode(entity, table, (TableRecord<?>) row, WriteNode.Action.UPDATE, path);
    applyPatch(node, patch);
    return node;
  }

  /** Every row that matches {@code where}, each changed by {@code patch}. */
  List<WriteNode> updateByFilter(
      Entity entity, @Nullable Object where, Map<?, ?> patch, List<Object> path) {
    Table<?> table = table(entity);
    Compilation compilation = new Compilation(model, new Tables(catalog, scope), maxRows);
    Result<? extends Record> rows =
        tx.selectFrom(table)
            .where(Filters.where(compilation, entity, table, where), visible(table))
            .limit(maxRows + 1)
            .fetch();
    if (rows.size() > maxRows) {
      throw new RequestException(
          "TOO_MANY_ROWS",
          "more than "
              + maxRows
              + " "
              + entity.typeName()
              + " rows match, the most one mutation may change; narrow the filter");
    }
    List<WriteNode> nodes = new ArrayList<>();
    for (Record row : rows) {
      WriteNode node =
          new WriteNode(entity, table, (TableRecord<?>) row, WriteNode.Action.UPDATE, path);
      applyPatch(node, patch);
      nodes.add(node);
    }
    return nodes;
  }

  private void applyInput(
      WriteNode node, Map<?, ?> input, Set<String> fromParent, @Nullable String parentType) {
    Entity entity = node.entity;
    for (Relation relation : Writability.parents(model, entity)) {
      if (input.get(relation.fieldName()) != null) {
        refuseColumnsBesides(node, relation, input);
      }
    }
    for (Map.Entry<?, ?> entry : input.entrySet()) {
      String name = (String) entry.getKey();
      Object value = entry.getValue();
      List<Object> path = WriteNode.at(node.path, name);
      Attribute attribute = entity.attribute(name);
      if (attribute != null) {
        refuseParentColumns(path, List.of(attribute.column().name()), fromParent, parentType);
        set(node, attribute.column().name(), value);
        continue;
      }
      Relation relation = entity.relation(name);
      if (relation == null || value == null) {
        continue;
      }
      if (relation.many()) {
        List<?> children = (List<?>) value;
        for (int i = 0; i < children.size(); i++) {
          createChild(node, relation, (Map<?, ?>) children.get(i), WriteNode.at(path, i));
        }
      } else {
        refuseParentColumns(path, relation.sourceColumns(), fromParent, parentType);
        relate(node, relation, (Map<?, ?>) value, path);
      }
    }
  }

  /** A foreign key is given once: as its columns or as its relation, not both. */
  private static void refuseColumnsBesides(WriteNode node, Relation relation, Map<?, ?> input) {
    for (String column : relation.sourceColumns()) {
      Attribute attribute = node.entity.attributeOfColumn(column);
      if (attribute != null && input.containsKey(attribute.fieldName())) {
        throw new RequestException(
            "BAD_USER_INPUT",
            where(node.path)
                + "give "
                + attribute.fieldName()
                + " or "
                + relation.fieldName()
                + ", not both");
      }
    }
  }

  private void applyPatch(WriteNode node, Map<?, ?> patch) {
    Entity entity = node.entity;
    for (Map.Entry<?, ?> entry : patch.entrySet()) {
      String name = (String) entry.getKey();
      Object value = entry.getValue();
      List<Object> path = WriteNode.at(node.path, name);
      Attribute attribute = entity.attribute(name);
      if (attribute != null) {
        set(node, attribute.column().name(), value);
        continue;
      }
      Relation relation = entity.relation(name);
      if (relation == null || value == null) {
        continue;
      }
      if (relation.many()) {
        patchChildren(node, relation, (Map<?, ?>) value, path);
      } else {
        relate(node, relation, (Map<?, ?>) value, path);
      }
    }
  }

  private static void refuseParentColumns(
      List<Object> path, List<String> columns, Set<String> fromParent, @Nullable String parent) {
    for (String column : columns) {
      if (fromParent.contains(column)) {
        throw new RequestException(
            "BAD_USER_INPUT",
            where(path)
                + "leave this out: a row created inside a "
                + parent
                + " refers to that "
                + parent);
      }
    }
  }

  /** A new child of {@code parent} whose foreign key is filled in once the parent is written. */
  private void createChild(
      WriteNode parent, Relation relation, Map<?, ?> input, List<Object> path) {
    Entity target = entity(relation.target());
    WriteNode child = newNode(target, WriteNode.Action.INSERT, path);
    child.filledWhileWriting.addAll(relation.targetColumns());
    if (parent.action == WriteNode.Action.UPDATE) {
      // The parent exists: its values are known now, so validators see the child's foreign key.
      for (int i = 0; i < relation.sourceColumns().size(); i++) {
        Object value =
            parent.record.get(Tables.column(parent.table, relation.sourceColumns().get(i)));
        setColumn(child, relation.targetColumns().get(i), value);
      }
    }
    parent.children.add(
        new WriteNode.Edge(child, relation.sourceColumns(), relation.targetColumns()));
    applyInput(child, input, new HashSet<>(relation.targetColumns()), parent.entity.typeName());
  }

  /** {@code connect} copies the referenced columns now; {@code create} plans a parent row. */
  private void relate(WriteNode node, Relation relation, Map<?, ?> value, List<Object> path) {
    Object connect = value.get(MutationNames.CONNECT);
    Object create = value.get(MutationNames.CREATE);
    if ((connect == null) == (create == null)) {
      throw new RequestException(
          "BAD_USER_INPUT", where(path) + "give exactly one of connect and create");
    }
    Entity target = entity(relation.target());
    if (create != null) {
      WriteNode parent =
          newNode(target, WriteNode.Action.INSERT, WriteNode.at(path, MutationNames.CREATE));
      applyInput(parent, (Map<?, ?>) create, Set.of(), null);
      node.parents.add(
          new WriteNode.Edge(parent, relation.targetColumns(), relation.sourceColumns()));
      node.filledWhileWriting.addAll(relation.sourceColumns());
      return;
    }
    Map<?, ?> key = (Map<?, ?>) Objects.requireNonNull(connect);
    List<String> targetColumns = relation.targetColumns();
    if (target.table().primaryKey().containsAll(targetColumns)) {
      for (int i = 0; i < targetColumns.size(); i++) {
        Attribute attribute = target.attributeOfColumn(targetColumns.get(i));
        set(
            node,
            relation.sourceColumns().get(i),
            attribute == null ? null : key.get(attribute.fieldName()));
      }
      return;
    }
    Table<?> table = table(target);
    Record row = tx.fetchOne(table, DSL.and(keyCondition(target, table, key), visible(table)));
    if (row == null) {
      throw new RequestException(
          "NOT_FOUND", where(path) + "there is no " + target.typeName() + " with the key " + key);
    }
    for (int i = 0; i < targetColumns.size(); i++) {
      Field<?> referenced = Tables.column(table, targetColumns.get(i));
      setColumn(node, relation.sourceColumns().get(i), row.get(referenced));
    }
  }

  /** Deletes, updates and creates children of the existing row of {@code parent}. */
  private void patchChildren(
      WriteNode parent, Relation relation, Map<?, ?> changes, List<Object> path) {
    Entity target = entity(relation.target());
    Table<?> table = table(target);
    List<Condition> belongs = new ArrayList<>();
    for (int i = 0; i < relation.targetColumns().size(); i++) {
      @SuppressWarnings("unchecked")
      Field<Object> child = (Field<Object>) Tables.column(table, relation.targetColumns().get(i));
      Object value =
          parent.record.get(Tables.column(parent.table, relation.sourceColumns().get(i)));
      belongs.add(value == null ? DSL.falseCondition() : child.eq(value));
    }
    Condition ofParent = DSL.and(DSL.and(belongs), visible(table));
    List<?> deletes = list(changes.get(MutationNames.DELETE));
    for (int i = 0; i < deletes.size(); i++) {
      Condition key = keyCondition(target, table, (Map<?, ?>) deletes.get(i));
      parent.deletions.add(
          new WriteNode.Deletion(
              table, DSL.and(key, ofParent), WriteNode.at(path, MutationNames.DELETE, i)));
    }
    List<?> updates = list(changes.get(MutationNames.UPDATE));
    for (int i = 0; i < updates.size(); i++) {
      Map<?, ?> update = (Map<?, ?>) updates.get(i);
      Map<?, ?> key = (Map<?, ?>) Objects.requireNonNull(update.get(MutationNames.KEY));
      List<Object> at = WriteNode.at(path, MutationNames.UPDATE, i);
      Record row = tx.fetchOne(table, DSL.and(keyCondition(target, table, key), ofParent));
      if (row == null) {
        throw new RequestException(
            "NOT_FOUND",
            where(at)
                + "no "
                + target.typeName()
                + " with the key "
                + key
                + " refers to this "
                + parent.entity.typeName());
      }
      WriteNode child =
          new WriteNode(
              target,
              table,
              (TableRecord<?>) row,
              WriteNode.Action.UPDATE,
              WriteNode.at(at, MutationNames.PATCH));
      applyPatch(child, (Map<?, ?>) Objects.requireNonNull(update.get(MutationNames.PATCH)));
      parent.children.add(new WriteNode.Edge(child, List.of(), List.of()));
    }
    List<?> creates = list(changes.get(MutationNames.CREATE));
    for (int i = 0; i < creates.size(); i++) {
      createChild(
          parent,
          relation,
          (Map<?, ?>) creates.get(i),
          WriteNode.at(path, MutationNames.CREATE, i));
    }
  }

  private WriteNode newNode(Entity entity, WriteNode.Action action, List<Object> path) {
    Table<?> table = table(entity);
    return new WriteNode(entity, table, (TableRecord<?>) tx.newRecord(table), action, path);
  }

  private void set(WriteNode node, String column, @Nullable Object graphQLValue) {
    Field<?> field = Tables.column(node.table, column);
    setColumn(node, column, Values.toColumn(field, graphQLValue));
  }

  @SuppressWarnings("unchecked")
  private static void setColumn(WriteNode node, String column, @Nullable Object value) {
    Field<Object> field = (Field<Object>) Tables.column(node.table, column);
    node.record.set(field, value);
  }

  /** The primary key of {@code entity} equal to the values in {@code key}, by field name. */
  @SuppressWarnings("unchecked")
  static Condition keyCondition(Entity entity, Table<?> table, Map<?, ?> key) {
    List<Condition> parts = new ArrayList<>();
    for (Attribute attribute : entity.keyAttributes()) {
      Field<Object> field = (Field<Object>) Tables.column(table, attribute.column().name());
      parts.add(
          field.eq(Values.required(field, key.get(attribute.fieldName()), attribute.fieldName())));
    }
    return DSL.and(parts);
  }

  private Entity entity(String typeName) {
    Entity entity = model.entity(typeName);
    if (entity == null) {
      throw new IllegalStateException("no entity " + typeName);
    }
    return entity;
  }

  private Table<?> table(Entity entity) {
    Table<?> table = catalog.table(entity.table().name());
    if (table == null) {
      throw new IllegalStateException("the catalog has no table " + entity.table().name());
    }
    return table;
  }

  private static List<?> list(@Nullable Object value) {
    return value instanceof List<?> list ? list : List.of();
  }

  /** {@code input.tracks[0].name: }, the place in the arguments a message is about. */
  static String where(List<Object> path) {
    StringBuilder out = new StringBuilder();
    for (Object step : path) {
      if (step instanceof Integer index) {
        out.append('[').append(index).append(']');
      } else {
        out.append(out.length() == 0 ? "" : ".").append(step);
      }
    }
    return out.length() == 0 ? "" : out + ": ";
  }
}
