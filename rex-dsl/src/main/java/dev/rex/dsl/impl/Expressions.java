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

/**
 * Internal and temporary: {@code DSL} still calls these; they delegate to {@link Queries}, the one
 * bridge. Delete this class once {@code DSL} calls {@code Queries} directly. Not API.
 */
public final class Expressions {

  private Expressions() {}

  /** Delegates to {@link Queries}. */
  public static Name name(List<String> parts) {
    return Queries.name(parts);
  }

  /** Delegates to {@link Queries}. */
  public static Table<Record> table(Name name) {
    return Queries.table(name);
  }

  /** Delegates to {@link Queries}. */
  public static <T> Field<T> field(Name name, DataType<T> type) {
    return Queries.field(name, type);
  }

  /** Delegates to {@link Queries}. */
  public static <T> Field<T> scalar(Select<? extends Record1<T>> select) {
    return Queries.scalar(select);
  }

  /** Delegates to {@link Queries}. */
  public static <T> Field<T> val(T value) {
    return Queries.val(value);
  }

  /** Delegates to {@link Queries}. */
  public static <T> Field<T> val(@Nullable T value, DataType<T> type) {
    return Queries.val(value, type);
  }

  /** Delegates to {@link Queries}. */
  public static <T> Field<T> val(@Nullable T value, Field<T> field) {
    return Queries.val(value, field);
  }

  /** Delegates to {@link Queries}. */
  public static <T> Field<T> excluded(Field<T> field) {
    return Queries.excluded(field);
  }

  /** Delegates to {@link Queries}. */
  public static Condition noCondition() {
    return Queries.noCondition();
  }

  /** Delegates to {@link Queries}. */
  public static Condition trueCondition() {
    return Queries.trueCondition();
  }

  /** Delegates to {@link Queries}. */
  public static Condition falseCondition() {
    return Queries.falseCondition();
  }

  /** Delegates to {@link Queries}. */
  public static Condition and(Collection<? extends Condition> conditions) {
    return Queries.and(conditions);
  }

  /** Delegates to {@link Queries}. */
  public static Condition or(Collection<? extends Condition> conditions) {
    return Queries.or(conditions);
  }

  /** Delegates to {@link Queries}. */
  public static Condition exists(Select<?> select, boolean not) {
    return Queries.exists(select, not);
  }

  /** Delegates to {@link Queries}. */
  public static <T> AggregateFunction<T> aggregate(
      String name, DataType<T> type, boolean distinct, @Nullable Field<?> argument) {
    return Queries.aggregate(name, type, distinct, argument);
  }

  /** Delegates to {@link Queries}. */
  public static WindowOverStep<Integer> ranking(String name) {
    return Queries.ranking(name);
  }

  /** Delegates to {@link Queries}. */
  public static WindowSpecification window(
      List<Field<?>> partitionBy, List<OrderField<?>> orderBy) {
    return Queries.window(partitionBy, orderBy);
  }

  /** Delegates to {@link Queries}. */
  public static <T> CaseWhenStep<T> caseWhen(Condition condition, Field<T> value) {
    return Queries.caseWhen(condition, value);
  }

  /** Delegates to {@link Queries}. */
  public static <T> Field<T> function(String name, DataType<T> type, Field<?>... arguments) {
    return Queries.function(name, type, arguments);
  }

  /** Delegates to {@link Queries}. */
  public static Field<String> concat(List<Field<?>> operands) {
    return Queries.concat(operands);
  }

  /** Delegates to {@link Queries}. */
  public static <R extends Record> Field<Result<R>> multiset(Select<R> select) {
    return Queries.multiset(select);
  }
}
