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

  /**
   * This field in a select list, its value passed through {@code converter} when a row is read:
   * jOOQ's {@code multiset(…).convertFrom(r -> r.map(mapping(View::new)))}. A null value stays null
   * without calling the converter. The SQL is this field's; the conversion happens only on reading
   * rows of a {@code select(…)}, so use the result as a select-list value, not in conditions.
   */
  default <U> Field<U> convertFrom(java.util.function.Function<? super T, ? extends U> converter) {
    return dev.rex.dsl.impl.Queries.convertFrom(this, converter);
  }

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

  /** {@code this like '%' || text || '%'}: {@code text} occurs in this, wildcards in it literal. */
  Condition contains(String text);

  /** {@link #contains(String)} ignoring case. */
  Condition containsIgnoreCase(String text);

  /** {@code this like text || '%'}: this starts with {@code text}, its wildcards literal. */
  Condition startsWith(String text);

  /** {@code this like '%' || text}: this ends with {@code text}, its wildcards literal. */
  Condition endsWith(String text);

  /**
   * This equals {@code text} ignoring case: a case-insensitive {@code like} of the text with its
   * wildcards escaped, so {@code ilike} on PostgreSQL and {@code lower(this) like lower(text)}
   * elsewhere.
   */
  Condition equalIgnoreCase(String text);

  /** {@link #eq(Object)} under jOOQ's long name. */
  default Condition equal(T value) {
    return eq(value);
  }

  /** {@link #eq(Field)} under jOOQ's long name. */
  default Condition equal(Field<T> other) {
    return eq(other);
  }

  /** {@link #ne(Object)} under jOOQ's long name. */
  default Condition notEqual(T value) {
    return ne(value);
  }

  /** {@link #ne(Field)} under jOOQ's long name. */
  default Condition notEqual(Field<T> other) {
    return ne(other);
  }

  /** {@link #gt(Object)} under jOOQ's long name. */
  default Condition greaterThan(T value) {
    return gt(value);
  }

  /** {@link #gt(Field)} under jOOQ's long name. */
  default Condition greaterThan(Field<T> other) {
    return gt(other);
  }

  /** {@link #ge(Object)} under jOOQ's long name. */
  default Condition greaterOrEqual(T value) {
    return ge(value);
  }

  /** {@link #ge(Field)} under jOOQ's long name. */
  default Condition greaterOrEqual(Field<T> other) {
    return ge(other);
  }

  /** {@link #lt(Object)} under jOOQ's long name. */
  default Condition lessThan(T value) {
    return lt(value);
  }

  /** {@link #lt(Field)} under jOOQ's long name. */
  default Condition lessThan(Field<T> other) {
    return lt(other);
  }

  /** {@link #le(Object)} under jOOQ's long name. */
  default Condition lessOrEqual(T value) {
    return le(value);
  }

  /** {@link #le(Field)} under jOOQ's long name. */
  default Condition lessOrEqual(Field<T> other) {
    return le(other);
  }

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

  /** {@link #plus(Number)} under jOOQ's other name. */
  default Field<T> add(Number value) {
    return plus(value);
  }

  /** {@link #plus(Field)} under jOOQ's other name. */
  default Field<T> add(Field<? extends Number> other) {
    return plus(other);
  }

  /** {@link #minus(Number)} under jOOQ's other name. */
  default Field<T> sub(Number value) {
    return minus(value);
  }

  /** {@link #minus(Field)} under jOOQ's other name. */
  default Field<T> sub(Field<? extends Number> other) {
    return minus(other);
  }

  /** {@link #times(Number)} under jOOQ's other name. */
  default Field<T> mul(Number value) {
    return times(value);
  }

  /** {@link #times(Field)} under jOOQ's other name. */
  default Field<T> mul(Field<? extends Number> other) {
    return times(other);
  }

  /** {@code this || other || …}: text concatenation, as {@link DSL#concat(Field...)}. */
  default Field<String> concat(Field<?>... others) {
    Field<?>[] all = new Field<?>[others.length + 1];
    all[0] = this;
    System.arraycopy(others, 0, all, 1, others.length);
    return DSL.concat(all);
  }

  /** {@code this || 'text' || …}, the texts bound as values. */
  default Field<String> concat(String... texts) {
    Field<?>[] all = new Field<?>[texts.length + 1];
    all[0] = this;
    for (int i = 0; i < texts.length; i++) {
      all[i + 1] = DSL.val(texts[i]);
    }
    return DSL.concat(all);
  }

  /** Ascending order. */
  SortField<T> asc();

  /** Descending order. */
  SortField<T> desc();
}
