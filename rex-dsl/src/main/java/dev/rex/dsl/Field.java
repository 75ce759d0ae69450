package dev.rex.dsl;

import java.util.Collection;

/**
 * A typed column or expression. Conditions built from a field only accept values or fields of the
 * same Java type, so {@code ALBUM.TITLE.eq(42)} does not compile.
 *
 * @param <T> the Java type of the field's values
 */
public interface Field<T> extends SelectField<T>, OrderField<T> {

  /** The Java type of values. */
  default Class<T> getType() {
    return getDataType().getType();
  }

  /** This field under another name: {@code expr as "alias"} in a SELECT list. */
  Field<T> as(String alias);

  /** The same value as another SQL type: {@code cast(expr as type)}. */
  <U> Field<U> cast(DataType<U> type);

  /** {@code this = value}; a null value gives {@code this is null}. */
  Condition eq(T value);

  /** {@code this = other}. */
  Condition eq(Field<T> other);

  /** {@code this <> value}; a null value gives {@code this is not null}. */
  Condition ne(T value);

  /** {@code this <> other}. */
  Condition ne(Field<T> other);

  /** {@code this < value}. */
  Condition lt(T value);

  /** {@code this < other}. */
  Condition lt(Field<T> other);

  /** {@code this <= value}. */
  Condition le(T value);

  /** {@code this <= other}. */
  Condition le(Field<T> other);

  /** {@code this > value}. */
  Condition gt(T value);

  /** {@code this > other}. */
  Condition gt(Field<T> other);

  /** {@code this >= value}. */
  Condition ge(T value);

  /** {@code this >= other}. */
  Condition ge(Field<T> other);

  /** {@code this between low and high}. */
  Condition between(T low, T high);

  /** {@code this between low and high}. */
  Condition between(Field<T> low, Field<T> high);

  /** {@code this in (values…)}; an empty list gives a condition that is always false. */
  @SuppressWarnings("unchecked")
  Condition in(T... values);

  /** {@code this in (values…)}; an empty collection gives a condition that is always false. */
  Condition in(Collection<? extends T> values);

  /** {@code this in (subquery)}. */
  Condition in(Select<? extends Record1<T>> subquery);

  /** {@code this not in (values…)}; an empty list gives a condition that is always true. */
  @SuppressWarnings("unchecked")
  Condition notIn(T... values);

  /** {@code this not in (values…)}; an empty collection gives a condition that is always true. */
  Condition notIn(Collection<? extends T> values);

  /** {@code this not in (subquery)}. */
  Condition notIn(Select<? extends Record1<T>> subquery);

  /** {@code this is null}. */
  Condition isNull();

  /** {@code this is not null}. */
  Condition isNotNull();

  /** {@code this like pattern}, with {@code %} and {@code _} as wildcards. */
  Condition like(String pattern);

  /** {@code this like pattern}. */
  Condition like(Field<String> pattern);

  /** {@code this not like pattern}. */
  Condition notLike(String pattern);

  /** A case-insensitive {@code like}: {@code ilike} where the database has it. */
  Condition likeIgnoreCase(String pattern);

  /** A case-insensitive {@code not like}. */
  Condition notLikeIgnoreCase(String pattern);

  /** {@code this + value}. */
  Field<T> plus(Number value);

  /** {@code this + other}. */
  Field<T> plus(Field<? extends Number> other);

  /** {@code this - value}. */
  Field<T> minus(Number value);

  /** {@code this - other}. */
  Field<T> minus(Field<? extends Number> other);

  /** {@code this * value}. */
  Field<T> times(Number value);

  /** {@code this * other}. */
  Field<T> times(Field<? extends Number> other);

  /** {@code this / value}. */
  Field<T> div(Number value);

  /** {@code this / other}. */
  Field<T> div(Field<? extends Number> other);

  /** {@code this % value}. */
  Field<T> mod(Number value);

  /** {@code this % other}. */
  Field<T> mod(Field<? extends Number> other);

  /** {@code -this}. */
  Field<T> neg();

  /** Ascending order. */
  SortField<T> asc();

  /** Descending order. */
  SortField<T> desc();
}
