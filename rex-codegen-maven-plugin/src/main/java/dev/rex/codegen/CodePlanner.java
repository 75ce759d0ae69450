package dev.rex.codegen;

import dev.rex.codegen.CodePlan.ColumnPlan;
import dev.rex.codegen.CodePlan.EnumPlan;
import dev.rex.codegen.CodePlan.ForeignKeyPlan;
import dev.rex.codegen.CodePlan.KeyPlan;
import dev.rex.codegen.CodePlan.TablePlan;
import dev.rex.codegen.SchemaModel.ColumnModel;
import dev.rex.codegen.SchemaModel.EnumModel;
import dev.rex.codegen.SchemaModel.ForeignKeyModel;
import dev.rex.codegen.SchemaModel.KeyModel;
import dev.rex.codegen.SchemaModel.TableModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Turns a {@link SchemaModel} into a {@link CodePlan}.
 *
 * <p>Names come from the {@link NamingStrategy} and are then made legal and unique per Java
 * namespace with {@link NameScope}: one scope for all generated classes (they import each other),
 * one for the constants of {@code Tables}, one for {@code Keys}, and per table one for its fields
 * and one for its record's accessors. Class scopes reserve the simple names that generated files
 * import or use from {@code java.lang}, so a table called {@code string} or {@code override} cannot
 * shadow them. Unmapped column types and foreign keys to tables that are not generated are reported
 * as warnings and left out or typed {@code Object}; nothing here fails on a strange schema.
 */
final class CodePlanner {

  private static final String[] USED_CLASS_NAMES = {
    "Tables",
    "Keys",
    "Object",
    "String",
    "Short",
    "Integer",
    "Long",
    "Float",
    "Double",
    "Boolean",
    "Byte",
    "Character",
    "Class",
    "Enum",
    "Override",
    "Deprecated",
    "SuppressWarnings",
    "Record",
    "BigDecimal",
    "LocalDate",
    "LocalTime",
    "LocalDateTime",
    "OffsetDateTime",
    "UUID",
    "List",
    "DataType",
    "SQLDataType",
    "TableField",
    "AbstractTable",
    "AbstractTableRecord",
    "AbstractUpdatableRecord",
    "UniqueKey",
    "ForeignKey",
    "EnumType",
    "Json",
    "Jsonb",
    "Nullable",
    "NullMarked"
  };

  private final NamingStrategy naming;
  private final GeneratorLog log;
  private final TargetDialect dialect;
  private final NameScope classes = new NameScope("").reserve(USED_CLASS_NAMES);
  private final NameScope tableConstants = new NameScope("_");
  private final NameScope keyConstants = new NameScope("_");

  private CodePlanner(NamingStrategy naming, GeneratorLog log, TargetDialect dialect) {
    this.naming = naming;
    this.log = log;
    this.dialect = dialect;
  }

  /** Plans the code for {@code schema} in {@code packageName}. */
  static CodePlan plan(
      SchemaModel schema,
      String packageName,
      TargetDialect dialect,
      NamingStrategy naming,
      GeneratorLog log) {
    return new CodePlanner(naming, log, dialect).plan(schema, packageName);
  }

  private CodePlan plan(SchemaModel schema, String packageName) {
    List<EnumPlan> enums = new ArrayList<>();
    Map<String, TypeRef> enumClasses = new HashMap<>();
    for (EnumModel model : schema.enums()) {
      EnumPlan plan = enumPlan(model);
      enums.add(plan);
      enumClasses.put(
          model.schema() + "." + model.name(),
          TypeRef.of(packageName + ".enums", plan.className()));
    }
    TypeMapper types = new TypeMapper(dialect, enumClasses);
    List<TablePlan> tables = new ArrayList<>();
    for (TableModel model : schema.tables()) {
      tables.add(tablePlan(model, types));
    }
    List<KeyPlan> keys = new ArrayList<>();
    for (TablePlan table : tables) {
      KeyModel primary = table.model().primaryKey();
      if (primary != null) {
        keys.add(keyPlan(table, primary, naming.primaryKeyConstant(table.model().name()), true));
      }
      for (KeyModel unique : table.model().uniqueKeys()) {
        String constant = naming.uniqueKeyConstant(table.model().name(), unique.columns());
        keys.add(keyPlan(table, unique, constant, false));
      }
    }
    List<ForeignKeyPlan> foreignKeys = new ArrayList<>();
    for (TablePlan table : tables) {
      for (ForeignKeyModel fk : table.model().foreignKeys()) {
        KeyPlan key = findKey(keys, fk);
        if (key == null) {
          log.warn(
              "Foreign key "
                  + fk.name()
                  + " of table "
                  + table.model().name()
                  + " is left out: it references "
                  + fk.referencedTable()
                  + ", which is not generated.");
          continue;
        }
        String constant = naming.foreignKeyConstant(table.model().name(), fk.columns());
        List<String> columns = fk.columns().stream().map(table::columnConstant).toList();
        foreignKeys.add(
            new ForeignKeyPlan(fk.name(), keyConstants.claim(constant), table, columns, key));
      }
    }
    return new CodePlan(packageName, dialect.defaultSchema(), tables, enums, keys, foreignKeys);
  }

  private EnumPlan enumPlan(EnumModel model) {
    NameScope constants = new NameScope("_");
    List<String> names = new ArrayList<>();
    for (String literal : model.literals()) {
      names.add(constants.claim(naming.enumConstant(literal)));
    }
    return new EnumPlan(model, classes.claim(naming.enumClass(model.name())), names);
  }

  private TablePlan tablePlan(TableModel model, TypeMapper types) {
    String className = classes.claim(naming.tableClass(model.name()));
    String recordClass = classes.claim(naming.recordClass(model.name()));
    String constant = tableConstants.claim(naming.tableConstant(model.name()));
    NameScope fields = new NameScope("_").reserve(constant);
    NameScope accessors = new NameScope("").reserve("getClass");
    NameScope recordFields = new NameScope("").reserve(ColumnPlan.PRESENCE_FIELD);
    List<ColumnPlan> columns = new ArrayList<>();
    int primitives = 0;
    for (ColumnModel column : model.columns()) {
      MappedType type = types.map(column.type());
      if (!type.mapped()) {
        log.warn(
            "Table "
                + model.name()
                + ", column "
                + column.name()
                + ": "
                + (column.type().name().isEmpty()
                    ? "no declared type"
                    : "type " + column.type().sqlName())
                + " has no Rex mapping; it is generated as SQLDataType.other (Java Object).");
      }
      String getter = accessors.claim(naming.getter(column.name()));
      int presenceBit = -1;
      if (ColumnPlan.primitiveFor(type.javaType()) != null
          && primitives < ColumnPlan.MAX_PRIMITIVE_COLUMNS) {
        presenceBit = primitives++;
      }
      columns.add(
          new ColumnPlan(
              column,
              fields.claim(naming.columnConstant(column.name())),
              getter,
              accessors.claim(naming.setter(column.name())),
              recordFields.claim(fieldName(getter)),
              type,
              presenceBit));
    }
    return new TablePlan(model, className, constant, recordClass, columns);
  }

  /**
   * The record's private field for the column whose getter is {@code getter}: the getter without
   * its {@code get} and with a lower-case first letter ({@code getUnitPrice} gives {@code
   * unitPrice}); a getter of another form is used as it is.
   */
  static String fieldName(String getter) {
    if (getter.length() > 3
        && getter.startsWith("get")
        && Character.isUpperCase(getter.charAt(3))) {
      return Character.toLowerCase(getter.charAt(3)) + getter.substring(4);
    }
    return getter;
  }

  private KeyPlan keyPlan(TablePlan table, KeyModel key, String constant, boolean primary) {
    List<String> columns = key.columns().stream().map(table::columnConstant).toList();
    return new KeyPlan(key.name(), keyConstants.claim(constant), table, columns, primary);
  }

  private static @Nullable KeyPlan findKey(List<KeyPlan> keys, ForeignKeyModel fk) {
    for (KeyPlan key : keys) {
      TableModel table = key.table().model();
      if (key.name().equals(fk.referencedKey())
          && table.name().equals(fk.referencedTable())
          && table.schema().equals(fk.referencedSchema())) {
        return key;
      }
    }
    return null;
  }
}
