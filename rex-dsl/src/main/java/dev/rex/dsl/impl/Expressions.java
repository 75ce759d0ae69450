package dev.rex.dsl.impl;

import dev.rex.dsl.AggregateFunction;
import dev.rex.dsl.CaseWhenStep;
import dev.rex.dsl.Condition;
import dev.rex.dsl.DataType;
import dev.rex.dsl.Field;
import dev.rex.dsl.Name;
import dev.rex.dsl.OrderField;
import dev.rex.dsl.Record;
import dev.rex.dsl.Record1;
import dev.rex.dsl.Result;
import dev.rex.dsl.Select;
import dev.rex.dsl.Table;
import dev.rex.dsl.WindowOverStep;
import dev.rex.dsl.WindowSpecification;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The node factories behind {@code DSL}'s expressions. Public only for the API package. */
public final class Expressions {

  private Expressions() {}

  public static Name name(List<String> parts) {
    return new NameImpl(parts, null);
  }

  public static Table<Record> table(Name name) {
    List<String> parts = name.parts();
    String schema = parts.size() > 1 ? parts.get(parts.size() - 2) : null;
    return new NamedTable<>(schema, name.last(), null, List.of(), new RowRecordType<>(List.of()));
  }

  public static <T> Field<T> field(Name name, DataType<T> type) {
    List<String> parts = name.parts();
    String qualifier = parts.size() > 1 ? parts.get(parts.size() - 2) : null;
    return new QualifiedField<>(qualifier, name.last(), type);
  }

  public static <T> Field<T> scalar(Select<? extends Record1<T>> select) {
    SelectModel model = Queries.model(select);
    @SuppressWarnings("unchecked")
    Field<T> only = (Field<T>) model.fields().get(0);
    return new ScalarSubquery<>(model, only.getDataType(), only.getName());
  }

  public static <T> Field<T> val(T value) {
    return Val.infer(value);
  }

  public static <T> Field<T> val(@Nullable T value, DataType<T> type) {
    return new Val<>(value, type);
  }

  /** A bind value with {@code field}'s type, labelled with its column for error messages. */
  public static <T> Field<T> val(@Nullable T value, Field<T> field) {
    return new Val<>(value, field.getDataType(), field);
  }

  public static <T> Field<T> excluded(Field<T> field) {
    return new Excluded<>(field);
  }

  public static Condition noCondition() {
    return NoCondition.INSTANCE;
  }

  public static Condition trueCondition() {
    return BooleanCondition.TRUE;
  }

  public static Condition falseCondition() {
    return BooleanCondition.FALSE;
  }

  public static Condition and(Collection<? extends Condition> conditions) {
    return Combined.of(Combined.Operator.AND, conditions);
  }

  public static Condition or(Collection<? extends Condition> conditions) {
    return Combined.of(Combined.Operator.OR, conditions);
  }

  public static Condition exists(Select<?> select, boolean not) {
    return new Exists(Queries.model(select), not);
  }

  public static <T> AggregateFunction<T> aggregate(
      String name, DataType<T> type, boolean distinct, @Nullable Field<?> argument) {
    return new Aggregate<>(name, type, distinct, argument);
  }

  public static WindowOverStep<Integer> ranking(String name) {
    return new RankingFunction(name);
  }

  public static WindowSpecification window(
      List<Field<?>> partitionBy, List<OrderField<?>> orderBy) {
    return new WindowSpec(partitionBy, orderBy, false);
  }

  public static <T> CaseWhenStep<T> caseWhen(Condition condition, Field<T> value) {
    return new CaseWhen<>(
        List.of(new CaseWhen.Branch(condition, value)), null, value.getDataType());
  }

  public static <T> Field<T> function(String name, DataType<T> type, Field<?>... arguments) {
    return new SqlFunction<>(name, type, List.of(arguments));
  }

  public static Field<String> concat(List<Field<?>> operands) {
    return new Concat(operands);
  }

  public static <R extends Record> Field<Result<R>> multiset(Select<R> select) {
    return new Multiset<>(Queries.model(select), select.recordType());
  }
}
