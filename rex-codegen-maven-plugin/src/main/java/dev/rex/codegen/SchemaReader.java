package dev.rex.codegen;

import dev.rex.codegen.SchemaModel.ColumnModel;
import dev.rex.codegen.SchemaModel.ColumnType;
import dev.rex.codegen.SchemaModel.EnumModel;
import dev.rex.codegen.SchemaModel.KeyModel;
import dev.rex.codegen.SchemaModel.TableModel;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jooq.Log;
import org.jooq.meta.AbstractDatabase;
import org.jooq.meta.ColumnDefinition;
import org.jooq.meta.DataTypeDefinition;
import org.jooq.meta.EnumDefinition;
import org.jooq.meta.SchemaDefinition;
import org.jooq.meta.TableDefinition;
import org.jooq.meta.UniqueKeyDefinition;
import org.jooq.meta.jaxb.SchemaMappingType;
import org.jooq.tools.JooqLogger;
import org.jspecify.annotations.Nullable;

/**
 * Reads tables, columns, keys, check constraints and enums with jooq-meta and turns them into a
 * {@link SchemaModel}.
 *
 * <p>Types are taken as the database declared them ({@code getDefinedType()}), not as jOOQ would
 * map them to Java: Rex does its own mapping in {@link TypeMapper}. jooq-meta reports arrays as
 * {@code "int4 ARRAY"} and enums as {@code USER-DEFINED} with the enum as user type; both are
 * decoded here. Where a database's reader needs correcting, the {@link TargetDialect} says how.
 */
final class SchemaReader {

  private static final Pattern ARRAY_SUFFIX =
      Pattern.compile("\\s+ARRAY$", Pattern.CASE_INSENSITIVE);

  private final TargetDialect dialect;
  private final AbstractDatabase database;
  private final TableFilter filter;

  private final Set<String> partitions;
  private final @Nullable String connected;

  private SchemaReader(
      TargetDialect dialect,
      AbstractDatabase database,
      TableFilter filter,
      Set<String> partitions,
      @Nullable String connected) {
    this.dialect = dialect;
    this.database = database;
    this.filter = filter;
    this.partitions = partitions;
    this.connected = connected;
  }

  /**
   * Reads the {@code schemas} of the database behind {@code connection}. Table-valued functions,
   * which jooq-meta reports as tables, are never read; partitions of partitioned tables only when
   * {@code includePartitions}.
   */
  static SchemaModel read(
      Connection connection,
      TargetDialect dialect,
      List<String> schemas,
      TableFilter filter,
      boolean includePartitions)
      throws SQLException {
    // jOOQ prints a banner, tips and per-step statistics; a build log needs only its warnings.
    System.setProperty("org.jooq.no-logo", "true");
    System.setProperty("org.jooq.no-tips", "true");
    JooqLogger.globalThreshold(Log.Level.WARN);
    AbstractDatabase database = dialect.newMetaDatabase();
    database.setConnection(connection);
    String connected = dialect.connectedSchema(connection);
    if (dialect.readsNamedSchemas()) {
      database.setConfiguredSchemata(
          schemas.stream()
              .map(s -> connected != null && s.equals(dialect.defaultSchema()) ? connected : s)
              .map(s -> new SchemaMappingType().withInputSchema(s))
              .toList());
    }
    database.setIncludeRoutines(false);
    database.setIncludePackages(false);
    database.setIncludeSequences(false);
    database.setIncludeIndexes(false);
    database.setIncludeCheckConstraints(true);
    database.setIncludeTriggerRoutines(false);
    database.setIncludeXMLSchemaCollections(false);
    database.setTableValuedFunctions(false);
    database.setForceIntegerTypesOnZeroScaleDecimals(false);
    try {
      Set<String> partitions = includePartitions ? Set.of() : dialect.partitionTables(connection);
      return new SchemaReader(dialect, database, filter, partitions, connected).read();
    } finally {
      database.close();
    }
  }

  private SchemaModel read() {
    List<TableModel> tables = new ArrayList<>();
    List<EnumModel> enums = new ArrayList<>();
    for (SchemaDefinition schema : database.getSchemata()) {
      String schemaName = schemaName(schema);
      for (TableDefinition table : database.getTables(schema)) {
        boolean partition = partitions.contains(schemaName + "." + table.getName());
        if (!partition && filter.includes(schemaName, table.getName())) {
          tables.add(table(schemaName, table));
        }
      }
      for (EnumDefinition definition : database.getEnums(schema)) {
        enums.add(new EnumModel(schemaName, definition.getName(), definition.getLiterals()));
      }
    }
    tables.sort(Comparator.comparing(TableModel::schema).thenComparing(TableModel::name));
    enums.sort(Comparator.comparing(EnumModel::schema).thenComparing(EnumModel::name));
    return new SchemaModel(tables, enums);
  }

  /** jooq-meta calls a database's only schema {@code ""}; Rex calls it the default schema. */
  private String schemaName(@Nullable SchemaDefinition schema) {
    if (schema == null || schema.getName().isEmpty() || schema.getName().equals(connected)) {
      return dialect.defaultSchema();
    }
    return schema.getName();
  }

  private TableModel table(String schemaName, TableDefinition table) {
    UniqueKeyDefinition primary = table.getPrimaryKey();
    List<ColumnModel> columns = new ArrayList<>();
    for (ColumnDefinition column : table.getColumns()) {
      columns.add(column(table, primary, column));
    }
    List<KeyModel> uniqueKeys = new ArrayList<>();
    for (UniqueKeyDefinition key : table.getUniqueKeys()) {
      if (!key.isPrimaryKey()) {
        uniqueKeys.add(key(key));
      }
    }
    CheckReader checks = CheckReader.read(dialect, table);
    return new TableModel(
        schemaName,
        table.getName(),
        text(table.getComment()),
        table.isView() || table.isMaterializedView(),
        columns,
        primary == null ? null : key(primary),
        uniqueKeys,
        ForeignKeyReader.read(dialect, table, this::schemaName),
        checks.understood(),
        checks.leftToTheDatabase());
  }

  private static KeyModel key(UniqueKeyDefinition key) {
    return new KeyModel(
        key.getName(), key.getKeyColumns().stream().map(ColumnDefinition::getName).toList());
  }

  private ColumnModel column(
      TableDefinition table, @Nullable UniqueKeyDefinition primary, ColumnDefinition column) {
    DataTypeDefinition type = column.getDefinedType();
    boolean identity = column.isIdentity() || dialect.isImplicitIdentity(table, primary, column);
    String defaultSql = identity ? null : dialect.columnDefault(type.getDefaultValue());
    return new ColumnModel(
        column.getName(),
        columnType(type),
        type.isNullable(),
        identity,
        defaultSql,
        text(column.getComment()));
  }

  private ColumnType columnType(DataTypeDefinition type) {
    String name = type.getType();
    int dimensions = 0;
    while (ARRAY_SUFFIX.matcher(name).find()) {
      name = ARRAY_SUFFIX.matcher(name).replaceFirst("");
      dimensions++;
    }
    String userType = type.getUserType();
    if (userType != null && (dimensions > 0 || name.equalsIgnoreCase("USER-DEFINED"))) {
      EnumDefinition enumType =
          type.getSchema() == null ? null : database.getEnum(type.getSchema(), userType);
      if (enumType != null) {
        return new ColumnType(
            enumType.getName(), 0, 0, 0, dimensions, schemaName(enumType.getSchema()));
      }
      name = userType;
    }
    return new ColumnType(
        name.toLowerCase(Locale.ROOT),
        type.getLength(),
        type.getPrecision(),
        type.getScale(),
        dimensions,
        null);
  }

  private static String text(@Nullable String value) {
    return value == null ? "" : value;
  }
}
