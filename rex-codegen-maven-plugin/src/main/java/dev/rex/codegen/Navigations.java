package dev.rex.codegen;

import dev.rex.codegen.CodePlan.ForeignKeyPlan;
import dev.rex.codegen.CodePlan.KeyPlan;
import dev.rex.codegen.CodePlan.TablePlan;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Names the relationships the foreign keys give, for navigation in generated code:
 *
 * <ul>
 *   <li>to the parent (many-to-one, or one-to-one when the key is also unique): {@code
 *       TRACK.album()} for implicit joins and {@code track.fetchAlbum()}, named after the key
 *       column without its {@code id} word ({@code support_rep_id} → {@code supportRep}, {@code
 *       reports_to} → {@code reportsTo}), or after the referenced table for a key of several
 *       columns;
 *   <li>to the child of a one-to-one key (the key is also unique): {@code account.fetchProfile()},
 *       which returns one record or null;
 *   <li>to the children (one-to-many): {@code album.fetchTracks()}, or {@code
 *       employee.fetchEmployeesByReportsTo()} when the child has several keys to the parent or
 *       references itself;
 *   <li>through a join table whose primary key is exactly two foreign keys (many-to-many): {@code
 *       playlist.fetchTracks()} through {@code playlist_track}.
 * </ul>
 */
final class Navigations {

  /** Names {@code AbstractTable} and {@code AbstractTableRecord} already use. */
  private static final Set<String> TAKEN =
      Set.of(
          "as",
          "field",
          "fields",
          "getName",
          "getSchema",
          "getAlias",
          "recordType",
          "newRecord",
          "getPrimaryKey",
          "getUniqueKeys",
          "getReferences",
          "isWritable",
          "accept",
          "equals",
          "hashCode",
          "toString",
          "getClass",
          "notify",
          "wait",
          "table",
          "get",
          "set",
          "size",
          "insert",
          "update",
          "store",
          "delete",
          "refresh",
          "attach",
          "changed",
          "intoMap",
          "intoArray",
          "validate");

  /** A step from a child table to the parent one of its keys references. */
  record Parent(String method, ForeignKeyPlan key, TablePlan parent) {
    String fetchMethod() {
      return "fetch" + Character.toUpperCase(method.charAt(0)) + method.substring(1);
    }
  }

  /**
   * The children of a parent along one key; {@code one} when the key is also a unique key of the
   * child, so there is at most one child (one-to-one).
   */
  record Children(String method, ForeignKeyPlan key, TablePlan child, boolean one) {}

  /** The rows of another table reached through a join table. */
  record Through(String method, ForeignKeyPlan toThis, ForeignKeyPlan toOther, TablePlan other) {}

  private Navigations() {}

  static List<Parent> parents(CodePlan plan, TablePlan table) {
    List<Parent> parents = new ArrayList<>();
    Set<String> used = new HashSet<>();
    for (ForeignKeyPlan key : plan.references(table)) {
      String base = stepName(key);
      parents.add(new Parent(unique(base, used), key, key.key().table()));
    }
    return parents;
  }

  static List<Children> children(CodePlan plan, TablePlan parent) {
    List<Children> children = new ArrayList<>();
    Set<String> used = new HashSet<>();
    for (ForeignKeyPlan key : plan.foreignKeys()) {
      if (key.key().table() != parent) {
        continue;
      }
      TablePlan child = key.table();
      long keysToParent =
          plan.references(child).stream().filter(k -> k.key().table() == parent).count();
      boolean one = unique(plan, child, key);
      String name = "fetch" + (one ? child.className() : plural(child.className()));
      if (keysToParent > 1 || child == parent) {
        String step = stepName(key);
        name += "By" + Character.toUpperCase(step.charAt(0)) + step.substring(1);
      }
      children.add(new Children(unique(name, used), key, child, one));
    }
    return children;
  }

  static List<Through> through(CodePlan plan, TablePlan table) {
    List<Through> through = new ArrayList<>();
    Set<String> used = new HashSet<>();
    children(plan, table).forEach(c -> used.add(c.method()));
    for (TablePlan join : plan.tables()) {
      List<ForeignKeyPlan> keys = plan.references(join);
      KeyPlan primary = plan.primaryKey(join);
      if (keys.size() != 2 || primary == null || !coversExactly(primary, keys)) {
        continue;
      }
      for (int i = 0; i < 2; i++) {
        ForeignKeyPlan toThis = keys.get(i);
        ForeignKeyPlan toOther = keys.get(1 - i);
        if (toThis.key().table() == table && toOther.key().table() != table) {
          String name = unique("fetch" + plural(toOther.key().table().className()), used);
          through.add(new Through(name, toThis, toOther, toOther.key().table()));
        }
      }
    }
    return through;
  }

  /** Whether the key's columns are exactly a primary or unique key of the child. */
  private static boolean unique(CodePlan plan, TablePlan child, ForeignKeyPlan key) {
    Set<String> columns = new HashSet<>(key.columns());
    return plan.uniqueKeys(child).stream()
        .anyMatch(unique -> new HashSet<>(unique.columns()).equals(columns));
  }

  private static boolean coversExactly(KeyPlan primary, List<ForeignKeyPlan> keys) {
    Set<String> keyColumns = new HashSet<>();
    keys.forEach(key -> keyColumns.addAll(key.columns()));
    return keyColumns.equals(new HashSet<>(primary.columns()))
        && keys.get(0).columns().size() + keys.get(1).columns().size() == keyColumns.size();
  }

  /** The camel-case step name of a key: its column without the {@code id} word, or the table. */
  private static String stepName(ForeignKeyPlan key) {
    if (key.columns().size() == 1) {
      String column = columnName(key.table(), key.columns().get(0));
      List<String> words = new ArrayList<>(IdentifierWords.split(column));
      if (words.size() > 1 && words.get(words.size() - 1).equalsIgnoreCase("id")) {
        words.remove(words.size() - 1);
      }
      return camel(words);
    }
    return camel(IdentifierWords.split(key.key().table().model().name()));
  }

  private static String columnName(TablePlan table, String constant) {
    return table.columns().stream()
        .filter(column -> column.constant().equals(constant))
        .findFirst()
        .map(column -> column.model().name())
        .orElse(constant);
  }

  private static String camel(List<String> words) {
    StringBuilder out = new StringBuilder(words.get(0).toLowerCase(Locale.ROOT));
    for (int i = 1; i < words.size(); i++) {
      out.append(pascal(words.get(i)));
    }
    String name = NameScope.legal(out.toString());
    return TAKEN.contains(name) ? name + "_" : name;
  }

  private static String pascal(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }

  static String plural(String noun) {
    if (noun.matches(".*[^aeiouAEIOU]y")) {
      return noun.substring(0, noun.length() - 1) + "ies";
    }
    if (noun.matches(".*(s|x|z|ch|sh)")) {
      return noun + "es";
    }
    return noun + "s";
  }

  private static String unique(String name, Set<String> used) {
    String candidate = name;
    for (int n = 2; !used.add(candidate); n++) {
      candidate = name + n;
    }
    return candidate;
  }
}
