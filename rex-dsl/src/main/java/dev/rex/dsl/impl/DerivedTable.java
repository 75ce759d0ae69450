package dev.rex.dsl.impl;

import dev.rex.dsl.Field;
import dev.rex.dsl.Record;
import dev.rex.dsl.RecordType;
import dev.rex.dsl.Table;
import dev.rex.dsl.spi.RenderContext;
import dev.rex.dsl.spi.SqlNames;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code (select …) as alias}. Its columns are the query's columns, qualified by the alias, and its
 * rows become records the way the query's rows do.
 */
final class DerivedTable<R extends Record> implements Table<R> {

  private final SelectModel select;
  private final RecordType<R> innerType;
  private final String alias;
  private final List<Field<?>> fields;

  DerivedTable(SelectModel select, RecordType<R> innerType, String alias) {
    this.select = select;
    this.innerType = innerType;
    this.alias = SqlNames.checkIdentifier(alias, "table alias");
    this.fields = DerivedColumns.requalify(alias, select.fields(), null);
  }

  @Override
  public String getName() {
    return alias;
  }

  @Override
  public @Nullable String getSchema() {
    return null;
  }

  @Override
  public String getAlias() {
    return alias;
  }

  @Override
  public List<Field<?>> fields() {
    return fields;
  }

  @Override
  public @Nullable Field<?> field(String name) {
    return DerivedColumns.byName(fields, name);
  }

  @Override
  public <T> Field<T> field(Field<T> field) {
    return DerivedColumns.matching(fields, field, "Derived table " + alias);
  }

  @Override
  public Table<R> as(String newAlias) {
    return new DerivedTable<>(select, innerType, newAlias);
  }

  @Override
  public RecordType<R> recordType() {
    return new RelabeledRecordType<>(fields, innerType);
  }

  @Override
  public void accept(RenderContext context) {
    if (context.position() == RenderContext.Position.TABLE_DECLARATION) {
      context.sql('(').visit(select).sql(") as ").name(alias);
    } else {
      context.name(alias);
    }
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof DerivedTable<?> that
        && alias.equals(that.alias)
        && select.equals(that.select);
  }

  @Override
  public int hashCode() {
    return Objects.hash(select, alias);
  }
}
