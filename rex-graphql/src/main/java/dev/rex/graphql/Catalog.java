package dev.rex.graphql;

import dev.rex.dsl.DataType;
import dev.rex.dsl.EnumType;
import dev.rex.dsl.Field;
import dev.rex.dsl.ForeignKey;
import dev.rex.dsl.SqlType;
import dev.rex.dsl.Table;
import dev.rex.dsl.UniqueKey;
import dev.rex.graphql.model.ColumnDescription;
import dev.rex.graphql.model.ForeignKeyDescription;
import dev.rex.graphql.model.NamingOverrides;
import dev.rex.graphql.model.SchemaDescription;
import dev.rex.graphql.model.TableDescription;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The tables a GraphQL schema is derived from, with the naming overrides of the code generator's
 * configuration. The code generator writes one per schema ({@code GraphQLCatalog.catalog()}); it
 * lists the generated table constants, so nothing is scanned or read reflectively at run time.
 */
public final class Catalog {

  private final Map<String, Table<?>> tables;
  private final NamingOverrides overrides;

  private Catalog(Map<String, Table<?>> tables, NamingOverrides overrides) {
    this.tables = tables;
    this.overrides = overrides;
  }

  /** A catalog of {@code tables} with every name derived. */
  public static Catalog of(Table<?>... tables) {
    return of(List.of(tables), NamingOverrides.none());
  }

  /**
   * A catalog of {@code tables} named with {@code overrides}.
   *
   * @throws IllegalArgumentException if two tables have the same name, or a table is an alias
   */
  public static Catalog of(List<? extends Table<?>> tables, NamingOverrides overrides) {
    Map<String, Table<?>> byName = new LinkedHashMap<>();
    for (Table<?> table : tables) {
      if (table.getAlias() != null) {
        throw new IllegalArgumentException(
            "the catalog lists tables, not aliases: " + table.getAlias());
      }
      if (byName.putIfAbsent(table.getName(), table) != null) {
        throw new IllegalArgumentException("the catalog lists " + table.getName() + " twice");
      }
    }
    return new Catalog(byName, overrides);
  }

  /** The tables, in the order given. */
  public List<Table<?>> tables() {
    return List.copyOf(tables.values());
  }

  /** The naming overrides. */
  public NamingOverrides overrides() {
    return overrides;
  }

  /** This catalog with {@code newOverrides} instead of its own. */
  public Catalog withOverrides(NamingOverrides newOverrides) {
    return new Catalog(tables, newOverrides);
  }

  /** The table named {@code name}, or null. */
  public @Nullable Table<?> table(String name) {
    return tables.get(name);
  }

  /** The tables described as the GraphQL derivation reads them. */
  public SchemaDescription describe() {
    List<TableDescription> described = new ArrayList<>();
    for (Table<?> table : tables.values()) {
      described.add(describe(table));
    }
    return new SchemaDescription(described);
  }

  private static TableDescription describe(Table<?> table) {
    List<ColumnDescription> columns = new ArrayList<>();
    for (Field<?> field : table.fields()) {
      columns.add(column(field));
    }
    UniqueKey<?> primary = table.getPrimaryKey();
    List<String> primaryKey = primary == null ? List.of() : names(primary.fields());
    List<List<String>> uniqueKeys = new ArrayList<>();
    for (UniqueKey<?> key : table.getUniqueKeys()) {
      if (!key.primary()) {
        uniqueKeys.add(names(key.fields()));
      }
    }
    List<ForeignKeyDescription> foreignKeys = new ArrayList<>();
    for (ForeignKey<?, ?> key : table.getReferences()) {
      foreignKeys.add(
          new ForeignKeyDescription(
              key.name(),
              names(key.fields()),
              key.key().table().getName(),
              names(key.key().fields())));
    }
    return new TableDescription(
        table.getName(), table.isWritable(), columns, primaryKey, uniqueKeys, foreignKeys);
  }

  private static ColumnDescription column(Field<?> field) {
    DataType<?> type = field.getDataType();
    DataType<?> element = type.getElementType();
    DataType<?> enumType = type.getSqlType() == SqlType.ARRAY ? element : type;
    List<String> labels = new ArrayList<>();
    String enumName = null;
    if (enumType != null && enumType.getSqlType() == SqlType.ENUM) {
      enumName = enumType.getTypeName();
      for (Object value : enumType.getEnumValues()) {
        labels.add(value instanceof EnumType literal ? literal.getLiteral() : value.toString());
      }
    }
    return new ColumnDescription(
        field.getName(),
        type.getSqlType(),
        element == null ? null : element.getSqlType(),
        type.isNullable(),
        type.isIdentity() || type.isDefaulted(),
        enumName,
        labels);
  }

  private static List<String> names(List<? extends Field<?>> fields) {
    return fields.stream().map(Field::getName).toList();
  }
}
