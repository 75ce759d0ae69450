package dev.rex.dsl.impl;

import dev.rex.dsl.CommonTableExpression;
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
 * A common table expression. In the WITH clause it declares itself ({@code "name" ("a", "b") as
 * (select …)}); everywhere else it is a table named {@code "name"}.
 */
final class CteImpl<R extends Record> implements CommonTableExpression<R> {

  private final String name;
  private final @Nullable List<String> columns;
  private final SelectModel select;
  private final RecordType<R> innerType;
  private final List<Field<?>> fields;

  CteImpl(String name, @Nullable List<String> columns, SelectModel select, RecordType<R> type) {
    this.name = SqlNames.checkIdentifier(name, "common table expression name");
    this.columns = columns == null ? null : List.copyOf(columns);
    this.select = select;
    this.innerType = type;
    this.fields = DerivedColumns.requalify(name, select.fields(), this.columns);
  }

  void declare(RenderContext context) {
    context.name(name);
    if (columns != null) {
      context.sql(" (");
      for (int i = 0; i < columns.size(); i++) {
        if (i > 0) {
          context.sql(", ");
        }
        context.name(columns.get(i));
      }
      context.sql(')');
    }
    context.sql(" as (").visit(select).sql(')');
  }

  @Override
  public String getName() {
    return name;
  }

  @Override
  public @Nullable String getSchema() {
    return null;
  }

  @Override
  public @Nullable String getAlias() {
    return null;
  }

  @Override
  public List<Field<?>> fields() {
    return fields;
  }

  @Override
  public @Nullable Field<?> field(String column) {
    return DerivedColumns.byName(fields, column);
  }

  @Override
  public <T> Field<T> field(Field<T> field) {
    return DerivedColumns.matching(fields, field, "Common table expression " + name);
  }

  @Override
  public Table<R> as(String alias) {
    return new NamedTable<>(null, name, alias, fields, innerType);
  }

  @Override
  public RecordType<R> recordType() {
    return new RelabeledRecordType<>(fields, innerType);
  }

  @Override
  public void accept(RenderContext context) {
    context.name(name);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof CteImpl<?> that
        && name.equals(that.name)
        && Objects.equals(columns, that.columns)
        && select.equals(that.select);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, columns);
  }
}
