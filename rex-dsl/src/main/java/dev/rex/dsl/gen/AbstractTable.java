package dev.rex.dsl.gen;

import dev.rex.dsl.DataType;
import dev.rex.dsl.Field;
import dev.rex.dsl.ForeignKey;
import dev.rex.dsl.Record;
import dev.rex.dsl.RecordType;
import dev.rex.dsl.Table;
import dev.rex.dsl.TableField;
import dev.rex.dsl.WritableTable;
import dev.rex.dsl.impl.Queries;
import dev.rex.dsl.spi.RenderContext;
import dev.rex.dsl.spi.SqlNames;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The base class of generated tables and views. A subclass declares one {@code public final
 * TableField} per column, created with {@link #createField} in column order, and overrides {@link
 * #as} and {@link #newRecord()} so that aliases and records keep their generated types; a base
 * table also implements {@link WritableTable}. Nothing here uses reflection.
 *
 * @param <R> the generated record type
 */
public abstract class AbstractTable<R extends Record> implements Table<R> {

  static {
    GeneratedInternals.install();
  }

  private final String name;
  private final @Nullable String schema;
  private final @Nullable String alias;
  private final List<Field<?>> fields = new ArrayList<>();
  private final List<Field<?>> fieldsView = Collections.unmodifiableList(fields);
  private final int hash;
  private volatile @Nullable RecordType<R> recordType;
  private final @Nullable Table<?> navigatedFrom;
  private final @Nullable ForeignKey<?, R> navigatedAlong;

  /**
   * A table named {@code name} in {@code schema} (null for the default schema), declared under
   * {@code alias} (null for none).
   *
   * @throws dev.rex.dsl.exception.InvalidNameException when a name is not a valid identifier
   */
  protected AbstractTable(String name, @Nullable String schema, @Nullable String alias) {
    this.name = SqlNames.checkIdentifier(name, "table name");
    this.schema = schema == null ? null : SqlNames.checkIdentifier(schema, "schema name");
    this.alias = alias == null ? null : SqlNames.checkIdentifier(alias, "table alias");
    this.hash = Objects.hash(name, schema, alias);
    this.navigatedFrom = null;
    this.navigatedAlong = null;
  }

  /**
   * This table reached from {@code child} along {@code key}, as in {@code TRACK.album()}: using a
   * field of it in a query joins it implicitly, under the alias {@code <child>__<step>} (shortened
   * with a hash when longer than a database keeps). Generated navigation methods call this.
   */
  protected AbstractTable(
      String name, @Nullable String schema, Table<?> child, ForeignKey<?, R> key, String step) {
    this.name = name;
    this.schema = schema;
    this.alias = withinNameLimit(referenceName(child) + "__" + step);
    this.hash = Objects.hash(name, schema, alias);
    this.navigatedFrom = child;
    this.navigatedAlong = key;
  }

  /** The most bytes of UTF-8 any supported database keeps of a name (PostgreSQL: 63). */
  private static final int NAME_BYTES = 63;

  /**
   * A navigation alias that every database keeps whole: one longer than {@value #NAME_BYTES} bytes
   * (a deep path over long table names) becomes its longest prefix that fits with {@code _} and
   * eight hex digits of the whole alias's hash, so it stays deterministic and distinct.
   */
  static String withinNameLimit(String alias) {
    if (alias.length() * 3 <= NAME_BYTES
        || alias.getBytes(StandardCharsets.UTF_8).length <= NAME_BYTES) {
      return alias;
    }
    String suffix = String.format("_%08x", alias.hashCode());
    int budget = NAME_BYTES - suffix.length();
    StringBuilder prefix = new StringBuilder();
    int bytes = 0;
    for (int i = 0; i < alias.length(); ) {
      int codePoint = alias.codePointAt(i);
      int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
      if (bytes + size > budget) {
        break;
      }
      prefix.appendCodePoint(codePoint);
      bytes += size;
      i += Character.charCount(codePoint);
    }
    return prefix + suffix;
  }

  private static String referenceName(Table<?> table) {
    String alias = table.getAlias();
    return alias != null ? alias : table.getName();
  }

  /** The table this one was reached from by navigation, or null for a table named directly. */
  final @Nullable Table<?> navigatedFrom() {
    return navigatedFrom;
  }

  /** The foreign key this table was reached along by navigation, or null. */
  final @Nullable ForeignKey<?, R> navigatedAlong() {
    return navigatedAlong;
  }

  /**
   * Adds the next column. Call once per column, in column order, from field initialisers.
   *
   * @param column the column's name
   * @param type the column's type, with its nullability, length, precision and defaults
   * @return the column, a field of this table
   */
  protected final <T> TableField<R, T> createField(String column, DataType<T> type) {
    TableField<R, T> field = Queries.tableField(this, column, type, fields.size());
    fields.add(field);
    return field;
  }

  /**
   * A new, empty, detached record of this table.
   *
   * @return the record, of the generated record type
   */
  public abstract R newRecord();

  @Override
  public abstract AbstractTable<R> as(String alias);

  @Override
  public final String getName() {
    return name;
  }

  @Override
  public final @Nullable String getSchema() {
    return schema;
  }

  @Override
  public final @Nullable String getAlias() {
    return alias;
  }

  @Override
  public final List<Field<?>> fields() {
    return fieldsView;
  }

  @Override
  public final @Nullable Field<?> field(String column) {
    for (Field<?> field : fields) {
      if (field.getName().equals(column)) {
        return field;
      }
    }
    return null;
  }

  @Override
  @SuppressWarnings("unchecked")
  public final <T> Field<T> field(Field<T> field) {
    Field<?> own = field(field.getName());
    if (own == null) {
      throw new IllegalArgumentException(
          "Table " + name + " has no column " + field.getName() + ".");
    }
    return (Field<T>) own;
  }

  @Override
  public RecordType<R> recordType() {
    RecordType<R> type = recordType;
    if (type == null) {
      type = Queries.tableRecordType(this, fields);
      recordType = type;
    }
    return type;
  }

  @Override
  public boolean isWritable() {
    return this instanceof WritableTable<?>;
  }

  @Override
  public void accept(RenderContext context) {
    Queries.renderTable(context, schema, name, alias);
  }

  @Override
  public final boolean equals(@Nullable Object other) {
    return this == other
        || (other instanceof AbstractTable<?> that
            && hash == that.hash
            && getClass() == that.getClass()
            && name.equals(that.name)
            && Objects.equals(schema, that.schema)
            && Objects.equals(alias, that.alias));
  }

  @Override
  public final int hashCode() {
    return hash;
  }

  @Override
  public String toString() {
    return alias == null ? name : name + " as " + alias;
  }
}
