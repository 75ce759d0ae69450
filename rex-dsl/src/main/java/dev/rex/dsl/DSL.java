package dev.rex.dsl;

import dev.rex.dsl.impl.Expressions;
import dev.rex.dsl.impl.Queries;
import dev.rex.dsl.impl.StatementStarts;
import java.math.BigDecimal;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Static entry points for building queries and expressions: {@code import static
 * dev.rex.dsl.DSL.*}. Statements built here are detached; run them with a {@link DSLContext} such
 * as {@code Rex}, or build them from one ({@code db.select(...)}).
 *
 * <p>The typed {@code select}, {@code selectDistinct} and {@code insertInto} overloads, one per
 * number of columns, are at the end of the class, in a region written by {@code
 * build-tools/generate-arities.py}.
 */
public final class DSL {

  private DSL() {}

  // --- statements -----------------------------------------------------------------------------

  /** {@code select * from table}, read into the table's records. */
  public static <R extends Record> SelectWhereStep<R> selectFrom(Table<R> table) {
    return Queries.selectFrom(null, table);
  }

  /** {@code update table}. */
  public static <R extends Record> UpdateSetFirstStep<R> update(WritableTable<R> table) {
    return StatementStarts.update(null, table);
  }

  /** {@code delete from table}. */
  public static <R extends Record> DeleteWhereStep<R> deleteFrom(WritableTable<R> table) {
    return StatementStarts.deleteFrom(null, table);
  }

  /** {@code with cte, …} followed by a SELECT. */
  public static WithStep with(CommonTableExpression<?>... ctes) {
    return StatementStarts.with(null, false, ctes);
  }

  /** {@code with recursive cte, …} followed by a SELECT. */
  public static WithStep withRecursive(CommonTableExpression<?>... ctes) {
    return StatementStarts.with(null, true, ctes);
  }

  // --- names and references -----------------------------------------------------------------

  /**
   * A (possibly qualified) identifier: {@code name("public", "album")}. Any text is allowed, since
   * it is always quoted, except a NUL character.
   *
   * @throws dev.rex.dsl.exception.InvalidNameException if a part contains a NUL character
   */
  public static Name name(String... parts) {
    return Queries.name(List.of(parts));
  }

  /**
   * A table known only by name, such as a recursive CTE referenced inside its definition; {@code
   * name("schema", "table")} names a table of another schema. Its columns are unknown, so {@code
   * selectFrom(table(name("artist")))} selects {@code *} and the runtime reads the columns from the
   * result's metadata; list fields ({@link #field(Name, DataType)}) to get typed values.
   */
  public static Table<Record> table(Name name) {
    return Queries.table(name);
  }

  /** A column known only by name, with the type its values have. */
  public static <T> Field<T> field(Name name, DataType<T> type) {
    return Queries.field(name, type);
  }

  /**
   * {@code *}: every column of the query's FROM and JOIN tables, as in {@code
   * select(asterisk()).from(ALBUM)}. It cannot be combined with other fields; use {@link
   * Table#asterisk()} for that.
   */
  public static Asterisk asterisk() {
    return Queries.asterisk();
  }

  /**
   * {@code extract(part from field)}: one part of a date or time as an integer, numbered as {@link
   * DatePart} says, on every dialect. The field must hold a {@code java.time} value (a date, time
   * or timestamp); anything else does not compile.
   */
  public static Field<Integer> extract(Field<? extends Temporal> field, DatePart part) {
    return Queries.extract(field, part);
  }

  /** {@code extract(year from field)}. */
  public static Field<Integer> year(Field<? extends Temporal> field) {
    return extract(field, DatePart.YEAR);
  }

  /** {@code extract(month from field)}. */
  public static Field<Integer> month(Field<? extends Temporal> field) {
    return extract(field, DatePart.MONTH);
  }

  /** {@code extract(day from field)}. */
  public static Field<Integer> day(Field<? extends Temporal> field) {
    return extract(field, DatePart.DAY);
  }

  /** {@code extract(hour from field)}. */
  public static Field<Integer> hour(Field<? extends Temporal> field) {
    return extract(field, DatePart.HOUR);
  }

  /** {@code extract(minute from field)}. */
  public static Field<Integer> minute(Field<? extends Temporal> field) {
    return extract(field, DatePart.MINUTE);
  }

  /** {@code extract(second from field)}, the whole seconds. */
  public static Field<Integer> second(Field<? extends Temporal> field) {
    return extract(field, DatePart.SECOND);
  }

  // --- plain SQL fragments ---------------------------------------------------------------------

  /**
   * A field written as SQL text, as jOOQ's {@code DSL.field(String)}: {@code field("1")}. The text
   * is used as written, in parentheses; never build it from input, pass values as binds instead
   * ({@link #field(String, Class, Object...)}). Its type is {@code Object}.
   */
  public static Field<Object> field(String sql) {
    return Queries.plainSqlField(sql, SQLDataType.other("other"), new Object[0]);
  }

  /**
   * A field written as SQL text with {@code ?} placeholders bound to {@code binds} (a {@link Field}
   * given as a bind is rendered in its place); its type is {@code Object}.
   */
  public static Field<Object> field(String sql, Object... binds) {
    return Queries.plainSqlField(sql, SQLDataType.other("other"), binds);
  }

  /**
   * A field written as SQL text, read as {@code type}: {@code field("count(*)", Integer.class)}.
   */
  public static <T> Field<T> field(String sql, Class<T> type) {
    return Queries.plainSqlField(sql, type, new Object[0]);
  }

  /**
   * A field written as SQL text with {@code ?} placeholders bound to {@code binds}, read as {@code
   * type}: {@code field("upper(?)", String.class, name)}.
   */
  public static <T> Field<T> field(String sql, Class<T> type, Object... binds) {
    return Queries.plainSqlField(sql, type, binds);
  }

  /** A field written as SQL text of the given type. */
  public static <T> Field<T> field(String sql, DataType<T> type) {
    return Queries.plainSqlField(sql, type, new Object[0]);
  }

  /** A field written as SQL text of the given type, with {@code ?} placeholders bound. */
  public static <T> Field<T> field(String sql, DataType<T> type, Object... binds) {
    return Queries.plainSqlField(sql, type, binds);
  }

  /**
   * A condition written as SQL text, as jOOQ's {@code DSL.condition(String)}, in parentheses; never
   * build it from input, pass values as binds ({@link #condition(String, Object...)}).
   */
  public static Condition condition(String sql) {
    return Queries.plainSqlCondition(sql, new Object[0]);
  }

  /**
   * A condition written as SQL text with {@code ?} placeholders bound to {@code binds}: {@code
   * condition("length(name) > ?", 10)}. A {@link Field} given as a bind is rendered in its place.
   */
  public static Condition condition(String sql, Object... binds) {
    return Queries.plainSqlCondition(sql, binds);
  }

  /** A scalar subquery {@code (select x …)}: at most one row of one column, used as a value. */
  public static <T> Field<T> field(Select<? extends Record1<T>> select) {
    return Queries.scalar(select);
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
    return Queries.multiset(select);
  }

  /** A bind value whose SQL type is inferred from the Java value. */
  public static <T> Field<T> val(T value) {
    return Queries.val(value);
  }

  /** A bind value of the given type; the value may be null. */
  public static <T> Field<T> val(@Nullable T value, DataType<T> type) {
    return Queries.val(value, type);
  }

  /** A bind value with the type of {@code field}, for comparing or combining with it. */
  public static <T> Field<T> val(@Nullable T value, Field<T> field) {
    return Queries.val(value, field);
  }

  /**
   * {@code value} written into the SQL text rather than bound, for SQL that needs a constant (a
   * {@code group by} expression that must repeat exactly, an index hint). Only numbers and booleans
   * are written inline, which cannot inject SQL; any other value is still bound, so that no text
   * reaches the database outside a bind parameter. The value may not be null.
   */
  public static <T> Field<T> inline(T value) {
    return Queries.inline(value);
  }

  /**
   * {@code context} itself, so that jOOQ's {@code DSL.using(cfg)} inside a transaction body
   * compiles: the body's handle is already a database. The type is kept, so a transaction handle
   * stays one.
   */
  public static <C extends DSLContext> C using(C context) {
    return context;
  }

  /** {@code select 1}, detached: the usual start of an {@code exists} probe. */
  public static SelectFromStep<Record1<Integer>> selectOne() {
    return select(val(1));
  }

  /** {@code select count(*)}, detached, to be followed by {@code from}. */
  public static SelectFromStep<Record1<Integer>> selectCount() {
    return select(count());
  }

  /** In {@code on conflict do update}, the value the insert proposed for {@code field}. */
  public static <T> Field<T> excluded(Field<T> field) {
    return Queries.excluded(field);
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
    return Queries.noCondition();
  }

  /** A condition that is always true. */
  public static Condition trueCondition() {
    return Queries.trueCondition();
  }

  /** A condition that is always false. */
  public static Condition falseCondition() {
    return Queries.falseCondition();
  }

  /** {@code c1 and c2 and …}; no conditions gives {@link #noCondition()}. */
  public static Condition and(Condition... conditions) {
    return Queries.and(List.of(conditions));
  }

  /** {@code c1 and c2 and …}; an empty collection gives {@link #noCondition()}. */
  public static Condition and(Collection<? extends Condition> conditions) {
    return Queries.and(conditions);
  }

  /** {@code c1 or c2 or …}; no conditions gives {@link #noCondition()}. */
  public static Condition or(Condition... conditions) {
    return Queries.or(List.of(conditions));
  }

  /** {@code c1 or c2 or …}. */
  public static Condition or(Collection<? extends Condition> conditions) {
    return Queries.or(conditions);
  }

  /** {@code not condition}. */
  public static Condition not(Condition condition) {
    return condition.not();
  }

  /** {@code exists (select …)}. */
  public static Condition exists(Select<?> select) {
    return Queries.exists(select, false);
  }

  /** {@code not exists (select …)}. */
  public static Condition notExists(Select<?> select) {
    return Queries.exists(select, true);
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
    return Expressions.caseWhen(condition, Queries.val(value));
  }

  /** {@code case when condition then field …}. */
  public static <T> CaseWhenStep<T> when(Condition condition, Field<T> value) {
    return Expressions.caseWhen(condition, value);
  }

  /** jOOQ's {@code choose()}: {@code choose().when(condition, value)…otherwise(other)}. */
  public static Case choose() {
    return new Case() {};
  }

  /** {@code coalesce(field, value)} under Oracle's (and jOOQ's) name. */
  public static <T> Field<T> nvl(Field<T> field, T value) {
    return coalesce(field, value);
  }

  /** {@code coalesce(field, other)} under Oracle's (and jOOQ's) name. */
  @SuppressWarnings("unchecked")
  public static <T> Field<T> nvl(Field<T> field, Field<T> other) {
    return coalesce(field, other);
  }

  /** {@code trim(field)}: without leading and trailing spaces. */
  public static Field<String> trim(Field<String> field) {
    return Queries.function("trim", SQLDataType.VARCHAR, field);
  }

  /** {@code ltrim(field)}: without leading spaces. */
  public static Field<String> ltrim(Field<String> field) {
    return Queries.function("ltrim", SQLDataType.VARCHAR, field);
  }

  /** {@code rtrim(field)}: without trailing spaces. */
  public static Field<String> rtrim(Field<String> field) {
    return Queries.function("rtrim", SQLDataType.VARCHAR, field);
  }

  /**
   * The text from the 1-based position {@code start} to the end: {@code substr(field, start)},
   * which PostgreSQL and SQLite both have.
   */
  public static Field<String> substring(Field<String> field, int start) {
    return Queries.function("substr", SQLDataType.VARCHAR, field, Queries.val(start));
  }

  /** {@code length} characters from the 1-based position {@code start}: {@code substr(…)}. */
  public static Field<String> substring(Field<String> field, int start, int length) {
    return Queries.function(
        "substr", SQLDataType.VARCHAR, field, Queries.val(start), Queries.val(length));
  }

  /** {@code coalesce(field, value)}: the field, or the value where it is null. */
  public static <T> Field<T> coalesce(Field<T> field, T value) {
    return Queries.function(
        "coalesce", field.getDataType(), field, Queries.val(value, field.getDataType()));
  }

  /** {@code coalesce(field, others…)}: the first non-null. */
  @SafeVarargs
  @SuppressWarnings("varargs") // the array is only read, never stored or handed out
  public static <T> Field<T> coalesce(Field<T> field, Field<T>... others) {
    Field<?>[] all = new Field<?>[others.length + 1];
    all[0] = field;
    System.arraycopy(others, 0, all, 1, others.length);
    return Queries.function("coalesce", field.getDataType(), all);
  }

  /** {@code lower(field)}. */
  public static Field<String> lower(Field<String> field) {
    return Queries.function("lower", SQLDataType.VARCHAR, field);
  }

  /** {@code upper(field)}. */
  public static Field<String> upper(Field<String> field) {
    return Queries.function("upper", SQLDataType.VARCHAR, field);
  }

  /** {@code length(field)}: the number of characters. */
  public static Field<Integer> length(Field<String> field) {
    return Queries.function("length", SQLDataType.INTEGER, field);
  }

  /** {@code (a || b || …)}: text concatenation; null when any part is null. */
  public static Field<String> concat(Field<?>... fields) {
    return Queries.concat(List.of(fields));
  }

  /** {@code abs(field)}. */
  public static <T extends Number> Field<T> abs(Field<T> field) {
    return Queries.function("abs", field.getDataType(), field);
  }

  /** {@code round(field, decimals)}. */
  public static Field<BigDecimal> round(Field<? extends Number> field, int decimals) {
    return Queries.function(
        "round", SQLDataType.NUMERIC, field.cast(SQLDataType.NUMERIC), Queries.val(decimals));
  }

  // ---- generated by build-tools/generate-arities.py (edit the script, not this region) ----

  /** {@code select} of 1 typed column. */
  public static <T1> SelectFromStep<Record1<T1>> select(SelectField<T1> field1) {
    return Queries.select(null, false, field1);
  }

  /** {@code select} of 2 typed columns. */
  public static <T1, T2> SelectFromStep<Record2<T1, T2>> select(
      SelectField<T1> field1, SelectField<T2> field2) {
    return Queries.select(null, false, field1, field2);
  }

  /** {@code select} of 3 typed columns. */
  public static <T1, T2, T3> SelectFromStep<Record3<T1, T2, T3>> select(
      SelectField<T1> field1, SelectField<T2> field2, SelectField<T3> field3) {
    return Queries.select(null, false, field1, field2, field3);
  }

  /** {@code select} of 4 typed columns. */
  public static <T1, T2, T3, T4> SelectFromStep<Record4<T1, T2, T3, T4>> select(
      SelectField<T1> field1,
      SelectField<T2> field2,
      SelectField<T3> field3,
      SelectField<T4> field4) {
    return Queries.select(null, false, field1, field2, field3, field4);
  }

  /** {@code select} of 5 typed columns. */
  public static <T1, T2, T3, T4, T5> SelectFromStep<Record5<T1, T2, T3, T4, T5>> select(
      SelectField<T1> field1,
      SelectField<T2> field2,
      SelectField<T3> field3,
      SelectField<T4> field4,
      SelectField<T5> field5) {
    return Queries.select(null, false, field1, field2, field3, field4, field5);
  }

  /** {@code select} of 6 typed columns. */
  public static <T1, T2, T3, T4, T5, T6> SelectFromStep<Record6<T1, T2, T3, T4, T5, T6>> select(
      SelectField<T1> field1,
      SelectField<T2> field2,
      SelectField<T3> field3,
      SelectField<T4> field4,
      SelectField<T5> field5,
      SelectField<T6> field6) {
    return Queries.select(null, false, field1, field2, field3, field4, field5, field6);
  }

  /** {@code select} of 7 typed columns. */
  public static <T1, T2, T3, T4, T5, T6, T7>
      SelectFromStep<Record7<T1, T2, T3, T4, T5, T6, T7>> select(
          SelectField<T1> field1,
          SelectField<T2> field2,
          SelectField<T3> field3,
          SelectField<T4> field4,
          SelectField<T5> field5,
          SelectField<T6> field6,
          SelectField<T7> field7) {
    return Queries.select(null, false, field1, field2, field3, field4, field5, field6, field7);
  }

  /** {@code select} of 8 typed columns. */
  public static <T1, T2, T3, T4, T5, T6, T7, T8>
      SelectFromStep<Record8<T1, T2, T3, T4, T5, T6, T7, T8>> select(
          SelectField<T1> field1,
          SelectField<T2> field2,
          SelectField<T3> field3,
          SelectField<T4> field4,
          SelectField<T5> field5,
          SelectField<T6> field6,
          SelectField<T7> field7,
          SelectField<T8> field8) {
    return Queries.select(
        null, false, field1, field2, field3, field4, field5, field6, field7, field8);
  }

  /** {@code select} of 9 typed columns. */
  public static <T1, T2, T3, T4, T5, T6, T7, T8, T9>
      SelectFromStep<Record9<T1, T2, T3, T4, T5, T6, T7, T8, T9>> select(
          SelectField<T1> field1,
          SelectField<T2> field2,
          SelectField<T3> field3,
          SelectField<T4> field4,
          SelectField<T5> field5,
          SelectField<T6> field6,
          SelectField<T7> field7,
          SelectField<T8> field8,
          SelectField<T9> field9) {
    return Queries.select(
        null, false, field1, field2, field3, field4, field5, field6, field7, field8, field9);
  }

  /** {@code select} of 10 typed columns. */
  public static <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10>
      SelectFromStep<Record10<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10>> select(
          SelectField<T1> field1,
          SelectField<T2> field2,
          SelectField<T3> field3,
          SelectField<T4> field4,
          SelectField<T5> field5,
          SelectField<T6> field6,
          SelectField<T7> field7,
          SelectField<T8> field8,
          SelectField<T9> field9,
          SelectField<T10> field10) {
    return Queries.select(
        null, false, field1, field2, field3, field4, field5, field6, field7, field8, field9,
        field10);
  }

  /** {@code select} of 11 typed columns. */
  public static <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11>
      SelectFromStep<Record11<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11>> select(
          SelectField<T1> field1,
          SelectField<T2> field2,
          SelectField<T3> field3,
          SelectField<T4> field4,
          SelectField<T5> field5,
          SelectField<T6> field6,
          SelectField<T7> field7,
          SelectField<T8> field8,
          SelectField<T9> field9,
          SelectField<T10> field10,
          SelectField<T11> field11) {
    return Queries.select(
        null, false, field1, field2, field3, field4, field5, field6, field7, field8, field9,
        field10, field11);
  }

  /** {@code select} of 12 typed columns. */
  public static <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12>
      SelectFromStep<Record12<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12>> select(
          SelectField<T1> field1,
          SelectField<T2> field2,
          SelectField<T3> field3,
          SelectField<T4> field4,
          SelectField<T5> field5,
          SelectField<T6> field6,
          SelectField<T7> field7,
          SelectField<T8> field8,
          SelectField<T9> field9,
          SelectField<T10> field10,
          SelectField<T11> field11,
          SelectField<T12> field12) {
    return Queries.select(
        null, false, field1, field2, field3, field4, field5, field6, field7, field8, field9,
        field10, field11, field12);
  }

  /** {@code select} of 13 typed columns. */
  public static <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13>
      SelectFromStep<Record13<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13>> select(
          SelectField<T1> field1,
          SelectField<T2> field2,
          SelectField<T3> field3,
          SelectField<T4> field4,
          SelectField<T5> field5,
          SelectField<T6> field6,
          SelectField<T7> field7,
          SelectField<T8> field8,
          SelectField<T9> field9,
          SelectField<T10> field10,
          SelectField<T11> field11,
          SelectField<T12> field12,
          SelectField<T13> field13) {
    return Queries.select(
        null, false, field1, field2, field3, field4, field5, field6, field7, field8, field9,
        field10, field11, field12, field13);
  }

  /** {@code select} of 14 typed columns. */
  public static <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14>
      SelectFromStep<Record14<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14>> select(
          SelectField<T1> field1,
          SelectField<T2> field2,
          SelectField<T3> field3,
          SelectField<T4> field4,
          SelectField<T5> field5,
          SelectField<T6> field6,
          SelectField<T7> field7,
          SelectField<T8> field8,
          SelectField<T9> field9,
          SelectField<T10> field10,
          SelectField<T11> field11,
          SelectField<T12> field12,
          SelectField<T13> field13,
          SelectField<T14> field14) {
    return Queries.select(
        null, false, field1, field2, field3, field4, field5, field6, field7, field8, field9,
        field10, field11, field12, field13, field14);
  }

  /** {@code select} of 15 typed columns. */
  public static <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15>
      SelectFromStep<Record15<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15>>
          select(
              SelectField<T1> field1,
              SelectField<T2> field2,
              SelectField<T3> field3,
              SelectField<T4> field4,
              SelectField<T5> field5,
              SelectField<T6> field6,
              SelectField<T7> field7,
              SelectField<T8> field8,
              SelectField<T9> field9,
              SelectField<T10> field10,
              SelectField<T11> field11,
              SelectField<T12> field12,
              SelectField<T13> field13,
              SelectField<T14> field14,
              SelectField<T15> field15) {
    return Queries.select(
        null, false, field1, field2, field3, field4, field5, field6, field7, field8, field9,
        field10, field11, field12, field13, field14, field15);
  }

  /** {@code select} of 16 typed columns. */
  public static <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16>
      SelectFromStep<
              Record16<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16>>
          select(
              SelectField<T1> field1,
              SelectField<T2> field2,
              SelectField<T3> field3,
              SelectField<T4> field4,
              SelectField<T5> field5,
              SelectField<T6> field6,
              SelectField<T7> field7,
              SelectField<T8> field8,
              SelectField<T9> field9,
              SelectField<T10> field10,
              SelectField<T11> field11,
              SelectField<T12> field12,
              SelectField<T13> field13,
              SelectField<T14> field14,
              SelectField<T15> field15,
              SelectField<T16> field16) {
    return Queries.select(
        null, false, field1, field2, field3, field4, field5, field6, field7, field8, field9,
        field10, field11, field12, field13, field14, field15, field16);
  }

  /** {@code select} of any number of columns, as untyped records. */
  public static SelectFromStep<Record> select(SelectFieldOrAsterisk... fields) {
    return Queries.select(null, false, fields);
  }

  /** {@code select distinct} of 1 typed column. */
  public static <T1> SelectFromStep<Record1<T1>> selectDistinct(SelectField<T1> field1) {
    return Queries.select(null, true, field1);
  }

  /** {@code select distinct} of 2 typed columns. */
  public static <T1, T2> SelectFromStep<Record2<T1, T2>> selectDistinct(
      SelectField<T1> field1, SelectField<T2> field2) {
    return Queries.select(null, true, field1, field2);
  }

  /** {@code select distinct} of 3 typed columns. */
  public static <T1, T2, T3> SelectFromStep<Record3<T1, T2, T3>> selectDistinct(
      SelectField<T1> field1, SelectField<T2> field2, SelectField<T3> field3) {
    return Queries.select(null, true, field1, field2, field3);
  }

  /** {@code select distinct} of 4 typed columns. */
  public static <T1, T2, T3, T4> SelectFromStep<Record4<T1, T2, T3, T4>> selectDistinct(
      SelectField<T1> field1,
      SelectField<T2> field2,
      SelectField<T3> field3,
      SelectField<T4> field4) {
    return Queries.select(null, true, field1, field2, field3, field4);
  }

  /** {@code select distinct} of 5 typed columns. */
  public static <T1, T2, T3, T4, T5> SelectFromStep<Record5<T1, T2, T3, T4, T5>> selectDistinct(
      SelectField<T1> field1,
      SelectField<T2> field2,
      SelectField<T3> field3,
      SelectField<T4> field4,
      SelectField<T5> field5) {
    return Queries.select(null, true, field1, field2, field3, field4, field5);
  }

  /** {@code select distinct} of 6 typed columns. */
  public static <T1, T2, T3, T4, T5, T6>
      SelectFromStep<Record6<T1, T2, T3, T4, T5, T6>> selectDistinct(
          SelectField<T1> field1,
          SelectField<T2> field2,
          SelectField<T3> field3,
          SelectField<T4> field4,
          SelectField<T5> field5,
          SelectField<T6> field6) {
    return Queries.select(null, true, field1, field2, field3, field4, field5, field6);
  }

  /** {@code select distinct} of 7 typed columns. */
  public static <T1, T2, T3, T4, T5, T6, T7>
      SelectFromStep<Record7<T1, T2, T3, T4, T5, T6, T7>> selectDistinct(
          SelectField<T1> field1,
          SelectField<T2> field2,
          SelectField<T3> field3,
          SelectField<T4> field4,
          SelectField<T5> field5,
          SelectField<T6> field6,
          SelectField<T7> field7) {
    return Queries.select(null, true, field1, field2, field3, field4, field5, field6, field7);
  }

  /** {@code select distinct} of 8 typed columns. */
  public static <T1, T2, T3, T4, T5, T6, T7, T8>
      SelectFromStep<Record8<T1, T2, T3, T4, T5, T6, T7, T8>> selectDistinct(
          SelectField<T1> field1,
          SelectField<T2> field2,
          SelectField<T3> field3,
          SelectField<T4> field4,
          SelectField<T5> field5,
          SelectField<T6> field6,
          SelectField<T7> field7,
          SelectField<T8> field8) {
    return Queries.select(
        null, true, field1, field2, field3, field4, field5, field6, field7, field8);
  }

  /** {@code select distinct} of 9 typed columns. */
  public static <T1, T2, T3, T4, T5, T6, T7, T8, T9>
      SelectFromStep<Record9<T1, T2, T3, T4, T5, T6, T7, T8, T9>> selectDistinct(
          SelectField<T1> field1,
          SelectField<T2> field2,
          SelectField<T3> field3,
          SelectField<T4> field4,
          SelectField<T5> field5,
          SelectField<T6> field6,
          SelectField<T7> field7,
          SelectField<T8> field8,
          SelectField<T9> field9) {
    return Queries.select(
        null, true, field1, field2, field3, field4, field5, field6, field7, field8, field9);
  }

  /** {@code select distinct} of 10 typed columns. */
  public static <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10>
      SelectFromStep<Record10<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10>> selectDistinct(
          SelectField<T1> field1,
          SelectField<T2> field2,
          SelectField<T3> field3,
          SelectField<T4> field4,
          SelectField<T5> field5,
          SelectField<T6> field6,
          SelectField<T7> field7,
          SelectField<T8> field8,
          SelectField<T9> field9,
          SelectField<T10> field10) {
    return Queries.select(
        null, true, field1, field2, field3, field4, field5, field6, field7, field8, field9,
        field10);
  }

  /** {@code select distinct} of 11 typed columns. */
  public static <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11>
      SelectFromStep<Record11<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11>> selectDistinct(
          SelectField<T1> field1,
          SelectField<T2> field2,
          SelectField<T3> field3,
          SelectField<T4> field4,
          SelectField<T5> field5,
          SelectField<T6> field6,
          SelectField<T7> field7,
          SelectField<T8> field8,
          SelectField<T9> field9,
          SelectField<T10> field10,
          SelectField<T11> field11) {
    return Queries.select(
        null, true, field1, field2, field3, field4, field5, field6, field7, field8, field9, field10,
        field11);
  }

  /** {@code select distinct} of 12 typed columns. */
  public static <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12>
      SelectFromStep<Record12<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12>> selectDistinct(
          SelectField<T1> field1,
          SelectField<T2> field2,
          SelectField<T3> field3,
          SelectField<T4> field4,
          SelectField<T5> field5,
          SelectField<T6> field6,
          SelectField<T7> field7,
          SelectField<T8> field8,
          SelectField<T9> field9,
          SelectField<T10> field10,
          SelectField<T11> field11,
          SelectField<T12> field12) {
    return Queries.select(
        null, true, field1, field2, field3, field4, field5, field6, field7, field8, field9, field10,
        field11, field12);
  }

  /** {@code select distinct} of 13 typed columns. */
  public static <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13>
      SelectFromStep<Record13<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13>>
          selectDistinct(
              SelectField<T1> field1,
              SelectField<T2> field2,
              SelectField<T3> field3,
              SelectField<T4> field4,
              SelectField<T5> field5,
              SelectField<T6> field6,
              SelectField<T7> field7,
              SelectField<T8> field8,
              SelectField<T9> field9,
              SelectField<T10> field10,
              SelectField<T11> field11,
              SelectField<T12> field12,
              SelectField<T13> field13) {
    return Queries.select(
        null, true, field1, field2, field3, field4, field5, field6, field7, field8, field9, field10,
        field11, field12, field13);
  }

  /** {@code select distinct} of 14 typed columns. */
  public static <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14>
      SelectFromStep<Record14<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14>>
          selectDistinct(
              SelectField<T1> field1,
              SelectField<T2> field2,
              SelectField<T3> field3,
              SelectField<T4> field4,
              SelectField<T5> field5,
              SelectField<T6> field6,
              SelectField<T7> field7,
              SelectField<T8> field8,
              SelectField<T9> field9,
              SelectField<T10> field10,
              SelectField<T11> field11,
              SelectField<T12> field12,
              SelectField<T13> field13,
              SelectField<T14> field14) {
    return Queries.select(
        null, true, field1, field2, field3, field4, field5, field6, field7, field8, field9, field10,
        field11, field12, field13, field14);
  }

  /** {@code select distinct} of 15 typed columns. */
  public static <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15>
      SelectFromStep<Record15<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15>>
          selectDistinct(
              SelectField<T1> field1,
              SelectField<T2> field2,
              SelectField<T3> field3,
              SelectField<T4> field4,
              SelectField<T5> field5,
              SelectField<T6> field6,
              SelectField<T7> field7,
              SelectField<T8> field8,
              SelectField<T9> field9,
              SelectField<T10> field10,
              SelectField<T11> field11,
              SelectField<T12> field12,
              SelectField<T13> field13,
              SelectField<T14> field14,
              SelectField<T15> field15) {
    return Queries.select(
        null, true, field1, field2, field3, field4, field5, field6, field7, field8, field9, field10,
        field11, field12, field13, field14, field15);
  }

  /** {@code select distinct} of 16 typed columns. */
  public static <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16>
      SelectFromStep<
              Record16<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16>>
          selectDistinct(
              SelectField<T1> field1,
              SelectField<T2> field2,
              SelectField<T3> field3,
              SelectField<T4> field4,
              SelectField<T5> field5,
              SelectField<T6> field6,
              SelectField<T7> field7,
              SelectField<T8> field8,
              SelectField<T9> field9,
              SelectField<T10> field10,
              SelectField<T11> field11,
              SelectField<T12> field12,
              SelectField<T13> field13,
              SelectField<T14> field14,
              SelectField<T15> field15,
              SelectField<T16> field16) {
    return Queries.select(
        null, true, field1, field2, field3, field4, field5, field6, field7, field8, field9, field10,
        field11, field12, field13, field14, field15, field16);
  }

  /** {@code select distinct} of any number of columns, as untyped records. */
  public static SelectFromStep<Record> selectDistinct(SelectFieldOrAsterisk... fields) {
    return Queries.select(null, true, fields);
  }

  /** {@code insert into table}, with columns given by {@code set} or a query. */
  public static <R extends Record> InsertSetStep<R> insertInto(WritableTable<R> table) {
    return StatementStarts.insertInto(null, table);
  }

  /** {@code insert into table} (1 column), followed by typed {@code values}. */
  public static <R extends Record, T1> InsertValuesStep1<R, T1> insertInto(
      WritableTable<R> table, Field<T1> field1) {
    return StatementStarts.insertInto(null, table, field1);
  }

  /** {@code insert into table} (2 columns), followed by typed {@code values}. */
  public static <R extends Record, T1, T2> InsertValuesStep2<R, T1, T2> insertInto(
      WritableTable<R> table, Field<T1> field1, Field<T2> field2) {
    return StatementStarts.insertInto(null, table, field1, field2);
  }

  /** {@code insert into table} (3 columns), followed by typed {@code values}. */
  public static <R extends Record, T1, T2, T3> InsertValuesStep3<R, T1, T2, T3> insertInto(
      WritableTable<R> table, Field<T1> field1, Field<T2> field2, Field<T3> field3) {
    return StatementStarts.insertInto(null, table, field1, field2, field3);
  }

  /** {@code insert into table} (4 columns), followed by typed {@code values}. */
  public static <R extends Record, T1, T2, T3, T4> InsertValuesStep4<R, T1, T2, T3, T4> insertInto(
      WritableTable<R> table,
      Field<T1> field1,
      Field<T2> field2,
      Field<T3> field3,
      Field<T4> field4) {
    return StatementStarts.insertInto(null, table, field1, field2, field3, field4);
  }

  /** {@code insert into table} (5 columns), followed by typed {@code values}. */
  public static <R extends Record, T1, T2, T3, T4, T5>
      InsertValuesStep5<R, T1, T2, T3, T4, T5> insertInto(
          WritableTable<R> table,
          Field<T1> field1,
          Field<T2> field2,
          Field<T3> field3,
          Field<T4> field4,
          Field<T5> field5) {
    return StatementStarts.insertInto(null, table, field1, field2, field3, field4, field5);
  }

  /** {@code insert into table} (6 columns), followed by typed {@code values}. */
  public static <R extends Record, T1, T2, T3, T4, T5, T6>
      InsertValuesStep6<R, T1, T2, T3, T4, T5, T6> insertInto(
          WritableTable<R> table,
          Field<T1> field1,
          Field<T2> field2,
          Field<T3> field3,
          Field<T4> field4,
          Field<T5> field5,
          Field<T6> field6) {
    return StatementStarts.insertInto(null, table, field1, field2, field3, field4, field5, field6);
  }

  /** {@code insert into table} (7 columns), followed by typed {@code values}. */
  public static <R extends Record, T1, T2, T3, T4, T5, T6, T7>
      InsertValuesStep7<R, T1, T2, T3, T4, T5, T6, T7> insertInto(
          WritableTable<R> table,
          Field<T1> field1,
          Field<T2> field2,
          Field<T3> field3,
          Field<T4> field4,
          Field<T5> field5,
          Field<T6> field6,
          Field<T7> field7) {
    return StatementStarts.insertInto(
        null, table, field1, field2, field3, field4, field5, field6, field7);
  }

  /** {@code insert into table} (8 columns), followed by typed {@code values}. */
  public static <R extends Record, T1, T2, T3, T4, T5, T6, T7, T8>
      InsertValuesStep8<R, T1, T2, T3, T4, T5, T6, T7, T8> insertInto(
          WritableTable<R> table,
          Field<T1> field1,
          Field<T2> field2,
          Field<T3> field3,
          Field<T4> field4,
          Field<T5> field5,
          Field<T6> field6,
          Field<T7> field7,
          Field<T8> field8) {
    return StatementStarts.insertInto(
        null, table, field1, field2, field3, field4, field5, field6, field7, field8);
  }

  /** {@code insert into table} (9 columns), followed by typed {@code values}. */
  public static <R extends Record, T1, T2, T3, T4, T5, T6, T7, T8, T9>
      InsertValuesStep9<R, T1, T2, T3, T4, T5, T6, T7, T8, T9> insertInto(
          WritableTable<R> table,
          Field<T1> field1,
          Field<T2> field2,
          Field<T3> field3,
          Field<T4> field4,
          Field<T5> field5,
          Field<T6> field6,
          Field<T7> field7,
          Field<T8> field8,
          Field<T9> field9) {
    return StatementStarts.insertInto(
        null, table, field1, field2, field3, field4, field5, field6, field7, field8, field9);
  }

  /** {@code insert into table} (10 columns), followed by typed {@code values}. */
  public static <R extends Record, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10>
      InsertValuesStep10<R, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10> insertInto(
          WritableTable<R> table,
          Field<T1> field1,
          Field<T2> field2,
          Field<T3> field3,
          Field<T4> field4,
          Field<T5> field5,
          Field<T6> field6,
          Field<T7> field7,
          Field<T8> field8,
          Field<T9> field9,
          Field<T10> field10) {
    return StatementStarts.insertInto(
        null, table, field1, field2, field3, field4, field5, field6, field7, field8, field9,
        field10);
  }

  /** {@code insert into table} (11 columns), followed by typed {@code values}. */
  public static <R extends Record, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11>
      InsertValuesStep11<R, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11> insertInto(
          WritableTable<R> table,
          Field<T1> field1,
          Field<T2> field2,
          Field<T3> field3,
          Field<T4> field4,
          Field<T5> field5,
          Field<T6> field6,
          Field<T7> field7,
          Field<T8> field8,
          Field<T9> field9,
          Field<T10> field10,
          Field<T11> field11) {
    return StatementStarts.insertInto(
        null, table, field1, field2, field3, field4, field5, field6, field7, field8, field9,
        field10, field11);
  }

  /** {@code insert into table} (12 columns), followed by typed {@code values}. */
  public static <R extends Record, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12>
      InsertValuesStep12<R, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12> insertInto(
          WritableTable<R> table,
          Field<T1> field1,
          Field<T2> field2,
          Field<T3> field3,
          Field<T4> field4,
          Field<T5> field5,
          Field<T6> field6,
          Field<T7> field7,
          Field<T8> field8,
          Field<T9> field9,
          Field<T10> field10,
          Field<T11> field11,
          Field<T12> field12) {
    return StatementStarts.insertInto(
        null, table, field1, field2, field3, field4, field5, field6, field7, field8, field9,
        field10, field11, field12);
  }

  /** {@code insert into table} (13 columns), followed by typed {@code values}. */
  public static <R extends Record, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13>
      InsertValuesStep13<R, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13> insertInto(
          WritableTable<R> table,
          Field<T1> field1,
          Field<T2> field2,
          Field<T3> field3,
          Field<T4> field4,
          Field<T5> field5,
          Field<T6> field6,
          Field<T7> field7,
          Field<T8> field8,
          Field<T9> field9,
          Field<T10> field10,
          Field<T11> field11,
          Field<T12> field12,
          Field<T13> field13) {
    return StatementStarts.insertInto(
        null, table, field1, field2, field3, field4, field5, field6, field7, field8, field9,
        field10, field11, field12, field13);
  }

  /** {@code insert into table} (14 columns), followed by typed {@code values}. */
  public static <R extends Record, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14>
      InsertValuesStep14<R, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14> insertInto(
          WritableTable<R> table,
          Field<T1> field1,
          Field<T2> field2,
          Field<T3> field3,
          Field<T4> field4,
          Field<T5> field5,
          Field<T6> field6,
          Field<T7> field7,
          Field<T8> field8,
          Field<T9> field9,
          Field<T10> field10,
          Field<T11> field11,
          Field<T12> field12,
          Field<T13> field13,
          Field<T14> field14) {
    return StatementStarts.insertInto(
        null, table, field1, field2, field3, field4, field5, field6, field7, field8, field9,
        field10, field11, field12, field13, field14);
  }

  /** {@code insert into table} (15 columns), followed by typed {@code values}. */
  public static <R extends Record, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15>
      InsertValuesStep15<R, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15>
          insertInto(
              WritableTable<R> table,
              Field<T1> field1,
              Field<T2> field2,
              Field<T3> field3,
              Field<T4> field4,
              Field<T5> field5,
              Field<T6> field6,
              Field<T7> field7,
              Field<T8> field8,
              Field<T9> field9,
              Field<T10> field10,
              Field<T11> field11,
              Field<T12> field12,
              Field<T13> field13,
              Field<T14> field14,
              Field<T15> field15) {
    return StatementStarts.insertInto(
        null, table, field1, field2, field3, field4, field5, field6, field7, field8, field9,
        field10, field11, field12, field13, field14, field15);
  }

  /** {@code insert into table} (16 columns), followed by typed {@code values}. */
  public static <
          R extends Record, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16>
      InsertValuesStep16<R, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16>
          insertInto(
              WritableTable<R> table,
              Field<T1> field1,
              Field<T2> field2,
              Field<T3> field3,
              Field<T4> field4,
              Field<T5> field5,
              Field<T6> field6,
              Field<T7> field7,
              Field<T8> field8,
              Field<T9> field9,
              Field<T10> field10,
              Field<T11> field11,
              Field<T12> field12,
              Field<T13> field13,
              Field<T14> field14,
              Field<T15> field15,
              Field<T16> field16) {
    return StatementStarts.insertInto(
        null, table, field1, field2, field3, field4, field5, field6, field7, field8, field9,
        field10, field11, field12, field13, field14, field15, field16);
  }

  /** {@code insert into table} with a list of columns and untyped {@code values}. */
  public static <R extends Record> InsertValuesStep<R> insertInto(
      WritableTable<R> table, java.util.Collection<? extends Field<?>> fields) {
    return StatementStarts.insertInto(null, table, fields.toArray(new Field<?>[0]));
  }

  /** The row value expression {@code (field1)}. */
  public static <T1> Row1<T1> row(Field<T1> field1) {
    return Queries.row(field1);
  }

  /** The row value expression {@code (field1, field2)}. */
  public static <T1, T2> Row2<T1, T2> row(Field<T1> field1, Field<T2> field2) {
    return Queries.row(field1, field2);
  }

  /** The row value expression {@code (field1, field2, field3)}. */
  public static <T1, T2, T3> Row3<T1, T2, T3> row(
      Field<T1> field1, Field<T2> field2, Field<T3> field3) {
    return Queries.row(field1, field2, field3);
  }

  /** The row value expression {@code (field1, field2, field3, field4)}. */
  public static <T1, T2, T3, T4> Row4<T1, T2, T3, T4> row(
      Field<T1> field1, Field<T2> field2, Field<T3> field3, Field<T4> field4) {
    return Queries.row(field1, field2, field3, field4);
  }

  /** The row value expression {@code (field1, field2, field3, field4, field5)}. */
  public static <T1, T2, T3, T4, T5> Row5<T1, T2, T3, T4, T5> row(
      Field<T1> field1, Field<T2> field2, Field<T3> field3, Field<T4> field4, Field<T5> field5) {
    return Queries.row(field1, field2, field3, field4, field5);
  }

  /** The row value expression {@code (field1, field2, field3, field4, field5, field6)}. */
  public static <T1, T2, T3, T4, T5, T6> Row6<T1, T2, T3, T4, T5, T6> row(
      Field<T1> field1,
      Field<T2> field2,
      Field<T3> field3,
      Field<T4> field4,
      Field<T5> field5,
      Field<T6> field6) {
    return Queries.row(field1, field2, field3, field4, field5, field6);
  }

  /** The row value expression {@code (field1, field2, field3, field4, field5, field6, field7)}. */
  public static <T1, T2, T3, T4, T5, T6, T7> Row7<T1, T2, T3, T4, T5, T6, T7> row(
      Field<T1> field1,
      Field<T2> field2,
      Field<T3> field3,
      Field<T4> field4,
      Field<T5> field5,
      Field<T6> field6,
      Field<T7> field7) {
    return Queries.row(field1, field2, field3, field4, field5, field6, field7);
  }

  /**
   * The row value expression {@code (field1, field2, field3, field4, field5, field6, field7,
   * field8)}.
   */
  public static <T1, T2, T3, T4, T5, T6, T7, T8> Row8<T1, T2, T3, T4, T5, T6, T7, T8> row(
      Field<T1> field1,
      Field<T2> field2,
      Field<T3> field3,
      Field<T4> field4,
      Field<T5> field5,
      Field<T6> field6,
      Field<T7> field7,
      Field<T8> field8) {
    return Queries.row(field1, field2, field3, field4, field5, field6, field7, field8);
  }

  /**
   * The row value expression {@code (field1, field2, field3, field4, field5, field6, field7,
   * field8, field9)}.
   */
  public static <T1, T2, T3, T4, T5, T6, T7, T8, T9> Row9<T1, T2, T3, T4, T5, T6, T7, T8, T9> row(
      Field<T1> field1,
      Field<T2> field2,
      Field<T3> field3,
      Field<T4> field4,
      Field<T5> field5,
      Field<T6> field6,
      Field<T7> field7,
      Field<T8> field8,
      Field<T9> field9) {
    return Queries.row(field1, field2, field3, field4, field5, field6, field7, field8, field9);
  }

  /**
   * The row value expression {@code (field1, field2, field3, field4, field5, field6, field7,
   * field8, field9, field10)}.
   */
  public static <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10>
      Row10<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10> row(
          Field<T1> field1,
          Field<T2> field2,
          Field<T3> field3,
          Field<T4> field4,
          Field<T5> field5,
          Field<T6> field6,
          Field<T7> field7,
          Field<T8> field8,
          Field<T9> field9,
          Field<T10> field10) {
    return Queries.row(
        field1, field2, field3, field4, field5, field6, field7, field8, field9, field10);
  }

  /**
   * The row value expression {@code (field1, field2, field3, field4, field5, field6, field7,
   * field8, field9, field10, field11)}.
   */
  public static <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11>
      Row11<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11> row(
          Field<T1> field1,
          Field<T2> field2,
          Field<T3> field3,
          Field<T4> field4,
          Field<T5> field5,
          Field<T6> field6,
          Field<T7> field7,
          Field<T8> field8,
          Field<T9> field9,
          Field<T10> field10,
          Field<T11> field11) {
    return Queries.row(
        field1, field2, field3, field4, field5, field6, field7, field8, field9, field10, field11);
  }

  /**
   * The row value expression {@code (field1, field2, field3, field4, field5, field6, field7,
   * field8, field9, field10, field11, field12)}.
   */
  public static <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12>
      Row12<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12> row(
          Field<T1> field1,
          Field<T2> field2,
          Field<T3> field3,
          Field<T4> field4,
          Field<T5> field5,
          Field<T6> field6,
          Field<T7> field7,
          Field<T8> field8,
          Field<T9> field9,
          Field<T10> field10,
          Field<T11> field11,
          Field<T12> field12) {
    return Queries.row(
        field1, field2, field3, field4, field5, field6, field7, field8, field9, field10, field11,
        field12);
  }

  /**
   * The row value expression {@code (field1, field2, field3, field4, field5, field6, field7,
   * field8, field9, field10, field11, field12, field13)}.
   */
  public static <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13>
      Row13<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13> row(
          Field<T1> field1,
          Field<T2> field2,
          Field<T3> field3,
          Field<T4> field4,
          Field<T5> field5,
          Field<T6> field6,
          Field<T7> field7,
          Field<T8> field8,
          Field<T9> field9,
          Field<T10> field10,
          Field<T11> field11,
          Field<T12> field12,
          Field<T13> field13) {
    return Queries.row(
        field1, field2, field3, field4, field5, field6, field7, field8, field9, field10, field11,
        field12, field13);
  }

  /**
   * The row value expression {@code (field1, field2, field3, field4, field5, field6, field7,
   * field8, field9, field10, field11, field12, field13, field14)}.
   */
  public static <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14>
      Row14<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14> row(
          Field<T1> field1,
          Field<T2> field2,
          Field<T3> field3,
          Field<T4> field4,
          Field<T5> field5,
          Field<T6> field6,
          Field<T7> field7,
          Field<T8> field8,
          Field<T9> field9,
          Field<T10> field10,
          Field<T11> field11,
          Field<T12> field12,
          Field<T13> field13,
          Field<T14> field14) {
    return Queries.row(
        field1, field2, field3, field4, field5, field6, field7, field8, field9, field10, field11,
        field12, field13, field14);
  }

  /**
   * The row value expression {@code (field1, field2, field3, field4, field5, field6, field7,
   * field8, field9, field10, field11, field12, field13, field14, field15)}.
   */
  public static <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15>
      Row15<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15> row(
          Field<T1> field1,
          Field<T2> field2,
          Field<T3> field3,
          Field<T4> field4,
          Field<T5> field5,
          Field<T6> field6,
          Field<T7> field7,
          Field<T8> field8,
          Field<T9> field9,
          Field<T10> field10,
          Field<T11> field11,
          Field<T12> field12,
          Field<T13> field13,
          Field<T14> field14,
          Field<T15> field15) {
    return Queries.row(
        field1, field2, field3, field4, field5, field6, field7, field8, field9, field10, field11,
        field12, field13, field14, field15);
  }

  /**
   * The row value expression {@code (field1, field2, field3, field4, field5, field6, field7,
   * field8, field9, field10, field11, field12, field13, field14, field15, field16)}.
   */
  public static <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16>
      Row16<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16> row(
          Field<T1> field1,
          Field<T2> field2,
          Field<T3> field3,
          Field<T4> field4,
          Field<T5> field5,
          Field<T6> field6,
          Field<T7> field7,
          Field<T8> field8,
          Field<T9> field9,
          Field<T10> field10,
          Field<T11> field11,
          Field<T12> field12,
          Field<T13> field13,
          Field<T14> field14,
          Field<T15> field15,
          Field<T16> field16) {
    return Queries.row(
        field1, field2, field3, field4, field5, field6, field7, field8, field9, field10, field11,
        field12, field13, field14, field15, field16);
  }

  /** The row value expression of 1 bound value, each typed by its Java class. */
  public static <T1> Row1<T1> row(T1 value1) {
    return Queries.row(val(value1));
  }

  /** The row value expression of 2 bound values, each typed by its Java class. */
  public static <T1, T2> Row2<T1, T2> row(T1 value1, T2 value2) {
    return Queries.row(val(value1), val(value2));
  }

  /** The row value expression of 3 bound values, each typed by its Java class. */
  public static <T1, T2, T3> Row3<T1, T2, T3> row(T1 value1, T2 value2, T3 value3) {
    return Queries.row(val(value1), val(value2), val(value3));
  }

  /** The row value expression of 4 bound values, each typed by its Java class. */
  public static <T1, T2, T3, T4> Row4<T1, T2, T3, T4> row(
      T1 value1, T2 value2, T3 value3, T4 value4) {
    return Queries.row(val(value1), val(value2), val(value3), val(value4));
  }

  /** The row value expression of 5 bound values, each typed by its Java class. */
  public static <T1, T2, T3, T4, T5> Row5<T1, T2, T3, T4, T5> row(
      T1 value1, T2 value2, T3 value3, T4 value4, T5 value5) {
    return Queries.row(val(value1), val(value2), val(value3), val(value4), val(value5));
  }

  /** The row value expression of 6 bound values, each typed by its Java class. */
  public static <T1, T2, T3, T4, T5, T6> Row6<T1, T2, T3, T4, T5, T6> row(
      T1 value1, T2 value2, T3 value3, T4 value4, T5 value5, T6 value6) {
    return Queries.row(
        val(value1), val(value2), val(value3), val(value4), val(value5), val(value6));
  }

  /** The row value expression of 7 bound values, each typed by its Java class. */
  public static <T1, T2, T3, T4, T5, T6, T7> Row7<T1, T2, T3, T4, T5, T6, T7> row(
      T1 value1, T2 value2, T3 value3, T4 value4, T5 value5, T6 value6, T7 value7) {
    return Queries.row(
        val(value1), val(value2), val(value3), val(value4), val(value5), val(value6), val(value7));
  }

  /** The row value expression of 8 bound values, each typed by its Java class. */
  public static <T1, T2, T3, T4, T5, T6, T7, T8> Row8<T1, T2, T3, T4, T5, T6, T7, T8> row(
      T1 value1, T2 value2, T3 value3, T4 value4, T5 value5, T6 value6, T7 value7, T8 value8) {
    return Queries.row(
        val(value1),
        val(value2),
        val(value3),
        val(value4),
        val(value5),
        val(value6),
        val(value7),
        val(value8));
  }

  /** The row value expression of 9 bound values, each typed by its Java class. */
  public static <T1, T2, T3, T4, T5, T6, T7, T8, T9> Row9<T1, T2, T3, T4, T5, T6, T7, T8, T9> row(
      T1 value1,
      T2 value2,
      T3 value3,
      T4 value4,
      T5 value5,
      T6 value6,
      T7 value7,
      T8 value8,
      T9 value9) {
    return Queries.row(
        val(value1),
        val(value2),
        val(value3),
        val(value4),
        val(value5),
        val(value6),
        val(value7),
        val(value8),
        val(value9));
  }

  /** The row value expression of 10 bound values, each typed by its Java class. */
  public static <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10>
      Row10<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10> row(
          T1 value1,
          T2 value2,
          T3 value3,
          T4 value4,
          T5 value5,
          T6 value6,
          T7 value7,
          T8 value8,
          T9 value9,
          T10 value10) {
    return Queries.row(
        val(value1),
        val(value2),
        val(value3),
        val(value4),
        val(value5),
        val(value6),
        val(value7),
        val(value8),
        val(value9),
        val(value10));
  }

  /** The row value expression of 11 bound values, each typed by its Java class. */
  public static <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11>
      Row11<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11> row(
          T1 value1,
          T2 value2,
          T3 value3,
          T4 value4,
          T5 value5,
          T6 value6,
          T7 value7,
          T8 value8,
          T9 value9,
          T10 value10,
          T11 value11) {
    return Queries.row(
        val(value1),
        val(value2),
        val(value3),
        val(value4),
        val(value5),
        val(value6),
        val(value7),
        val(value8),
        val(value9),
        val(value10),
        val(value11));
  }

  /** The row value expression of 12 bound values, each typed by its Java class. */
  public static <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12>
      Row12<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12> row(
          T1 value1,
          T2 value2,
          T3 value3,
          T4 value4,
          T5 value5,
          T6 value6,
          T7 value7,
          T8 value8,
          T9 value9,
          T10 value10,
          T11 value11,
          T12 value12) {
    return Queries.row(
        val(value1),
        val(value2),
        val(value3),
        val(value4),
        val(value5),
        val(value6),
        val(value7),
        val(value8),
        val(value9),
        val(value10),
        val(value11),
        val(value12));
  }

  /** The row value expression of 13 bound values, each typed by its Java class. */
  public static <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13>
      Row13<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13> row(
          T1 value1,
          T2 value2,
          T3 value3,
          T4 value4,
          T5 value5,
          T6 value6,
          T7 value7,
          T8 value8,
          T9 value9,
          T10 value10,
          T11 value11,
          T12 value12,
          T13 value13) {
    return Queries.row(
        val(value1),
        val(value2),
        val(value3),
        val(value4),
        val(value5),
        val(value6),
        val(value7),
        val(value8),
        val(value9),
        val(value10),
        val(value11),
        val(value12),
        val(value13));
  }

  /** The row value expression of 14 bound values, each typed by its Java class. */
  public static <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14>
      Row14<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14> row(
          T1 value1,
          T2 value2,
          T3 value3,
          T4 value4,
          T5 value5,
          T6 value6,
          T7 value7,
          T8 value8,
          T9 value9,
          T10 value10,
          T11 value11,
          T12 value12,
          T13 value13,
          T14 value14) {
    return Queries.row(
        val(value1),
        val(value2),
        val(value3),
        val(value4),
        val(value5),
        val(value6),
        val(value7),
        val(value8),
        val(value9),
        val(value10),
        val(value11),
        val(value12),
        val(value13),
        val(value14));
  }

  /** The row value expression of 15 bound values, each typed by its Java class. */
  public static <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15>
      Row15<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15> row(
          T1 value1,
          T2 value2,
          T3 value3,
          T4 value4,
          T5 value5,
          T6 value6,
          T7 value7,
          T8 value8,
          T9 value9,
          T10 value10,
          T11 value11,
          T12 value12,
          T13 value13,
          T14 value14,
          T15 value15) {
    return Queries.row(
        val(value1),
        val(value2),
        val(value3),
        val(value4),
        val(value5),
        val(value6),
        val(value7),
        val(value8),
        val(value9),
        val(value10),
        val(value11),
        val(value12),
        val(value13),
        val(value14),
        val(value15));
  }

  /** The row value expression of 16 bound values, each typed by its Java class. */
  public static <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16>
      Row16<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16> row(
          T1 value1,
          T2 value2,
          T3 value3,
          T4 value4,
          T5 value5,
          T6 value6,
          T7 value7,
          T8 value8,
          T9 value9,
          T10 value10,
          T11 value11,
          T12 value12,
          T13 value13,
          T14 value14,
          T15 value15,
          T16 value16) {
    return Queries.row(
        val(value1),
        val(value2),
        val(value3),
        val(value4),
        val(value5),
        val(value6),
        val(value7),
        val(value8),
        val(value9),
        val(value10),
        val(value11),
        val(value12),
        val(value13),
        val(value14),
        val(value15),
        val(value16));
  }

  // ---- end of generated region ----
}
