package dev.rex.codegen;

import dev.rex.codegen.SchemaModel.ColumnModel;
import dev.rex.codegen.SchemaModel.ColumnType;
import dev.rex.codegen.SchemaModel.EnumModel;
import dev.rex.codegen.SchemaModel.KeyModel;
import dev.rex.codegen.SchemaModel.TableModel;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
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
 * map them to Java: Rex does its own mapping in {@link TypeMapper}. jooq-meta reports PostgreSQL
 * arrays as {@code "int4 ARRAY"} and enums as {@code USER-DEFINED} with the enum as user type; both
 * are decoded here. SQLite gets one correction: an {@code INTEGER PRIMARY KEY} column is an alias
 * of the rowid and so an identity even without {@code AUTOINCREMENT}, which jooq-meta only detects
 * for some tables.
 */
final class SchemaReader {

  private static final Pattern ARRAY_SUFFIX =
      Pattern.compile("\\s+ARRAY$", Pattern.CASE_INSENSITIVE);
  private static final Pattern WITHOUT_ROWID =
      Pattern.compile("\\bwithout\\s+rowid\\b", Pattern.CASE_INSENSITIVE);

  private final TargetDialect dialect;
  private final AbstractDatabase database;
  private final TableFilter filter;

  private final Set<String> partitions;

  private SchemaReader(
      TargetDialect dialect,
      AbstractDatabase database,
      TableFilter filter,
      Set<String> partitions) {
    this.dialect = dialect;
    this.database = database;
    this.filter = filter;
    this.partitions = partitions;
  }

  /**
   * Reads the {@code schemas} of the database behind {@code connection}. Table-valued functions,
   * which jooq-meta reports as tables, are never read; partitions of partitioned PostgreSQL tables
   * only when {@code includePartitions}.
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
    if (dialect == TargetDialect.POSTGRES) {
      database.setConfiguredSchemata(
          schemas.stream().map(s -> new SchemaMappingType().withInputSchema(s)).toList());
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
      Set<String> partitions =
          dialect == TargetDialect.POSTGRES && !includePartitions
              ? partitions(connection)
              : Set.of();
      return new SchemaReader(dialect, database, filter, partitions).read();
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

  /** The {@code schema.table} names of every partition of a partitioned table. */
  private static Set<String> partitions(Connection connection) throws SQLException {
    String sql =
        "select n.nspname, c.relname from pg_catalog.pg_class c"
            + " join pg_catalog.pg_namespace n on n.oid = c.relnamespace where c.relispartition";
    Set<String> names = new HashSet<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        names.add(rows.getString(1) + "." + rows.getString(2));
      }
    }
    return names;
  }

  /** jooq-meta calls SQLite's only schema {@code ""}; Rex calls it {@code main}. */
  private String schemaName(@Nullable SchemaDefinition schema) {
    if (schema == null || schema.getName().isEmpty()) {
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
    boolean identity = column.isIdentity() || isRowidAlias(table, primary, column);
    String defaultSql = identity ? null : type.getDefaultValue();
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

  /** SQLite: a single-column primary key declared exactly {@code INTEGER} aliases the rowid. */
  private boolean isRowidAlias(
      TableDefinition table, @Nullable UniqueKeyDefinition primary, ColumnDefinition column) {
    if (dialect != TargetDialect.SQLITE
        || primary == null
        || primary.getKeyColumns().size() != 1
        || !primary.getKeyColumns().get(0).getName().equals(column.getName())) {
      return false;
    }
    String source = table.getSource();
    boolean withoutRowid = source != null && WITHOUT_ROWID.matcher(source).find();
    return !withoutRowid && column.getDefinedType().getType().equalsIgnoreCase("INTEGER");
  }

  private static String text(@Nullable String value) {
    return value == null ? "" : value;
  }
}
