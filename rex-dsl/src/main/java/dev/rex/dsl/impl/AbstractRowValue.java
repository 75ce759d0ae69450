package dev.rex.dsl.impl;

import dev.rex.dsl.Condition;
import dev.rex.dsl.Field;
import dev.rex.dsl.Record;
import dev.rex.dsl.RecordMapper;
import dev.rex.dsl.Result;
import dev.rex.dsl.Row;
import dev.rex.dsl.Select;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What every typed view of a row value expression does, funnelled from the generated {@link
 * RowValue1} to {@code RowValue16}. Comparisons render SQL's row constructor: {@code (a, b) = (?,
 * ?)}. {@code in} renders {@code (a, b) = (…) or (a, b) = (…)}, which is what SQL defines {@code
 * in} to mean, because SQLite accepts a row on the right of {@code in} only from a subquery; {@code
 * in(select …)} renders the subquery. {@code lt}, {@code le}, {@code gt}, {@code ge} and {@code
 * between} use SQL's row order, which all four databases implement.
 */
abstract class AbstractRowValue implements Row {

  private final List<Field<?>> fields;

  AbstractRowValue(Field<?>[] fields) {
    this.fields = List.of(fields);
  }

  @Override
  public final List<Field<?>> fields() {
    return fields;
  }

  final Condition compare(Comparison.Operator operator, Row other) {
    return new Comparison(new RowTuple(fields), operator, new RowTuple(other.fields()));
  }

  final Condition compareValues(Comparison.Operator operator, @Nullable Object[] values) {
    return compare(operator, valuesRow(values));
  }

  final Condition in(Row[] rows, boolean not) {
    if (rows.length == 0) {
      return not ? Queries.trueCondition() : Queries.falseCondition();
    }
    Condition any = compare(Comparison.Operator.EQ, rows[0]);
    for (int i = 1; i < rows.length; i++) {
      any = any.or(compare(Comparison.Operator.EQ, rows[i]));
    }
    return not ? any.not() : any;
  }

  /**
   * {@code (a, b) [not] in (select x, y …)}: PostgreSQL, SQLite (3.15+), MySQL and MariaDB all take
   * a row on the left of {@code in} when a subquery is on the right. The caller's types ensure the
   * subquery selects as many columns as the row has fields.
   */
  final Condition inSelect(Select<?> subquery, boolean not) {
    return new InSubquery(new RowTuple(fields), Queries.model(subquery), not);
  }

  /**
   * The row as one select-list value: a {@link Multiset} of the one-row subquery {@code select a,
   * b} (correlated to the outer row, no FROM), so it nests to any depth and inside other multisets
   * the same way, {@link Converted} into the mapper's result when read.
   */
  @SuppressWarnings("unchecked")
  final <E> Field<E> nested(RecordMapper<? extends Record, ? extends E> mapper) {
    RecordMapper<Record, ? extends E> rows = (RecordMapper<Record, ? extends E>) mapper;
    SelectModel select = SelectModel.of(false, fields);
    Multiset<Record> nested = new Multiset<>(select, new RowRecordType<>(select.fields()));
    return new Converted<Result<Record>, E>(nested, result -> onlyRow(result, rows));
  }

  private static <E> E onlyRow(Result<Record> result, RecordMapper<Record, ? extends E> mapper) {
    if (result.size() != 1) {
      throw new IllegalStateException("A nested row must read as exactly one row, not: " + result);
    }
    return mapper.map(result.get(0));
  }

  /** The values as a row of bind values typed like this row's fields. */
  final Row valuesRow(@Nullable Object[] values) {
    List<Field<?>> bound = new ArrayList<>(values.length);
    for (int i = 0; i < values.length; i++) {
      bound.add(bind(fields.get(i), values[i]));
    }
    return () -> bound;
  }

  @SuppressWarnings("unchecked")
  private static <T> Field<T> bind(Field<T> field, @Nullable Object value) {
    return new Val<>((T) value, field.getDataType(), field);
  }

  @Override
  public String toString() {
    return new RowTuple(fields).toString();
  }
}
