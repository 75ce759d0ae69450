package dev.rex.dsl.impl;

import dev.rex.dsl.CommonTableExpression;
import dev.rex.dsl.Name;
import dev.rex.dsl.Record;
import dev.rex.dsl.Select;
import dev.rex.dsl.spi.RenderContext;
import dev.rex.dsl.spi.SqlNames;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A possibly qualified identifier, with an optional column list for a CTE. */
record NameImpl(List<String> parts, @Nullable List<String> columns) implements Name {

  NameImpl {
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("A name needs at least one part.");
    }
    parts = List.copyOf(parts);
    columns = columns == null ? null : List.copyOf(columns);
    parts.forEach(part -> SqlNames.checkIdentifier(part, "name"));
    if (columns != null) {
      columns.forEach(column -> SqlNames.checkIdentifier(column, "column name"));
    }
  }

  @Override
  public String last() {
    return parts.get(parts.size() - 1);
  }

  @Override
  public Name fields(String... names) {
    return new NameImpl(parts, List.of(names));
  }

  @Override
  public <R extends Record> CommonTableExpression<R> as(Select<R> select) {
    return new CteImpl<>(last(), columns, Queries.model(select), select.recordType());
  }

  @Override
  public void accept(RenderContext context) {
    for (int i = 0; i < parts.size(); i++) {
      if (i > 0) {
        context.sql('.');
      }
      context.name(parts.get(i));
    }
  }
}
