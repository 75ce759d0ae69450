package dev.rex.graphql.internal;

import dev.rex.graphql.model.ForeignKeyDescription;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which entities and relations mutations reach. An entity is mutable when it is a table (views are
 * read-only) with a primary key whose columns are all visible: a written row is read back by that
 * key, so keyless tables get no mutations. Its parents are the to-one relations of its own foreign
 * keys to mutable entities (a new row may connect to one or create one); its children are the
 * to-many relations of mutable entities' foreign keys to it (created, updated and deleted together
 * with it). Many-to-many relations are written through their join table's own mutations.
 */
final class Writability {

  private Writability() {}

  static boolean mutable(Entity entity) {
    return entity.writable() && !entity.keyAttributes().isEmpty();
  }

  /** The to-one relations through {@code entity}'s own foreign keys to mutable entities. */
  static List<Relation> parents(GraphModel model, Entity entity) {
    List<Relation> parents = new ArrayList<>();
    for (Relation relation : entity.relations()) {
      if (relation.kind() != Relation.Kind.TO_ONE) {
        continue;
      }
      Entity target = model.entity(relation.target());
      if (target != null && mutable(target) && ownsKey(entity, relation, target)) {
        parents.add(relation);
      }
    }
    return parents;
  }

  /** The to-many relations to mutable entities whose foreign keys reference {@code entity}. */
  static List<Relation> children(GraphModel model, Entity entity) {
    List<Relation> children = new ArrayList<>();
    for (Relation relation : entity.relations()) {
      Entity target = model.entity(relation.target());
      if (relation.kind() == Relation.Kind.TO_MANY && target != null && mutable(target)) {
        children.add(relation);
      }
    }
    return children;
  }

  /** The columns of {@code entity} that a parent relation can set instead of the caller. */
  static Set<String> parentColumns(GraphModel model, Entity entity) {
    Set<String> columns = new LinkedHashSet<>();
    for (Relation relation : parents(model, entity)) {
      columns.addAll(relation.sourceColumns());
    }
    return columns;
  }

  /**
   * The keys an upsert may find an existing row by, by {@code AlbumUniqueKey} value: {@code
   * PRIMARY_KEY}, then each unique key whose columns are all visible, named after its columns
   * ({@code EMAIL}, {@code FIRST_NAME_LAST_NAME}).
   */
  static Map<String, List<String>> uniqueKeys(Entity entity) {
    Map<String, List<String>> keys = new LinkedHashMap<>();
    keys.put(MutationNames.PRIMARY_KEY, entity.table().primaryKey());
    for (List<String> key : entity.table().uniqueKeys()) {
      if (key.stream().allMatch(c -> entity.attributeOfColumn(c) != null)) {
        List<String> words = new ArrayList<>();
        for (String column : key) {
          words.addAll(Names.words(column));
        }
        keys.putIfAbsent(String.join("_", words).toUpperCase(Locale.ROOT), key);
      }
    }
    return keys;
  }

  private static boolean ownsKey(Entity entity, Relation relation, Entity target) {
    for (ForeignKeyDescription key : entity.table().foreignKeys()) {
      if (key.columns().equals(relation.sourceColumns())
          && key.targetTable().equals(target.table().name())
          && key.targetColumns().equals(relation.targetColumns())) {
        return true;
      }
    }
    return false;
  }
}
