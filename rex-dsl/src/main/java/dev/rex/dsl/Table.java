package dev.rex.dsl;

import dev.rex.dsl.impl.Expressions;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A table, view, derived table or common table expression whose rows are records of type {@code R}.
 *
 * @param <R> the record type of a row
 */
public interface Table<R extends Record> extends QueryPart {

  /** The table's name in the database (or the alias of a derived table). */
  String getName();

  /** The schema, or {@code null} for the connection's default schema. */
  @Nullable String getSchema();

  /** The alias this table is declared with, or {@code null}. */
  @Nullable String getAlias();

  /** The table's fields in column order. */
  List<Field<?>> fields();

  /** The field named {@code name}, or {@code null}. Prefer the generated typed constants. */
  @Nullable Field<?> field(String name);

  /**
   * The field of this table that corresponds to {@code field}, qualified by this table. Used with
   * aliased and derived tables: {@code derived.field(ALBUM.TITLE)}.
   */
  <T> Field<T> field(Field<T> field);

  /** This table under an alias. Generated tables override it to return their own type. */
  Table<R> as(String alias);

  /** How rows of this table become records. */
  RecordType<R> recordType();

  /** {@code table.*}: every column of this table, for an untyped SELECT list. */
  default QualifiedAsterisk asterisk() {
    return Expressions.asterisk(this);
  }

  /** The primary key, or {@code null} when the table has none. */
  default @Nullable UniqueKey<R> getPrimaryKey() {
    return null;
  }

  /** Every unique key, including the primary key. */
  default List<UniqueKey<R>> getUniqueKeys() {
    return List.of();
  }

  /** The foreign keys declared on this table. */
  default List<ForeignKey<R, ?>> getReferences() {
    return List.of();
  }

  /**
   * The check constraints Rex can evaluate before writing a record; generated tables declare the
   * ones the code generator understood. The database checks all of them anyway.
   */
  default List<Check> getChecks() {
    return List.of();
  }

  /** Whether rows can be inserted, updated and deleted (false for views and derived tables). */
  default boolean isWritable() {
    return false;
  }
}
