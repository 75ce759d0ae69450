package dev.rex.dsl.impl;

import dev.rex.dsl.DataType;
import dev.rex.dsl.Field;
import dev.rex.dsl.Record;
import dev.rex.dsl.RecordMapper;
import dev.rex.dsl.Result;
import dev.rex.dsl.spi.RenderContext;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code row(a, b).mapping(Ctor::new)} in a select list: the row's values as one Java object of
 * each result row. It is selected as a {@link Multiset} of the one-row subquery {@code select a, b}
 * (correlated to the outer row; no FROM), so it nests to any depth and inside other multisets the
 * same way; reading decodes that one row and passes it to the mapper ({@link ReadConversion}). The
 * field's data type is therefore the multiset's: the value a binding reads is the nested result,
 * and only the record type's read turns it into {@code E}.
 */
final class NestedRow<E> extends AbstractField<E> implements ReadConversion {

  private final List<Field<?>> fields;
  private final Multiset<Record> rows;
  private final RecordMapper<Record, ? extends E> mapper;

  NestedRow(List<Field<?>> fields, RecordMapper<Record, ? extends E> mapper) {
    this.fields = List.copyOf(fields);
    SelectModel select = SelectModel.of(false, List.copyOf(fields));
    this.rows = new Multiset<>(select, new RowRecordType<>(select.fields()));
    this.mapper = mapper;
  }

  @Override
  public String getName() {
    return "row";
  }

  @Override
  @SuppressWarnings("unchecked")
  public DataType<E> getDataType() {
    return (DataType<E>) (DataType<?>) rows.getDataType();
  }

  @Override
  public void accept(RenderContext context) {
    context.visit(rows);
  }

  @Override
  public @Nullable Object convertRead(@Nullable Object read) {
    if (!(read instanceof Result<?> result) || result.size() != 1) {
      throw new IllegalStateException("A nested row must read as exactly one row, not: " + read);
    }
    return mapper.map(result.get(0));
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof NestedRow<?> that
        && fields.equals(that.fields)
        && mapper.equals(that.mapper);
  }

  @Override
  public int hashCode() {
    return fields.hashCode() * 31 + 17;
  }
}
