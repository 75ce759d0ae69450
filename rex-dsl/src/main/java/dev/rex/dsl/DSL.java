package dev.rex.dsl;

import dev.rex.dsl.impl.Expressions;
import dev.rex.dsl.impl.Queries;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Static entry points for building queries and expressions: {@code import static
 * dev.rex.dsl.DSL.*}. Statements built here are detached; run them with a {@link DSLContext} such
 * as {@code Rex}, or build them from one ({@code db.select(...)}).
 */
public final class DSL extends QueryDSL {

  private DSL() {}

  // --- names and references -----------------------------------------------------------------

  /**
   * A (possibly qualified) identifier: {@code name("public", "album")}. Any text is allowed, since
   * it is always quoted, except a NUL character.
   *
   * @throws dev.rex.dsl.exception.InvalidNameException if a part contains a NUL character
   */
  public static Name name(String... parts) {
    return Expressions.name(List.of(parts));
  }

  /**
   * A table known only by name, such as a recursive CTE referenced inside its definition; {@code
   * name("schema", "table")} names a table of another schema. Its columns are unknown, so {@code
   * selectFrom(table(name("artist")))} selects {@code *} and the runtime reads the columns from the
   * result's metadata; list fields ({@link #field(Name, DataType)}) to get typed values.
   */
  public static Table<Record> table(Name name) {
    return Expressions.table(name);
  }

  /** A column known only by name, with the type its values have. */
  public static <T> Field<T> field(Name name, DataType<T> type) {
    return Expressions.field(name, type);
  }

  /** A scalar subquery {@code (select x …)}: at most one row of one column, used as a value. */
  public static <T> Field<T> field(Select<? extends Record1<T>> select) {
    return Expressions.scalar(select);
  }

  /**
   * {@code multiset(select)}: the rows of a subquery as one value of each outer row, typed as a
   * {@link Result} of the subquery's records. Correlate it to the outer query to fetch a tree in
   * one statement, at any depth:
   *
   * <pre>{@code
   * db.select(ARTIST.NAME,
   *         multiset(select(ALBUM.TITLE).from(ALBUM).where(ALBUM.ARTIST_ID.eq(ARTIST.ARTIST_ID))))
   *     .from(ARTIST).fetch();
   * }</pre>
   *
   * The database builds the nested rows as JSON ({@code json_agg} on PostgreSQL, {@code
   * json_group_array} on SQLite) and Rex decodes them back into typed values. Rows keep the
   * subquery's ORDER BY as the database delivers them to the aggregate.
   */
  public static <R extends Record> Field<Result<R>> multiset(Select<R> select) {
    return Expressions.multiset(select);
  }

  /** A bind value whose SQL type is inferred from the Java value. */
  public static <T> Field<T> val(T value) {
    return Expressions.val(value);
  }

  /** A bind value of the given type; the value may be null. */
  public static <T> Field<T> val(@Nullable T value, DataType<T> type) {
    return Expressions.val(value, type);
  }

  /** A bind value with the type of {@code field}, for comparing or combining with it. */
  public static <T> Field<T> val(@Nullable T value, Field<T> field) {
    return Expressions.val(value, field);
  }

  /** In {@code on conflict do update}, the value the insert proposed for {@code field}. */
  public static <T> Field<T> excluded(Field<T> field) {
    return Expressions.excluded(field);
  }

  /**
   * Application-written SQL with {@code ?} placeholders, still bound: {@code resultQuery("select *
   * from album where artist_id = ?", 1)}. Run it with {@code db.fetch(query)}. Its placeholders are
   * found with the rules of the dialect it renders for (see {@code DSLContext.fetch(String,
   * Object...)}), so a mismatch is reported when it is first rendered.
   */
  public static ResultQuery<Record> resultQuery(String sql, @Nullable Object... binds) {
    return Queries.plainSql(null, sql, binds);
  }

  /**
   * Application-written SQL that returns no rows; run it with {@code db.execute(query)} (see {@code
   * DSLContext.execute(String, Object...)} for the rules on placeholders and statements).
   */
  public static Query query(String sql, @Nullable Object... binds) {
    return Queries.plainStatement(null, sql, binds);
  }

  // --- conditions -----------------------------------------------------------------------------

  /** The neutral condition: it vanishes when combined. Start a dynamic filter with it. */
  public static Condition noCondition() {
    return Expressions.noCondition();
  }

  /** A condition that is always true. */
  public static Condition trueCondition() {
    return Expressions.trueCondition();
  }

  /** A condition that is always false. */
  public static Condition falseCondition() {
    return Expressions.falseCondition();
  }

  /** {@code c1 and c2 and …}; no conditions gives {@link #noCondition()}. */
  public static Condition and(Condition... conditions) {
    return Expressions.and(List.of(conditions));
  }

  /** {@code c1 and c2 and …}; an empty collection gives {@link #noCondition()}. */
  public static Condition and(Collection<? extends Condition> conditions) {
    return Expressions.and(conditions);
  }

  /** {@code c1 or c2 or …}; no conditions gives {@link #noCondition()}. */
  public static Condition or(Condition... conditions) {
    return Expressions.or(List.of(conditions));
  }

  /** {@code c1 or c2 or …}. */
  public static Condition or(Collection<? extends Condition> conditions) {
    return Expressions.or(conditions);
  }

  /** {@code not condition}. */
  public static Condition not(Condition condition) {
    return condition.not();
  }

  /** {@code exists (select …)}. */
  public static Condition exists(Select<?> select) {
    return Expressions.exists(select, false);
  }

  /** {@code not exists (select …)}. */
  public static Condition notExists(Select<?> select) {
    return Expressions.exists(select, true);
  }

  // --- aggregates and window functions ----------------------------------------------------------

  /** {@code count(*)}. */
  public static AggregateFunction<Integer> count() {
    return Expressions.aggregate("count", SQLDataType.INTEGER, false, null);
  }

  /** {@code count(field)}: rows where the field is not null. */
  public static AggregateFunction<Integer> count(Field<?> field) {
    return Expressions.aggregate("count", SQLDataType.INTEGER, false, field);
  }

  /** {@code count(distinct field)}. */
  public static AggregateFunction<Integer> countDistinct(Field<?> field) {
    return Expressions.aggregate("count", SQLDataType.INTEGER, true, field);
  }

  /** {@code sum(field)}, as a decimal whatever the field's numeric type. */
  public static AggregateFunction<BigDecimal> sum(Field<? extends Number> field) {
    return Expressions.aggregate("sum", SQLDataType.NUMERIC, false, field);
  }

  /** {@code avg(field)}, as a decimal. */
  public static AggregateFunction<BigDecimal> avg(Field<? extends Number> field) {
    return Expressions.aggregate("avg", SQLDataType.NUMERIC, false, field);
  }

  /** {@code min(field)}. */
  public static <T> AggregateFunction<T> min(Field<T> field) {
    return Expressions.aggregate("min", field.getDataType(), false, field);
  }

  /** {@code max(field)}. */
  public static <T> AggregateFunction<T> max(Field<T> field) {
    return Expressions.aggregate("max", field.getDataType(), false, field);
  }

  /** {@code row_number()}, to be followed by {@code over(...)}. */
  public static WindowOverStep<Integer> rowNumber() {
    return Expressions.ranking("row_number");
  }

  /** {@code rank()}, to be followed by {@code over(...)}. */
  public static WindowOverStep<Integer> rank() {
    return Expressions.ranking("rank");
  }

  /** {@code dense_rank()}, to be followed by {@code over(...)}. */
  public static WindowOverStep<Integer> denseRank() {
    return Expressions.ranking("dense_rank");
  }

  /** A window {@code partition by fields…}. */
  public static WindowSpecification partitionBy(Field<?>... fields) {
    return Expressions.window(List.of(fields), List.of());
  }

  /** A window {@code order by fields…}. */
  public static WindowSpecification orderBy(OrderField<?>... fields) {
    return Expressions.window(List.of(), List.of(fields));
  }

  // --- scalar functions -------------------------------------------------------------------------

  /** {@code case when condition then value …}. */
  public static <T> CaseWhenStep<T> when(Condition condition, T value) {
    return Expressions.caseWhen(condition, Expressions.val(value));
  }

  /** {@code case when condition then field …}. */
  public static <T> CaseWhenStep<T> when(Condition condition, Field<T> value) {
    return Expressions.caseWhen(condition, value);
  }

  /** {@code coalesce(field, value)}: the field, or the value where it is null. */
  public static <T> Field<T> coalesce(Field<T> field, T value) {
    return Expressions.function(
        "coalesce", field.getDataType(), field, Expressions.val(value, field.getDataType()));
  }

  /** {@code coalesce(field, others…)}: the first non-null. */
  @SafeVarargs
  @SuppressWarnings("varargs") // the array is only read, never stored or handed out
  public static <T> Field<T> coalesce(Field<T> field, Field<T>... others) {
    Field<?>[] all = new Field<?>[others.length + 1];
    all[0] = field;
    System.arraycopy(others, 0, all, 1, others.length);
    return Expressions.function("coalesce", field.getDataType(), all);
  }

  /** {@code lower(field)}. */
  public static Field<String> lower(Field<String> field) {
    return Expressions.function("lower", SQLDataType.VARCHAR, field);
  }

  /** {@code upper(field)}. */
  public static Field<String> upper(Field<String> field) {
    return Expressions.function("upper", SQLDataType.VARCHAR, field);
  }

  /** {@code length(field)}: the number of characters. */
  public static Field<Integer> length(Field<String> field) {
    return Expressions.function("length", SQLDataType.INTEGER, field);
  }

  /** {@code (a || b || …)}: text concatenation; null when any part is null. */
  public static Field<String> concat(Field<?>... fields) {
    return Expressions.concat(List.of(fields));
  }

  /** {@code abs(field)}. */
  public static <T extends Number> Field<T> abs(Field<T> field) {
    return Expressions.function("abs", field.getDataType(), field);
  }

  /** {@code round(field, decimals)}. */
  public static Field<BigDecimal> round(Field<? extends Number> field, int decimals) {
    return Expressions.function(
        "round", SQLDataType.NUMERIC, field.cast(SQLDataType.NUMERIC), Expressions.val(decimals));
  }
}
