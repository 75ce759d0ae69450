package dev.rex.dsl.impl;

import dev.rex.dsl.AggregateFunction;
import dev.rex.dsl.CaseWhenStep;
import dev.rex.dsl.Condition;
import dev.rex.dsl.DataType;
import dev.rex.dsl.Field;
import dev.rex.dsl.OrderField;
import dev.rex.dsl.QualifiedAsterisk;
import dev.rex.dsl.Table;
import dev.rex.dsl.WindowOverStep;
import dev.rex.dsl.WindowSpecification;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Internal, like {@link Queries}: aggregate, window and CASE expressions and {@code table.*}. Apart
 * from {@code Queries} so that a query that uses none of them does not load their step interfaces
 * (the verifier loads each type a method returns).
 */
public final class Expressions {

  private Expressions() {}

  /** An aggregate function call, {@code name([distinct] argument)}. */
  public static <T> AggregateFunction<T> aggregate(
      String name, DataType<T> type, boolean distinct, @Nullable Field<?> argument) {
    return new Aggregate<>(name, type, distinct, argument);
  }

  /** A ranking window function such as {@code row_number()}. */
  public static WindowOverStep<Integer> ranking(String name) {
    return new RankingFunction(name);
  }

  /** A window specification: {@code partition by … order by …}. */
  public static WindowSpecification window(
      List<Field<?>> partitionBy, List<OrderField<?>> orderBy) {
    return new WindowSpec(partitionBy, orderBy, false);
  }

  /** {@code case when condition then value …}. */
  public static <T> CaseWhenStep<T> caseWhen(Condition condition, Field<T> value) {
    return new CaseWhen<>(
        List.of(new CaseWhen.Branch(condition, value)), null, value.getDataType());
  }

  /** {@code table.*}. */
  public static QualifiedAsterisk asterisk(Table<?> table) {
    return new Asterisks.Qualified(table);
  }
}
