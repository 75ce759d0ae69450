package dev.rex.dsl.impl;

import dev.rex.dsl.DataType;
import dev.rex.dsl.Record;
import dev.rex.dsl.Table;
import dev.rex.dsl.TableField;
import dev.rex.dsl.gen.AbstractTable;
import dev.rex.dsl.spi.RenderContext;
import org.jspecify.annotations.Nullable;

/** A column of a table: {@code "table_or_alias"."column"}. Created by generated tables. */
final class TableFieldImpl<R extends Record, T> extends AbstractField<T>
    implements TableField<R, T> {

  private final Table<R> table;
  private final String name;
  private final DataType<T> type;
  private final int index;
  private final int hash;
  private @Nullable String qualifiedName;

  TableFieldImpl(Table<R> table, String name, DataType<T> type, int index) {
    this.table = table;
    this.name = name;
    this.type = type;
    this.index = index;
    this.hash = 31 * table.hashCode() + name.hashCode();
  }

  @Override
  public Table<R> getTable() {
    return table;
  }

  @Override
  public String getName() {
    return name;
  }

  @Override
  public DataType<T> getDataType() {
    return type;
  }

  /** Renders how columns refer to {@code table}: its alias, or its (schema-qualified) name. */
  static void renderReference(RenderContext context, Table<?> table) {
    String alias = table.getAlias();
    if (alias != null) {
      context.name(alias);
      return;
    }
    String schema = table.getSchema();
    if (table instanceof AbstractTable<?> && schema != null) {
      context.name(schema).sql('.');
    }
    context.name(table.getName());
  }

  /**
   * {@code table.column}, made once: bind values compared with or assigned to this column name it
   * for error messages.
   */
  String qualifiedName() {
    String qualified = qualifiedName;
    if (qualified == null) {
      qualified = table.getName() + "." + name;
      qualifiedName = qualified;
    }
    return qualified;
  }

  /** The column's position in its table. */
  int index() {
    return index;
  }

  @Override
  RowExpression inMemory(InMemory memory) {
    return memory.column(this);
  }

  @Override
  public void accept(RenderContext context) {
    if (context instanceof ImplicitJoins search) {
      search.referenced(table);
    }
    if (context.qualify()) {
      renderReference(context, table);
      context.sql('.');
    }
    context.name(name);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return this == other
        || (other instanceof TableFieldImpl<?, ?> that
            && hash == that.hash
            && name.equals(that.name)
            && table.equals(that.table));
  }

  @Override
  public int hashCode() {
    return hash;
  }
}
