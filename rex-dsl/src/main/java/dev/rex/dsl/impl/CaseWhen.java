package dev.rex.dsl.impl;

import dev.rex.dsl.CaseWhenStep;
import dev.rex.dsl.Condition;
import dev.rex.dsl.DataType;
import dev.rex.dsl.Field;
import dev.rex.dsl.spi.RenderContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** {@code case when c1 then v1 … [else v] end}. */
final class CaseWhen<T> extends AbstractField<T> implements CaseWhenStep<T> {

  record Branch(Condition condition, Field<?> value) {}

  private final List<Branch> branches;
  private final @Nullable Field<T> otherwise;
  private final DataType<T> type;

  CaseWhen(List<Branch> branches, @Nullable Field<T> otherwise, DataType<T> type) {
    this.branches = List.copyOf(branches);
    this.otherwise = otherwise;
    this.type = type;
  }

  @Override
  public CaseWhenStep<T> when(Condition condition, @Nullable T value) {
    return when(condition, new Val<>(value, type));
  }

  @Override
  public CaseWhenStep<T> when(Condition condition, Field<T> value) {
    List<Branch> more = new ArrayList<>(branches);
    more.add(new Branch(condition, value));
    return new CaseWhen<>(more, otherwise, type);
  }

  @Override
  public Field<T> otherwise(@Nullable T value) {
    return otherwise(new Val<>(value, type));
  }

  @Override
  public Field<T> otherwise(Field<T> value) {
    return new CaseWhen<>(branches, value, type);
  }

  @Override
  public String getName() {
    return "case";
  }

  @Override
  public DataType<T> getDataType() {
    return type;
  }

  /** The value of the first branch whose condition is TRUE, else the {@code else} value or null. */
  @Override
  RowExpression inMemory(InMemory memory) {
    List<RowCondition> conditions =
        branches.stream().map(branch -> memory.condition(branch.condition())).toList();
    List<RowExpression> values =
        branches.stream().map(branch -> memory.expression(branch.value())).toList();
    RowExpression fallback =
        otherwise == null ? RowExpression.constant(null) : memory.expression(otherwise);
    return record -> {
      for (int i = 0; i < conditions.size(); i++) {
        if (conditions.get(i).test(record) == Truth.TRUE) {
          return values.get(i).evaluate(record);
        }
      }
      return fallback.evaluate(record);
    };
  }

  @Override
  public void accept(RenderContext context) {
    context.sql("case");
    for (Branch branch : branches) {
      context.sql(" when ").visit(branch.condition()).sql(" then ").visit(branch.value());
    }
    if (otherwise != null) {
      context.sql(" else ").visit(otherwise);
    }
    context.sql(" end");
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof CaseWhen<?> that
        && branches.equals(that.branches)
        && Objects.equals(otherwise, that.otherwise);
  }

  @Override
  public int hashCode() {
    return Objects.hash(branches, otherwise);
  }
}
