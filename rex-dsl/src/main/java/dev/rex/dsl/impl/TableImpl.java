package dev.rex.dsl.impl;

import dev.rex.dsl.DataType;
import dev.rex.dsl.Field;
import dev.rex.dsl.ForeignKey;
import dev.rex.dsl.Record;
import dev.rex.dsl.RecordType;
import dev.rex.dsl.Table;
import dev.rex.dsl.TableField;
import dev.rex.dsl.spi.RenderContext;
import dev.rex.dsl.spi.SqlNames;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The base class of generated tables. A subclass declares one {@code public final TableField} per
 * column, created with {@link #createField} in column order, and overrides {@link #as} and {@link
 * #newRecord()} so that aliases and records keep their generated types. Nothing here uses
 * reflection.
 *
 * @param <R> the generated record type
 */
public abstract class TableImpl<R extends Record> implements Table<R> {

  private final String name;
  private final @Nullable String schema;
  private final @Nullable String alias;
  private final List<Field<?>> fields = new ArrayList<>();
  private final List<Field<?>> fieldsView = Collections.unmodifiableList(fields);
  private final int hash;
  private volatile @Nullable TableRecordType<R> recordType;
  private volatile @Nullable RowType rowType;
  private final @Nullable TablePath path;

  /**
   * A table named {@code name} in {@code schema} (null for the default schema), declared under
   * {@code alias} (null for none).
   */
  protected TableImpl(String name, @Nullable String schema, @Nullable String alias) {
    this.name = SqlNames.checkIdentifier(name, "table name");
    this.schema = schema == null ? null : SqlNames.checkIdentifier(schema, "schema name");
    this.alias = alias == null ? null : SqlNames.checkIdentifier(alias, "table alias");
    this.hash = Objects.hash(name, schema, alias);
    this.path = null;
  }

  /**
   * This table reached from {@code child} along {@code key}, as in {@code TRACK.album()}: using a
   * field of it in a query joins it implicitly, under the alias {@code <child>__<step>}. Generated
   * navigation methods call this.
   */
  protected TableImpl(
      String name, @Nullable String schema, Table<?> child, ForeignKey<?, R> key, String step) {
    this(name, schema, referenceName(child) + "__" + step, new TablePath(child, key));
  }

  private TableImpl(String name, @Nullable String schema, String alias, TablePath path) {
    this.name = name;
    this.schema = schema;
    this.alias = alias;
    this.hash = Objects.hash(name, schema, alias);
    this.path = path;
  }

  private static String referenceName(Table<?> table) {
    return table.getAlias() != null ? table.getAlias() : table.getName();
  }

  /** How this table was reached by navigation, or {@code null} for a table named directly. */
  final @Nullable TablePath path() {
    return path;
  }

  /** Adds the next column. Call once per column, in column order, from field initialisers. */
  protected final <T> TableField<R, T> createField(String column, DataType<T> type) {
    TableFieldImpl<R, T> field = new TableFieldImpl<>(this, column, type, fields.size());
    fields.add(field);
    return field;
  }

  /** A new, empty, detached record of this table. */
  public abstract R newRecord();

  @Override
  public abstract TableImpl<R> as(String alias);

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
    TableRecordType<R> type = recordType;
    if (type == null) {
      type = new TableRecordType<>(this, fields);
      recordType = type;
    }
    return type;
  }

  /** The row type shared by every record of this table. */
  final RowType rowType() {
    RowType type = rowType;
    if (type == null) {
      type = new RowType(fields);
      rowType = type;
    }
    return type;
  }

  @Override
  public boolean isWritable() {
    return this instanceof dev.rex.dsl.WritableTable<?>;
  }

  @Override
  public void accept(RenderContext context) {
    if (context.position() == RenderContext.Position.TABLE_DECLARATION) {
      renderQualifiedName(context);
      if (alias != null) {
        context.sql(" as ").name(alias);
      }
    } else {
      renderReference(context, this);
    }
  }

  private void renderQualifiedName(RenderContext context) {
    if (schema != null) {
      context.name(schema).sql('.');
    }
    context.name(name);
  }

  /** Renders how columns refer to {@code table}: its alias, or its (schema-qualified) name. */
  static void renderReference(RenderContext context, Table<?> table) {
    if (table.getAlias() != null) {
      context.name(table.getAlias());
    } else if (table instanceof TableImpl<?> impl) {
      impl.renderQualifiedName(context);
    } else {
      context.name(table.getName());
    }
  }

  @Override
  public final boolean equals(@Nullable Object other) {
    return this == other
        || other instanceof TableImpl<?> that
            && hash == that.hash
            && getClass() == that.getClass()
            && name.equals(that.name)
            && Objects.equals(schema, that.schema)
            && Objects.equals(alias, that.alias);
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
