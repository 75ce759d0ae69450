package dev.rex.codegen;

import dev.rex.codegen.SchemaModel.ColumnModel;
import dev.rex.codegen.SchemaModel.EnumModel;
import dev.rex.codegen.SchemaModel.TableModel;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The generated code before it is written: every class, constant and accessor name resolved, every
 * column type mapped and every key matched to its table. Built by {@link CodePlanner}; the writers
 * only format it.
 *
 * @param packageName the base package
 * @param defaultSchema the schema whose tables are not qualified in SQL
 * @param tables the tables
 * @param enums the enum types
 * @param keys the primary and unique keys, in the order they are declared in {@code Keys}
 * @param foreignKeys the foreign keys, declared after every unique key
 */
record CodePlan(
    String packageName,
    String defaultSchema,
    List<TablePlan> tables,
    List<EnumPlan> enums,
    List<KeyPlan> keys,
    List<ForeignKeyPlan> foreignKeys) {

  String tablesPackage() {
    return packageName + ".tables";
  }

  String recordsPackage() {
    return packageName + ".tables.records";
  }

  String enumsPackage() {
    return packageName + ".enums";
  }

  /**
   * A Java enum for a database enum.
   *
   * @param model the database enum
   * @param className the class name
   * @param constants the constant per literal, in literal order
   */
  record EnumPlan(EnumModel model, String className, List<String> constants) {}

  /**
   * A table class and its record class.
   *
   * @param model the table
   * @param className the table class
   * @param constant the constant in {@code Tables} and in the table class
   * @param recordClass the record class
   * @param columns the columns in column order
   */
  record TablePlan(
      TableModel model,
      String className,
      String constant,
      String recordClass,
      List<ColumnPlan> columns) {

    /** The column constant of the column named {@code name}. */
    String columnConstant(String name) {
      for (ColumnPlan column : columns) {
        if (column.model().name().equals(name)) {
          return column.constant();
        }
      }
      throw new IllegalArgumentException("No column " + name + " in " + model.name());
    }
  }

  /**
   * A column.
   *
   * @param model the column
   * @param constant the field in the table class
   * @param getter the record getter
   * @param setter the record setter
   * @param field the private field that holds the value in the record
   * @param type the mapped type
   * @param presenceBit for a column the record keeps in a primitive field, its bit in the record's
   *     {@link #PRESENCE_FIELD} mask (set while the field holds a value, clear for null); -1 for a
   *     column kept in a field of its Java type
   */
  record ColumnPlan(
      ColumnModel model,
      String constant,
      String getter,
      String setter,
      String field,
      MappedType type,
      int presenceBit) {

    /** The record field that says which primitive fields hold a value. */
    static final String PRESENCE_FIELD = "present";

    /** How many columns of one table can be kept in primitive fields: the bits of an int. */
    static final int MAX_PRIMITIVE_COLUMNS = 32;

    /**
     * The primitive type a record keeps a column of {@code type} in: {@code int} for {@code
     * Integer}, {@code long} for {@code Long}; null for every other type.
     */
    static @Nullable String primitiveFor(TypeRef type) {
      if (type.dimensions() > 0 || !type.packageName().equals("java.lang")) {
        return null;
      }
      return switch (type.simpleName()) {
        case "Integer" -> "int";
        case "Long" -> "long";
        default -> null;
      };
    }

    /** Whether the record keeps this column in a primitive field. */
    boolean primitive() {
      return presenceBit >= 0;
    }

    /** The test of the column's bit in the mask: true while the primitive field holds a value. */
    String presentTest() {
      return "(this." + PRESENCE_FIELD + " & " + mask() + ") != 0";
    }

    /** The column's bit as an int literal. */
    String mask() {
      return "0x" + Integer.toHexString(1 << presenceBit);
    }
  }

  /**
   * A primary or unique key.
   *
   * @param name the constraint name
   * @param constant the constant in {@code Keys}
   * @param table the table
   * @param columns the key's column constants
   * @param primary whether it is the primary key
   */
  record KeyPlan(
      String name, String constant, TablePlan table, List<String> columns, boolean primary) {}

  /**
   * A foreign key.
   *
   * @param name the constraint name
   * @param constant the constant in {@code Keys}
   * @param table the referencing table
   * @param columns the referencing column constants, in referenced-key order
   * @param key the referenced key
   */
  record ForeignKeyPlan(
      String name, String constant, TablePlan table, List<String> columns, KeyPlan key) {}

  /** The primary key of {@code table}, or {@code null}. */
  @Nullable KeyPlan primaryKey(TablePlan table) {
    for (KeyPlan key : keys) {
      if (key.table() == table && key.primary()) {
        return key;
      }
    }
    return null;
  }

  /** Every unique key of {@code table}, the primary key first. */
  List<KeyPlan> uniqueKeys(TablePlan table) {
    return keys.stream().filter(key -> key.table() == table).toList();
  }

  /** The foreign keys declared on {@code table}. */
  List<ForeignKeyPlan> references(TablePlan table) {
    return foreignKeys.stream().filter(fk -> fk.table() == table).toList();
  }
}
