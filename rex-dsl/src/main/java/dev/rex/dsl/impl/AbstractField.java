package dev.rex.dsl.impl;

import dev.rex.dsl.Condition;
import dev.rex.dsl.DataType;
import dev.rex.dsl.Field;
import dev.rex.dsl.Record1;
import dev.rex.dsl.Select;
import dev.rex.dsl.SortField;
import dev.rex.dsl.SortOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The operators every field offers, built on {@link #accept}, {@link #getName()} and {@link
 * #getDataType()} of the concrete node. Subclasses are immutable and define {@code equals} by
 * shape.
 */
abstract sealed class AbstractField<T> implements Field<T>
    permits Aggregate,
        Arithmetic,
        CaseWhen,
        Cast,
        Concat,
        Converted,
        Excluded,
        Extract,
        FieldAlias,
        Inline,
        Multiset,
        NestedAggregate,
        Neg,
        Placeholder,
        PlainSqlField,
        QualifiedField,
        RowTuple,
        ScalarSubquery,
        SqlFunction,
        TableFieldImpl,
        Val,
        Windowed {

  @Override
  public Field<T> as(String alias) {
    return new FieldAlias<>(this, alias);
  }

  @Override
  public <U> Field<U> cast(DataType<U> type) {
    return new Cast<>(this, type);
  }

  @SuppressWarnings("unchecked")
  final Field<T> value(@Nullable T value) {
    if (value instanceof Field<?> field) {
      // Only a Field<Object> (a plain-SQL field) takes a field as its value: compare with it.
      return (Field<T>) field;
    }
    return new Val<>(value, getDataType(), this);
  }

  @Override
  public Condition eq(@Nullable T value) {
    return value == null ? isNull() : compared(Comparison.Operator.EQ, value);
  }

  /**
   * {@code this op value}: one {@link ValueComparison}, or, for a plain-SQL field given a field as
   * its value, the comparison with that field.
   */
  private Condition compared(Comparison.Operator operator, T value) {
    return value instanceof Field<?>
        ? new Comparison(this, operator, value(value))
        : new ValueComparison<>(this, operator, value);
  }

  @Override
  public Condition eq(Field<T> other) {
    return new Comparison(this, Comparison.Operator.EQ, other);
  }

  @Override
  public Condition ne(@Nullable T value) {
    return value == null ? isNotNull() : compared(Comparison.Operator.NE, value);
  }

  @Override
  public Condition ne(Field<T> other) {
    return new Comparison(this, Comparison.Operator.NE, other);
  }

  @Override
  public Condition lt(T value) {
    return compared(Comparison.Operator.LT, value);
  }

  @Override
  public Condition lt(Field<T> other) {
    return new Comparison(this, Comparison.Operator.LT, other);
  }

  @Override
  public Condition le(T value) {
    return compared(Comparison.Operator.LE, value);
  }

  @Override
  public Condition le(Field<T> other) {
    return new Comparison(this, Comparison.Operator.LE, other);
  }

  @Override
  public Condition gt(T value) {
    return compared(Comparison.Operator.GT, value);
  }

  @Override
  public Condition gt(Field<T> other) {
    return new Comparison(this, Comparison.Operator.GT, other);
  }

  @Override
  public Condition ge(T value) {
    return compared(Comparison.Operator.GE, value);
  }

  @Override
  public Condition ge(Field<T> other) {
    return new Comparison(this, Comparison.Operator.GE, other);
  }

  @Override
  public Condition between(T low, T high) {
    return between(value(low), value(high));
  }

  @Override
  public Condition between(Field<T> low, Field<T> high) {
    return new Between(this, low, high);
  }

  @Override
  @SafeVarargs
  @SuppressWarnings("varargs") // the array is only read, never stored or handed out
  public final Condition in(T... values) {
    return in(Arrays.asList(values));
  }

  @Override
  public Condition in(Collection<? extends T> values) {
    return new InList(this, bindAll(values), false);
  }

  @Override
  public Condition in(Select<? extends Record1<T>> subquery) {
    return new InSubquery(this, Queries.model(subquery), false);
  }

  @Override
  @SafeVarargs
  @SuppressWarnings("varargs") // the array is only read, never stored or handed out
  public final Condition notIn(T... values) {
    return notIn(Arrays.asList(values));
  }

  @Override
  public Condition notIn(Collection<? extends T> values) {
    return new InList(this, bindAll(values), true);
  }

  @Override
  public Condition notIn(Select<? extends Record1<T>> subquery) {
    return new InSubquery(this, Queries.model(subquery), true);
  }

  private List<Field<?>> bindAll(Collection<? extends T> values) {
    List<Field<?>> binds = new ArrayList<>(values.size());
    for (T value : values) {
      binds.add(value(value));
    }
    return binds;
  }

  @Override
  public Condition isNull() {
    return new IsNull(this, false);
  }

  @Override
  public Condition isNotNull() {
    return new IsNull(this, true);
  }

  @Override
  public Condition like(String pattern) {
    return like(Val.of(pattern));
  }

  @Override
  public Condition like(Field<String> pattern) {
    return new Like(this, pattern, false, false);
  }

  @Override
  public Condition notLike(String pattern) {
    return new Like(this, Val.of(pattern), true, false);
  }

  @Override
  public Condition likeIgnoreCase(String pattern) {
    return new Like(this, Val.of(pattern), false, true);
  }

  @Override
  public Condition notLikeIgnoreCase(String pattern) {
    return new Like(this, Val.of(pattern), true, true);
  }

  @Override
  public Condition contains(String text) {
    return literalLike("%", text, "%", false);
  }

  @Override
  public Condition containsIgnoreCase(String text) {
    return literalLike("%", text, "%", true);
  }

  @Override
  public Condition startsWith(String text) {
    return literalLike("", text, "%", false);
  }

  @Override
  public Condition endsWith(String text) {
    return literalLike("%", text, "", false);
  }

  @Override
  public Condition equalIgnoreCase(String text) {
    return literalLike("", text, "", true);
  }

  /** {@code this like 'prefix' || text || 'suffix' escape '!'}, text matched literally. */
  private Condition literalLike(String prefix, String text, String suffix, boolean ignoreCase) {
    Val<String> pattern = Val.of(prefix + Like.escaped(text) + suffix);
    return new Like(this, pattern, false, ignoreCase, Like.ESCAPE);
  }

  @Override
  public Field<T> plus(Number value) {
    return plus(Val.number(value));
  }

  @Override
  public Field<T> plus(Field<? extends Number> other) {
    return new Arithmetic<>(this, Arithmetic.Operator.PLUS, other);
  }

  @Override
  public Field<T> minus(Number value) {
    return minus(Val.number(value));
  }

  @Override
  public Field<T> minus(Field<? extends Number> other) {
    return new Arithmetic<>(this, Arithmetic.Operator.MINUS, other);
  }

  @Override
  public Field<T> times(Number value) {
    return times(Val.number(value));
  }

  @Override
  public Field<T> times(Field<? extends Number> other) {
    return new Arithmetic<>(this, Arithmetic.Operator.TIMES, other);
  }

  @Override
  public Field<T> div(Number value) {
    return div(Val.number(value));
  }

  @Override
  public Field<T> div(Field<? extends Number> other) {
    return new Arithmetic<>(this, Arithmetic.Operator.DIV, other);
  }

  @Override
  public Field<T> mod(Number value) {
    return mod(Val.number(value));
  }

  @Override
  public Field<T> mod(Field<? extends Number> other) {
    return new Arithmetic<>(this, Arithmetic.Operator.MOD, other);
  }

  @Override
  public Field<T> neg() {
    return new Neg<>(this);
  }

  @Override
  public SortField<T> asc() {
    return new SortSpec<>(this, SortOrder.ASC, SortSpec.Nulls.DEFAULT);
  }

  @Override
  public SortField<T> desc() {
    return new SortSpec<>(this, SortOrder.DESC, SortSpec.Nulls.DEFAULT);
  }

  /**
   * This expression compiled for evaluation in memory ({@link InMemory}); by default it cannot be.
   */
  RowExpression inMemory(InMemory memory) {
    throw memory.unsupported("the expression " + this);
  }

  @Override
  public String toString() {
    return Renderer.inline(this);
  }
}
