package dev.rex.graphql.internal;

import dev.rex.dsl.SqlType;
import dev.rex.graphql.model.ColumnDescription;
import dev.rex.graphql.model.ForeignKeyDescription;
import dev.rex.graphql.model.NamingOverrides;
import dev.rex.graphql.model.SchemaDescription;
import dev.rex.graphql.model.TableDescription;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Derives the GraphQL names of a schema description.
 *
 * <ul>
 *   <li>Types are the PascalCase singular of the table ({@code invoice_line} → {@code
 *       InvoiceLine}); root fields its camelCase plural ({@code invoiceLines}) and singular ({@code
 *       invoiceLine}, by primary key).
 *   <li>Columns are camelCase fields ({@code unit_price} → {@code unitPrice}).
 *   <li>A foreign key gives a to-one field named after its column without the {@code id} suffix
 *       ({@code album.artist_id} → {@code album.artist}), and on the referenced type a to-many
 *       field named after the referencing table ({@code artist.albums}) — to-one when the key's
 *       columns are unique. When two keys join the same pair of tables, or a key has no {@code id}
 *       column, the names say which key: {@code employeeByReportsTo}, {@code employeesByReportsTo}.
 *   <li>A table whose primary key is exactly two foreign keys is a join table: each side gets a
 *       many-to-many field named after the other ({@code playlist.tracks}, {@code
 *       track.playlists}).
 *   <li>A name that is already taken on its type gets {@code By} and its columns; if that is taken
 *       too, derivation fails with a message that asks for an override.
 * </ul>
 */
final class ModelDerivation {

  private static final Set<String> RESERVED =
      Set.of(
          "Query",
          "Mutation",
          "Subscription",
          "String",
          "Int",
          "Float",
          "Boolean",
          "ID",
          "PageInfo",
          "OrderDirection");

  private final SchemaDescription schema;
  private final NamingOverrides overrides;
  private final Map<String, String> typeNames = new LinkedHashMap<>();
  private final Map<String, EnumModel> enums = new LinkedHashMap<>();

  private ModelDerivation(SchemaDescription schema, NamingOverrides overrides) {
    this.schema = schema;
    this.overrides = overrides;
  }

  /** The entities and enums of {@code schema}, named with {@code overrides} applied. */
  static GraphModel derive(SchemaDescription schema, NamingOverrides overrides) {
    return new ModelDerivation(schema, overrides).derive();
  }

  private GraphModel derive() {
    List<TableDescription> visible = visibleTables();
    Set<String> rootFields = new HashSet<>();
    for (TableDescription table : visible) {
      String typeName = overrides.typeNames().getOrDefault(table.name(), typeNameOf(table.name()));
      if (RESERVED.contains(typeName) || typeNames.containsValue(typeName)) {
        throw new IllegalArgumentException(
            "table "
                + table.name()
                + " would be the GraphQL type "
                + typeName
                + ", a name already taken; rename it in the naming overrides");
      }
      typeNames.put(table.name(), typeName);
    }
    List<Entity> entities = new ArrayList<>();
    for (TableDescription table : visible) {
      entities.add(entity(table, visible, rootFields));
    }
    return new GraphModel(List.copyOf(entities), Map.copyOf(enums));
  }

  private List<TableDescription> visibleTables() {
    List<TableDescription> visible = new ArrayList<>();
    for (TableDescription table : schema.tables()) {
      if (!overrides.hiddenTables().contains(table.name())) {
        visible.add(table);
      }
    }
    return visible;
  }

  /** The type name of a visible table (named before any entity is built). */
  private String typeName(String table) {
    String name = typeNames.get(table);
    if (name == null) {
      throw new IllegalStateException("no type name for table " + table);
    }
    return name;
  }

  private static String typeNameOf(String table) {
    return Names.pascal(Names.singular(Names.words(table)));
  }

  private Entity entity(TableDescription table, List<TableDescription> visible, Set<String> roots) {
    String typeName = typeName(table.name());
    List<String> singularWords = Names.words(typeName);
    String single = Names.camel(singularWords);
    String list = Names.camel(Names.plural(singularWords));
    if (list.equals(single)) {
      list = "all" + Names.pascal(Names.plural(singularWords));
    }
    claimRoot(roots, list, table);
    Set<String> taken = new HashSet<>();
    List<Attribute> attributes = new ArrayList<>();
    for (ColumnDescription column : table.columns()) {
      if (overrides.hides(table.name(), column.name())) {
        continue;
      }
      String scalar = scalarOf(column);
      if (scalar == null) {
        continue;
      }
      String key = table.name() + "." + column.name();
      String fieldName = overrides.fieldNames().getOrDefault(key, Names.camel(column.name()));
      claim(taken, fieldName, table, "column " + column.name());
      attributes.add(new Attribute(fieldName, column, scalar));
    }
    List<Relation> relations = new ArrayList<>();
    toOne(table, taken, relations);
    toMany(table, visible, taken, relations);
    manyToMany(table, taken, relations);
    boolean keyed = !table.primaryKey().isEmpty();
    String singleField = keyed ? single : null;
    if (singleField != null) {
      claimRoot(roots, singleField, table);
    }
    return new Entity(
        typeName, table, List.copyOf(attributes), List.copyOf(relations), list, singleField);
  }

  private @Nullable String scalarOf(ColumnDescription column) {
    if (column.type() == SqlType.ENUM) {
      return enumOf(column);
    }
    if (column.type() == SqlType.ARRAY) {
      SqlType element = column.elementType();
      if (element == SqlType.ENUM) {
        return enumOf(column);
      }
      return element == null ? null : Scalars.nameOf(element);
    }
    return Scalars.nameOf(column.type());
  }

  private @Nullable String enumOf(ColumnDescription column) {
    String enumName = column.enumName();
    if (enumName == null || column.enumLabels().isEmpty()) {
      return null;
    }
    String typeName = Names.pascal(enumName);
    if (enums.containsKey(typeName)) {
      return typeName;
    }
    Map<String, String> labels = new LinkedHashMap<>();
    for (String label : column.enumLabels()) {
      String value = enumValueName(label);
      if (labels.putIfAbsent(value, label) != null) {
        throw new IllegalArgumentException(
            "the labels \""
                + labels.get(value)
                + "\" and \""
                + label
                + "\" of enum "
                + enumName
                + " would both be the GraphQL value "
                + value);
      }
    }
    enums.put(typeName, new EnumModel(typeName, labels));
    return typeName;
  }

  /** {@code NC-17} → {@code NC_17}; {@code in progress} → {@code IN_PROGRESS}. */
  private static String enumValueName(String label) {
    List<String> words = Names.words(label);
    String name = String.join("_", words).toUpperCase(Locale.ROOT);
    if (name.isEmpty() || Character.isDigit(name.charAt(0))) {
      name = "_" + name;
    }
    if (name.equals("TRUE") || name.equals("FALSE") || name.equals("NULL")) {
      name = name + "_";
    }
    return name;
  }

  private void toOne(TableDescription table, Set<String> taken, List<Relation> relations) {
    for (ForeignKeyDescription key : table.foreignKeys()) {
      String target = typeNames.get(key.targetTable());
      if (target == null || hidesAny(table.name(), key.columns())) {
        continue;
      }
      boolean shared = keysBetween(table, key.targetTable()) > 1 || selfReference(table, key);
      List<String> stripped = withoutIdSuffix(key.columns());
      String name =
          stripped != null && !shared
              ? Names.camel(stripped)
              : Names.camel(Names.words(target)) + "By" + Names.pascal(columnWords(key.columns()));
      name = free(taken, name, Names.camel(Names.words(target)) + "By" + byColumns(key), table);
      boolean nullable = key.columns().stream().anyMatch(c -> nullable(table, c));
      relations.add(
          new Relation(
              name,
              Relation.Kind.TO_ONE,
              target,
              key.columns(),
              key.targetColumns(),
              null,
              nullable));
    }
  }

  private void toMany(
      TableDescription table,
      List<TableDescription> visible,
      Set<String> taken,
      List<Relation> relations) {
    for (TableDescription child : visible) {
      for (ForeignKeyDescription key : child.foreignKeys()) {
        if (!key.targetTable().equals(table.name()) || hidesAny(child.name(), key.columns())) {
          continue;
        }
        String childType = typeName(child.name());
        boolean unique = isUnique(child, key.columns());
        List<String> childWords = Names.words(childType);
        List<String> baseWords = unique ? childWords : Names.plural(childWords);
        boolean shared = keysBetween(child, table.name()) > 1 || selfReference(child, key);
        List<String> stripped = withoutIdSuffix(key.columns());
        String name =
            shared
                ? Names.camel(baseWords)
                    + "By"
                    + Names.pascal(stripped != null ? stripped : columnWords(key.columns()))
                : Names.camel(baseWords);
        name = free(taken, name, Names.camel(baseWords) + "By" + byColumns(key), table);
        relations.add(
            new Relation(
                name,
                unique ? Relation.Kind.TO_ONE : Relation.Kind.TO_MANY,
                childType,
                key.targetColumns(),
                key.columns(),
                null,
                true));
      }
    }
  }

  private void manyToMany(TableDescription table, Set<String> taken, List<Relation> relations) {
    for (TableDescription join : schema.tables()) {
      if (join.foreignKeys().size() != 2 || !isJoinTable(join)) {
        continue;
      }
      for (int side = 0; side < 2; side++) {
        ForeignKeyDescription mine = join.foreignKeys().get(side);
        ForeignKeyDescription other = join.foreignKeys().get(1 - side);
        String target = typeNames.get(other.targetTable());
        if (!mine.targetTable().equals(table.name()) || target == null) {
          continue;
        }
        List<String> plural = Names.plural(Names.words(target));
        String name =
            free(
                taken,
                Names.camel(plural),
                Names.camel(plural) + "By" + Names.pascal(join.name()),
                table);
        relations.add(
            new Relation(
                name,
                Relation.Kind.MANY_TO_MANY,
                target,
                mine.targetColumns(),
                other.targetColumns(),
                new Relation.Through(join.name(), mine.columns(), other.columns()),
                true));
      }
    }
  }

  /** A join table: its primary key is exactly the columns of its two foreign keys. */
  private static boolean isJoinTable(TableDescription join) {
    Set<String> keyColumns = new HashSet<>();
    for (ForeignKeyDescription key : join.foreignKeys()) {
      keyColumns.addAll(key.columns());
    }
    return !join.primaryKey().isEmpty()
        && keyColumns.equals(new HashSet<>(join.primaryKey()))
        && join.foreignKeys().get(0).columns().size() + join.foreignKeys().get(1).columns().size()
            == join.primaryKey().size();
  }

  private static boolean isUnique(TableDescription table, List<String> columns) {
    Set<String> wanted = new HashSet<>(columns);
    if (new HashSet<>(table.primaryKey()).equals(wanted)) {
      return true;
    }
    return table.uniqueKeys().stream().anyMatch(key -> new HashSet<>(key).equals(wanted));
  }

  private static long keysBetween(TableDescription child, String parent) {
    return child.foreignKeys().stream().filter(k -> k.targetTable().equals(parent)).count();
  }

  private static boolean selfReference(TableDescription table, ForeignKeyDescription key) {
    return key.targetTable().equals(table.name());
  }

  private boolean hidesAny(String table, List<String> columns) {
    return columns.stream().anyMatch(column -> overrides.hides(table, column));
  }

  private static boolean nullable(TableDescription table, String column) {
    ColumnDescription described = table.column(column);
    return described == null || described.nullable();
  }

  /** The words of a one-column key's column without its trailing {@code id}, else null. */
  private static @Nullable List<String> withoutIdSuffix(List<String> columns) {
    if (columns.size() != 1) {
      return null;
    }
    List<String> words = Names.words(columns.get(0));
    if (words.size() < 2 || !words.get(words.size() - 1).equals("id")) {
      return null;
    }
    return words.subList(0, words.size() - 1);
  }

  private static List<String> columnWords(List<String> columns) {
    List<String> words = new ArrayList<>();
    for (String column : columns) {
      words.addAll(Names.words(column));
    }
    return words;
  }

  private static String byColumns(ForeignKeyDescription key) {
    StringBuilder out = new StringBuilder();
    for (String column : key.columns()) {
      if (out.length() > 0) {
        out.append("And");
      }
      out.append(Names.pascal(column));
    }
    return out.toString();
  }

  private static String free(Set<String> taken, String name, String fallback, TableDescription t) {
    if (taken.add(name)) {
      return name;
    }
    if (taken.add(fallback)) {
      return fallback;
    }
    throw new IllegalArgumentException(
        "the GraphQL field "
            + fallback
            + " of table "
            + t.name()
            + " is taken twice; rename a column or hide one in the naming overrides");
  }

  private static void claim(Set<String> taken, String name, TableDescription table, String what) {
    if (!taken.add(name)) {
      throw new IllegalArgumentException(
          what
              + " of table "
              + table.name()
              + " would be the GraphQL field "
              + name
              + ", which another column already has; rename one in the naming overrides");
    }
  }

  private static void claimRoot(Set<String> roots, String name, TableDescription table) {
    if (!roots.add(name)) {
      throw new IllegalArgumentException(
          "table "
              + table.name()
              + " would have the root field "
              + name
              + ", which another table already has; rename its type in the naming overrides");
    }
  }
}
