package dev.rex.dsl.impl;

import dev.rex.dsl.DataType;
import dev.rex.dsl.Field;
import dev.rex.dsl.QueryPart;
import dev.rex.dsl.Record;
import dev.rex.dsl.RecordType;
import dev.rex.dsl.Result;
import dev.rex.dsl.SelectField;
import dev.rex.dsl.spi.RenderContext;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code multiset(select …)}: the rows of a (usually correlated) subquery as one value of the outer
 * row, so a whole tree comes back in one statement. The subquery's columns are renamed {@code v0,
 * v1, …} and the dialect aggregates each row into a JSON array of them, in order; reading decodes
 * that JSON into records of the subquery's own record type. Any depth nests the same way.
 */
final class Multiset<R extends Record> extends AbstractField<Result<R>> {

  static final String ROWS = "rex_rows";

  private final SelectModel rows;
  private final RecordType<R> rowType;
  private final DataType<Result<R>> type;

  Multiset(SelectModel select, RecordType<R> rowType) {
    this.rows = positional(select, rowType);
    this.rowType = rowType;
    this.type = DataType.multisetOf(rowType);
  }

  /** The subquery with its columns renamed by position. */
  private static SelectModel positional(SelectModel select, RecordType<?> rowType) {
    if (select.compound() == null) {
      List<SelectField<?>> renamed = new ArrayList<>();
      List<Field<?>> fields = select.fields();
      for (int i = 0; i < fields.size(); i++) {
        renamed.add(unaliased(fields.get(i)).as("v" + i));
      }
      return SelectModel.of(
          select.with(),
          select.distinct(),
          renamed,
          select.from(),
          select.joins(),
          select.where(),
          select.groupBy(),
          select.having(),
          select.orderBy(),
          select.limit(),
          select.offset(),
          null);
    }
    DerivedTable<?> derived = new DerivedTable<>(select, rowType, ROWS + "_set");
    List<SelectField<?>> renamed = new ArrayList<>();
    for (int i = 0; i < derived.fields().size(); i++) {
      renamed.add(derived.fields().get(i).as("v" + i));
    }
    return SelectModel.of(false, renamed).withFrom(List.of(derived));
  }

  private static Field<?> unaliased(Field<?> field) {
    return field instanceof FieldAlias<?> alias ? alias.field() : field;
  }

  @Override
  public String getName() {
    return "multiset";
  }

  @Override
  public DataType<Result<R>> getDataType() {
    return type;
  }

  @Override
  public void accept(RenderContext context) {
    List<DataType<?>> columns = new ArrayList<>();
    for (Field<?> field : rowType.fields()) {
      columns.add(field.getDataType());
    }
    if (!context.dialect().correlatesDerivedTables() && aggregatesInPlace()) {
      if (singleRow()) {
        // an aggregate here would aggregate the enclosing query's rows: its arguments are all
        // outer columns
        List<QueryPart> values = new ArrayList<>();
        for (SelectField<?> field : rows.select()) {
          values.add(unaliased((Field<?>) field));
        }
        context.dialect().renderSingleRowMultiset(context, values);
        return;
      }
      context.sql('(').visit(inPlace()).sql(')');
      return;
    }
    context.dialect().renderMultiset(context, rows, columns);
  }

  /** Whether one aggregate over the select's own rows gives its result: a plain select does. */
  private boolean aggregatesInPlace() {
    return rows.compound() == null
        && !rows.distinct()
        && rows.groupBy().isEmpty()
        && rows.having() instanceof NoCondition;
  }

  /** Whether the select is one row of values: no FROM, no filter, nothing to sort or skip. */
  private boolean singleRow() {
    return rows.from().isEmpty()
        && rows.joins().isEmpty()
        && rows.where() instanceof NoCondition
        && rows.limit() == null
        && rows.offset() == null;
  }

  /** The select with the aggregate of its columns as its only column, sorted and limited inside. */
  private SelectModel inPlace() {
    List<Field<?>> columns = new ArrayList<>();
    for (SelectField<?> field : rows.select()) {
      columns.add(unaliased((Field<?>) field));
    }
    NestedAggregate aggregate =
        new NestedAggregate(columns, rows.orderBy(), rows.limit(), rows.offset());
    return SelectModel.of(
        rows.with(),
        false,
        List.of(aggregate),
        rows.from(),
        rows.joins(),
        rows.where(),
        List.of(),
        rows.having(),
        List.of(),
        null,
        null,
        null);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Multiset<?> that && rows.equals(that.rows);
  }

  @Override
  public int hashCode() {
    return rows.hashCode() * 31 + 11;
  }
}
