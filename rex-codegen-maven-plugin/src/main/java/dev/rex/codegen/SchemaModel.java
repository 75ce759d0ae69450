package dev.rex.codegen;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the generator learned from the database: the included tables and the enum types they may
 * use. Independent of jooq-meta, so writers can be tested with hand-made models.
 *
 * @param tables the tables, sorted by schema and name
 * @param enums the enum types of the read schemas, sorted by schema and name
 */
public record SchemaModel(List<TableModel> tables, List<EnumModel> enums) {

  public SchemaModel {
    tables = List.copyOf(tables);
    enums = List.copyOf(enums);
  }

  /**
   * A table or view.
   *
   * @param schema the schema name as the database spells it
   * @param name the table name as the database spells it
   * @param comment the table comment, or empty
   * @param view whether this is a view (views are not writable)
   * @param columns the columns in column order
   * @param primaryKey the primary key, or {@code null}
   * @param uniqueKeys the unique keys other than the primary key
   * @param foreignKeys the foreign keys
   * @param checks the conditions of the check constraints Rex understood
   * @param uncheckedConstraints the check constraints left to the database, as {@code name: clause}
   */
  public record TableModel(
      String schema,
      String name,
      String comment,
      boolean view,
      List<ColumnModel> columns,
      @Nullable KeyModel primaryKey,
      List<KeyModel> uniqueKeys,
      List<ForeignKeyModel> foreignKeys,
      List<CheckModel> checks,
      List<String> uncheckedConstraints) {

    public TableModel {
      columns = List.copyOf(columns);
      uniqueKeys = List.copyOf(uniqueKeys);
      foreignKeys = List.copyOf(foreignKeys);
      checks = List.copyOf(checks);
      uncheckedConstraints = List.copyOf(uncheckedConstraints);
    }

    /** A table without check constraints. */
    public TableModel(
        String schema,
        String name,
        String comment,
        boolean view,
        List<ColumnModel> columns,
        @Nullable KeyModel primaryKey,
        List<KeyModel> uniqueKeys,
        List<ForeignKeyModel> foreignKeys) {
      this(
          schema,
          name,
          comment,
          view,
          columns,
          primaryKey,
          uniqueKeys,
          foreignKeys,
          List.of(),
          List.of());
    }
  }

  /**
   * One condition of a check constraint, in the subset {@code CheckParser} understands; a
   * constraint of several conditions joined by {@code and} gives one model per condition.
   *
   * @param name the constraint's name
   * @param column the constrained column
   * @param kind what is compared
   * @param operator the name of a {@code dev.rex.dsl.Check.Operator} ({@code EQ} for lists)
   * @param values the literal compared with (several for {@link Kind#IN})
   */
  public record CheckModel(
      String name, String column, Kind kind, String operator, List<Literal> values) {

    public CheckModel {
      values = List.copyOf(values);
    }

    /** What a condition compares. */
    public enum Kind {
      /** The column's value with one literal. */
      COMPARE,
      /** The column's value with a list of literals. */
      IN,
      /** The length of the column's text with a whole number. */
      LENGTH
    }

    /**
     * A literal.
     *
     * @param text a number in plain notation, or the text of a string literal
     * @param number whether it is a number
     */
    public record Literal(String text, boolean number) {}
  }

  /**
   * A column.
   *
   * @param name the column name as the database spells it
   * @param type the column's type
   * @param nullable whether it accepts {@code NULL}
   * @param identity whether the database generates its value
   * @param defaultSql the default as SQL text, or {@code null}
   * @param comment the column comment, or empty
   */
  public record ColumnModel(
      String name,
      ColumnType type,
      boolean nullable,
      boolean identity,
      @Nullable String defaultSql,
      String comment) {}

  /**
   * A column type as the database declares it, with domains resolved to their base type.
   *
   * @param name the type name, lower case, without length or precision: {@code character varying},
   *     {@code int4}, {@code nvarchar}, {@code mpaa_rating}
   * @param length the declared length of character types, or 0
   * @param precision the declared precision of numeric types, or 0
   * @param scale the declared scale of numeric types, or 0
   * @param arrayDimensions 0 for scalars; otherwise {@code name} is the element type
   * @param enumSchema the schema of the enum type {@code name}, or {@code null} when it is no enum
   */
  public record ColumnType(
      String name,
      int length,
      int precision,
      int scale,
      int arrayDimensions,
      @Nullable String enumSchema) {

    /** A scalar, non-enum type. */
    public static ColumnType of(String name, int length, int precision, int scale) {
      return new ColumnType(name, length, precision, scale, 0, null);
    }

    /** The type as SQL would spell it, for messages: {@code int4[]}. */
    public String sqlName() {
      return name + "[]".repeat(arrayDimensions);
    }
  }

  /**
   * A primary or unique key.
   *
   * @param name the constraint name
   * @param columns the key's column names in key order
   */
  public record KeyModel(String name, List<String> columns) {

    public KeyModel {
      columns = List.copyOf(columns);
    }
  }

  /**
   * A foreign key.
   *
   * @param name the constraint name
   * @param columns the referencing column names, in the order of the referenced key
   * @param referencedSchema the schema of the referenced table
   * @param referencedTable the referenced table
   * @param referencedKey the name of the referenced primary or unique key
   */
  public record ForeignKeyModel(
      String name,
      List<String> columns,
      String referencedSchema,
      String referencedTable,
      String referencedKey) {

    public ForeignKeyModel {
      columns = List.copyOf(columns);
    }
  }

  /**
   * A database enum type.
   *
   * @param schema the schema it lives in
   * @param name its name
   * @param literals its labels in declaration order
   */
  public record EnumModel(String schema, String name, List<String> literals) {

    public EnumModel {
      literals = List.copyOf(literals);
    }
  }
}
