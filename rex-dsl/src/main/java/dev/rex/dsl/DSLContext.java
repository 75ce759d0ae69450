package dev.rex.dsl;

import dev.rex.dsl.impl.Queries;
import dev.rex.dsl.impl.StatementStarts;
import dev.rex.dsl.spi.Dialect;
import dev.rex.dsl.spi.QueryExecutor;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A database to build and run queries against: every statement started here is attached and can be
 * executed directly ({@code db.selectFrom(ALBUM).fetch()}). {@code dev.rex.Rex} and the transaction
 * handles it passes to callbacks are {@code DSLContext}s.
 *
 * <p>The typed {@code select}, {@code selectDistinct} and {@code insertInto} overloads, one per
 * number of columns, are at the end of the interface, in a region written by {@code
 * build-tools/generate-arities.py}.
 */
public interface DSLContext {

  /** The executor that attached queries run on. */
  QueryExecutor executor();

  /** The dialect statements are rendered for. */
  default Dialect dialect() {
    return executor().dialect();
  }

  /** The SQL and bind values {@code query} sends to this database. */
  default RenderedQuery render(Query query) {
    return query.render(dialect());
  }

  /**
   * A query of one parameter, built and rendered once and run many times with only its value:
   * {@code db.prepare(Integer.class, id -> db.selectFrom(ALBUM).where(ALBUM.ALBUM_ID.eq(id)))},
   * then {@code byId.fetchOne(42)}. {@code query} gets a placeholder of type {@code type} and runs
   * once, here; the placeholder goes wherever a field of its type may (comparisons, {@code
   * limit(Field)}, {@code offset(Field)}, plain-SQL binds) and renders as a bind parameter.
   *
   * @throws dev.rex.dsl.exception.InvalidQueryException when the query does not use the placeholder
   *     as a bind parameter (it is missing, or given where a value is read, such as {@code
   *     DSL.val(placeholder)}), or was not built by Rex
   */
  default <A, R extends Record> Prepared1<A, R> prepare(
      Class<A> type, Function<? super Field<A>, ? extends ResultQuery<R>> query) {
    return prepare(Queries.typeOf(type), query);
  }

  /** {@link #prepare(Class, Function)} with the placeholder's SQL type given. */
  default <A, R extends Record> Prepared1<A, R> prepare(
      DataType<A> type, Function<? super Field<A>, ? extends ResultQuery<R>> query) {
    return Queries.prepare(executor(), type, query);
  }

  /** {@link #prepare(Class, Function)} for a query of two parameters, in this order. */
  default <A, B, R extends Record> Prepared2<A, B, R> prepare(
      Class<A> typeA,
      Class<B> typeB,
      BiFunction<? super Field<A>, ? super Field<B>, ? extends ResultQuery<R>> query) {
    return prepare(Queries.typeOf(typeA), Queries.typeOf(typeB), query);
  }

  /** {@link #prepare(Class, Class, BiFunction)} with the placeholders' SQL types given. */
  default <A, B, R extends Record> Prepared2<A, B, R> prepare(
      DataType<A> typeA,
      DataType<B> typeB,
      BiFunction<? super Field<A>, ? super Field<B>, ? extends ResultQuery<R>> query) {
    return Queries.prepare(executor(), typeA, typeB, query);
  }

  /** {@link #prepare(Class, Function)} for a query of three parameters, in this order. */
  default <A, B, C, R extends Record> Prepared3<A, B, C, R> prepare(
      Class<A> typeA, Class<B> typeB, Class<C> typeC, Prepared3.Template<A, B, C, R> query) {
    return prepare(Queries.typeOf(typeA), Queries.typeOf(typeB), Queries.typeOf(typeC), query);
  }

  /** {@link #prepare(Class, Class, Class, Prepared3.Template)} with the SQL types given. */
  default <A, B, C, R extends Record> Prepared3<A, B, C, R> prepare(
      DataType<A> typeA,
      DataType<B> typeB,
      DataType<C> typeC,
      Prepared3.Template<A, B, C, R> query) {
    return Queries.prepare(executor(), typeA, typeB, typeC, query);
  }

  /** Runs a query built anywhere (for example with {@link DSL}) on this database. */
  default <R extends Record> Result<R> fetch(ResultQuery<R> query) {
    return executor().fetch(query, 0);
  }

  /** Runs a statement built anywhere on this database and returns the affected row count. */
  default int execute(Query query) {
    return executor().execute(query);
  }

  /** {@code select count(*) from (query)}. */
  default int fetchCount(Select<?> query) {
    Integer count = select(DSL.count()).from(query.asTable("rex_count")).fetchSingle().value1();
    return count == null ? 0 : count;
  }

  /** {@code select count(*) from table}. */
  default int fetchCount(Table<?> table) {
    return fetchCount(table, DSL.noCondition());
  }

  /** {@code select count(*) from table where condition}. */
  default int fetchCount(Table<?> table, Condition condition) {
    Integer count = select(DSL.count()).from(table).where(condition).fetchSingle().value1();
    return count == null ? 0 : count;
  }

  /** Whether {@code query} returns at least one row: {@code select exists (query)}. */
  default boolean fetchExists(Select<?> query) {
    return selectOne().where(DSL.exists(query)).fetchOne() != null;
  }

  /**
   * Runs application-written SQL with {@code ?} placeholders bound to {@code binds}. A {@code ?}
   * inside a string, quoted name or comment (and, on PostgreSQL, a dollar-quoted string) is text,
   * exactly as the database reads it.
   *
   * @throws dev.rex.dsl.exception.RawSqlException if the placeholders do not match {@code binds},
   *     or the text holds several statements on SQLite (whose driver would run only the first)
   */
  default Result<Record> fetch(String sql, @Nullable Object... binds) {
    return Queries.plainSql(executor(), sql, binds).fetch();
  }

  /**
   * Runs application-written SQL; returns the affected row count, summed over its statements. On
   * PostgreSQL a text may hold several statements: all run, rows they return are skipped, and if
   * one fails none of them is kept (they run as one implicit transaction outside {@code
   * transaction}).
   *
   * @throws dev.rex.dsl.exception.RawSqlException if the placeholders do not match {@code binds},
   *     or the text holds several statements on SQLite (whose driver would run only the first)
   */
  default int execute(String sql, @Nullable Object... binds) {
    return Queries.plainStatement(executor(), sql, binds).execute();
  }

  /** The rows of {@code table} that match {@code condition}. */
  default <R extends Record> Result<R> fetch(Table<R> table, Condition condition) {
    return selectFrom(table).where(condition).fetch();
  }

  /** The one row of {@code table} that matches {@code condition}, or null. */
  default <R extends Record> @Nullable R fetchOne(Table<R> table, Condition condition) {
    return selectFrom(table).where(condition).fetchOne();
  }

  /**
   * The row of {@code table} whose primary key is {@code key} (one value per key column, in key
   * order), if there is one. For a generated table whose key has up to three columns this is a
   * prepared query, rendered once per table: each call only binds the key.
   *
   * @throws IllegalArgumentException when the table has no primary key or the values do not fit it
   */
  default <R extends Record> Optional<R> fetchById(Table<R> table, Object... key) {
    return Queries.fetchById(executor(), table, key);
  }

  /**
   * The parent of each child record along {@code key}, fetched in ONE query. The map's keys are the
   * child records (by identity); children with a null key or a missing parent are absent.
   */
  default <C extends Record, P extends Record> Map<C, P> fetchParents(
      Collection<? extends C> children, ForeignKey<C, P> key) {
    return Queries.parentsOf(executor(), children, key);
  }

  /**
   * The children of each parent record along {@code key}, fetched in ONE query: loading the tracks
   * of 100 albums is one statement, not 100. Every parent is a key (by identity), with an empty
   * list when it has no children.
   */
  default <C extends Record, P extends Record> Map<P, List<C>> fetchChildren(
      Collection<? extends P> parents, ForeignKey<C, P> key) {
    return Queries.childrenOf(executor(), parents, key);
  }

  /** {@code select 1}, the usual start of {@code where exists} probes. */
  default SelectFromStep<Record1<Integer>> selectOne() {
    return select(DSL.val(1));
  }

  /** {@code select * from table}, read into the table's records. */
  default <R extends Record> SelectWhereStep<R> selectFrom(Table<R> table) {
    return Queries.selectFrom(executor(), table);
  }

  /** {@code update table}. */
  default <R extends Record> UpdateSetFirstStep<R> update(WritableTable<R> table) {
    return StatementStarts.update(executor(), table);
  }

  /** {@code delete from table}. */
  default <R extends Record> DeleteWhereStep<R> deleteFrom(WritableTable<R> table) {
    return StatementStarts.deleteFrom(executor(), table);
  }

  /** {@code with cte, …} followed by a SELECT. */
  default WithStep with(CommonTableExpression<?>... ctes) {
    return StatementStarts.with(executor(), false, ctes);
  }

  /** {@code with recursive cte, …} followed by a SELECT. */
  default WithStep withRecursive(CommonTableExpression<?>... ctes) {
    return StatementStarts.with(executor(), true, ctes);
  }

  /** A new record of {@code table}, attached to this database so that it can {@code store()}. */
  default <R extends Record> R newRecord(Table<R> table) {
    return Queries.newRecord(executor(), table);
  }

  /**
   * This database, for code written against jOOQ's {@code Configuration}: in jOOQ a transaction
   * body receives a configuration and calls {@code cfg.dsl()} to build statements; in Rex it
   * receives the database itself, so {@code dsl()} returns it.
   */
  default DSLContext dsl() {
    return this;
  }

  /**
   * This database, so that jOOQ's {@code DSL.using(ctx.configuration())} compiles: Rex has no
   * separate configuration object, and {@link DSL#using(DSLContext)} returns its argument.
   */
  default DSLContext configuration() {
    return this;
  }

  /** {@code select count(*)}, to be followed by {@code from}. */
  default SelectFromStep<Record1<Integer>> selectCount() {
    return select(DSL.count());
  }

  /**
   * Runs {@code query}, built here or anywhere, and returns the value of its only row, or {@code
   * null} when there is no row.
   *
   * @throws dev.rex.dsl.exception.TooManyRowsException when there is more than one row
   */
  default <T> @Nullable T fetchValue(ResultQuery<? extends Record1<T>> query) {
    Result<? extends Record1<T>> rows = executor().fetch(query, 2);
    if (rows.size() > 1) {
      throw Queries.tooManyRows(render(query).sql());
    }
    return rows.isEmpty() ? null : rows.get(0).value1();
  }

  /** {@code select field} (no FROM clause), and its value: {@code fetchValue(DSL.val(1))}. */
  default <T> @Nullable T fetchValue(SelectField<T> field) {
    return fetchValue(select(field));
  }

  /**
   * The first column of the only row of application-written SQL ({@link #fetch(String,
   * Object...)}), or {@code null} when there is no row.
   *
   * @throws dev.rex.dsl.exception.TooManyRowsException when there is more than one row
   */
  default @Nullable Object fetchValue(String sql, @Nullable Object... binds) {
    Record record = fetchOne(sql, binds);
    return record == null ? null : record.get(0);
  }

  /**
   * The only row of application-written SQL ({@link #fetch(String, Object...)}), or {@code null}
   * when there is none.
   *
   * @throws dev.rex.dsl.exception.TooManyRowsException when there is more than one row
   */
  default @Nullable Record fetchOne(String sql, @Nullable Object... binds) {
    return Queries.plainSql(executor(), sql, binds).fetchOne();
  }

  /**
   * The only row of application-written SQL.
   *
   * @throws dev.rex.dsl.exception.NoDataFoundException when there is no row
   * @throws dev.rex.dsl.exception.TooManyRowsException when there is more than one row
   */
  default Record fetchSingle(String sql, @Nullable Object... binds) {
    return Queries.plainSql(executor(), sql, binds).fetchSingle();
  }

  /** Whether {@code table} has a row that matches {@code condition}. */
  default boolean fetchExists(Table<?> table, Condition condition) {
    return fetchExists(selectOne().from(table).where(condition));
  }

  // ---- generated by build-tools/generate-arities.py (edit the script, not this region) ----

  /** {@code select} of 1 typed column. */
  default <T1> SelectFromStep<Record1<T1>> select(SelectField<T1> field1) {
    return Queries.select(executor(), false, field1);
  }

  /** {@code select} of 2 typed columns. */
  default <T1, T2> SelectFromStep<Record2<T1, T2>> select(
      SelectField<T1> field1, SelectField<T2> field2) {
    return Queries.select(executor(), false, field1, field2);
  }

  /** {@code select} of 3 typed columns. */
  default <T1, T2, T3> SelectFromStep<Record3<T1, T2, T3>> select(
      SelectField<T1> field1, SelectField<T2> field2, SelectField<T3> field3) {
    return Queries.select(executor(), false, field1, field2, field3);
  }

  /** {@code select} of 4 typed columns. */
  default <T1, T2, T3, T4> SelectFromStep<Record4<T1, T2, T3, T4>> select(
      SelectField<T1> field1,
      SelectField<T2> field2,
      SelectField<T3> field3,
      SelectField<T4> field4) {
    return Queries.select(executor(), false, field1, field2, field3, field4);
  }

  /** {@code select} of 5 typed columns. */
  default <T1, T2, T3, T4, T5> SelectFromStep<Record5<T1, T2, T3, T4, T5>> select(
      SelectField<T1> field1,
      SelectField<T2> field2,
      SelectField<T3> field3,
      SelectField<T4> field4,
      SelectField<T5> field5) {
    return Queries.select(executor(), false, field1, field2, field3, field4, field5);
  }

  /** {@code select} of 6 typed columns. */
  default <T1, T2, T3, T4, T5, T6> SelectFromStep<Record6<T1, T2, T3, T4, T5, T6>> select(
      SelectField<T1> field1,
      SelectField<T2> field2,
      SelectField<T3> field3,
      SelectField<T4> field4,
      SelectField<T5> field5,
      SelectField<T6> field6) {
    return Queries.select(executor(), false, field1, field2, field3, field4, field5, field6);
  }

  /** {@code select} of 7 typed columns. */
  default <T1, T2, T3, T4, T5, T6, T7> SelectFromStep<Record7<T1, T2, T3, T4, T5, T6, T7>> select(
      SelectField<T1> field1,
      SelectField<T2> field2,
      SelectField<T3> field3,
      SelectField<T4> field4,
      SelectField<T5> field5,
      SelectField<T6> field6,
      SelectField<T7> field7) {
    return Queries.select(
        executor(), false, field1, field2, field3, field4, field5, field6, field7);
  }

  /** {@code select} of 8 typed columns. */
  default <T1, T2, T3, T4, T5, T6, T7, T8>
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
        executor(), false, field1, field2, field3, field4, field5, field6, field7, field8);
  }

  /** {@code select} of 9 typed columns. */
  default <T1, T2, T3, T4, T5, T6, T7, T8, T9>
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
        executor(), false, field1, field2, field3, field4, field5, field6, field7, field8, field9);
  }

  /** {@code select} of 10 typed columns. */
  default <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10>
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
        executor(),
        false,
        field1,
        field2,
        field3,
        field4,
        field5,
        field6,
        field7,
        field8,
        field9,
        field10);
  }

  /** {@code select} of 11 typed columns. */
  default <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11>
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
        executor(),
        false,
        field1,
        field2,
        field3,
        field4,
        field5,
        field6,
        field7,
        field8,
        field9,
        field10,
        field11);
  }

  /** {@code select} of 12 typed columns. */
  default <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12>
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
        executor(),
        false,
        field1,
        field2,
        field3,
        field4,
        field5,
        field6,
        field7,
        field8,
        field9,
        field10,
        field11,
        field12);
  }

  /** {@code select} of 13 typed columns. */
  default <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13>
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
        executor(),
        false,
        field1,
        field2,
        field3,
        field4,
        field5,
        field6,
        field7,
        field8,
        field9,
        field10,
        field11,
        field12,
        field13);
  }

  /** {@code select} of 14 typed columns. */
  default <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14>
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
        executor(),
        false,
        field1,
        field2,
        field3,
        field4,
        field5,
        field6,
        field7,
        field8,
        field9,
        field10,
        field11,
        field12,
        field13,
        field14);
  }

  /** {@code select} of 15 typed columns. */
  default <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15>
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
        executor(),
        false,
        field1,
        field2,
        field3,
        field4,
        field5,
        field6,
        field7,
        field8,
        field9,
        field10,
        field11,
        field12,
        field13,
        field14,
        field15);
  }

  /** {@code select} of 16 typed columns. */
  default <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16>
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
        executor(),
        false,
        field1,
        field2,
        field3,
        field4,
        field5,
        field6,
        field7,
        field8,
        field9,
        field10,
        field11,
        field12,
        field13,
        field14,
        field15,
        field16);
  }

  /** {@code select} of any number of columns, as untyped records. */
  default SelectFromStep<Record> select(SelectFieldOrAsterisk... fields) {
    return Queries.select(executor(), false, fields);
  }

  /** {@code select distinct} of 1 typed column. */
  default <T1> SelectFromStep<Record1<T1>> selectDistinct(SelectField<T1> field1) {
    return Queries.select(executor(), true, field1);
  }

  /** {@code select distinct} of 2 typed columns. */
  default <T1, T2> SelectFromStep<Record2<T1, T2>> selectDistinct(
      SelectField<T1> field1, SelectField<T2> field2) {
    return Queries.select(executor(), true, field1, field2);
  }

  /** {@code select distinct} of 3 typed columns. */
  default <T1, T2, T3> SelectFromStep<Record3<T1, T2, T3>> selectDistinct(
      SelectField<T1> field1, SelectField<T2> field2, SelectField<T3> field3) {
    return Queries.select(executor(), true, field1, field2, field3);
  }

  /** {@code select distinct} of 4 typed columns. */
  default <T1, T2, T3, T4> SelectFromStep<Record4<T1, T2, T3, T4>> selectDistinct(
      SelectField<T1> field1,
      SelectField<T2> field2,
      SelectField<T3> field3,
      SelectField<T4> field4) {
    return Queries.select(executor(), true, field1, field2, field3, field4);
  }

  /** {@code select distinct} of 5 typed columns. */
  default <T1, T2, T3, T4, T5> SelectFromStep<Record5<T1, T2, T3, T4, T5>> selectDistinct(
      SelectField<T1> field1,
      SelectField<T2> field2,
      SelectField<T3> field3,
      SelectField<T4> field4,
      SelectField<T5> field5) {
    return Queries.select(executor(), true, field1, field2, field3, field4, field5);
  }

  /** {@code select distinct} of 6 typed columns. */
  default <T1, T2, T3, T4, T5, T6> SelectFromStep<Record6<T1, T2, T3, T4, T5, T6>> selectDistinct(
      SelectField<T1> field1,
      SelectField<T2> field2,
      SelectField<T3> field3,
      SelectField<T4> field4,
      SelectField<T5> field5,
      SelectField<T6> field6) {
    return Queries.select(executor(), true, field1, field2, field3, field4, field5, field6);
  }

  /** {@code select distinct} of 7 typed columns. */
  default <T1, T2, T3, T4, T5, T6, T7>
      SelectFromStep<Record7<T1, T2, T3, T4, T5, T6, T7>> selectDistinct(
          SelectField<T1> field1,
          SelectField<T2> field2,
          SelectField<T3> field3,
          SelectField<T4> field4,
          SelectField<T5> field5,
          SelectField<T6> field6,
          SelectField<T7> field7) {
    return Queries.select(executor(), true, field1, field2, field3, field4, field5, field6, field7);
  }

  /** {@code select distinct} of 8 typed columns. */
  default <T1, T2, T3, T4, T5, T6, T7, T8>
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
        executor(), true, field1, field2, field3, field4, field5, field6, field7, field8);
  }

  /** {@code select distinct} of 9 typed columns. */
  default <T1, T2, T3, T4, T5, T6, T7, T8, T9>
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
        executor(), true, field1, field2, field3, field4, field5, field6, field7, field8, field9);
  }

  /** {@code select distinct} of 10 typed columns. */
  default <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10>
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
        executor(),
        true,
        field1,
        field2,
        field3,
        field4,
        field5,
        field6,
        field7,
        field8,
        field9,
        field10);
  }

  /** {@code select distinct} of 11 typed columns. */
  default <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11>
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
        executor(),
        true,
        field1,
        field2,
        field3,
        field4,
        field5,
        field6,
        field7,
        field8,
        field9,
        field10,
        field11);
  }

  /** {@code select distinct} of 12 typed columns. */
  default <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12>
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
        executor(),
        true,
        field1,
        field2,
        field3,
        field4,
        field5,
        field6,
        field7,
        field8,
        field9,
        field10,
        field11,
        field12);
  }

  /** {@code select distinct} of 13 typed columns. */
  default <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13>
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
        executor(),
        true,
        field1,
        field2,
        field3,
        field4,
        field5,
        field6,
        field7,
        field8,
        field9,
        field10,
        field11,
        field12,
        field13);
  }

  /** {@code select distinct} of 14 typed columns. */
  default <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14>
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
        executor(),
        true,
        field1,
        field2,
        field3,
        field4,
        field5,
        field6,
        field7,
        field8,
        field9,
        field10,
        field11,
        field12,
        field13,
        field14);
  }

  /** {@code select distinct} of 15 typed columns. */
  default <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15>
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
        executor(),
        true,
        field1,
        field2,
        field3,
        field4,
        field5,
        field6,
        field7,
        field8,
        field9,
        field10,
        field11,
        field12,
        field13,
        field14,
        field15);
  }

  /** {@code select distinct} of 16 typed columns. */
  default <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16>
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
        executor(),
        true,
        field1,
        field2,
        field3,
        field4,
        field5,
        field6,
        field7,
        field8,
        field9,
        field10,
        field11,
        field12,
        field13,
        field14,
        field15,
        field16);
  }

  /** {@code select distinct} of any number of columns, as untyped records. */
  default SelectFromStep<Record> selectDistinct(SelectFieldOrAsterisk... fields) {
    return Queries.select(executor(), true, fields);
  }

  /** {@code insert into table}, with columns given by {@code set} or a query. */
  default <R extends Record> InsertSetStep<R> insertInto(WritableTable<R> table) {
    return StatementStarts.insertInto(executor(), table);
  }

  /** {@code insert into table} (1 column), followed by typed {@code values}. */
  default <R extends Record, T1> InsertValuesStep1<R, T1> insertInto(
      WritableTable<R> table, Field<T1> field1) {
    return StatementStarts.insertInto(executor(), table, field1);
  }

  /** {@code insert into table} (2 columns), followed by typed {@code values}. */
  default <R extends Record, T1, T2> InsertValuesStep2<R, T1, T2> insertInto(
      WritableTable<R> table, Field<T1> field1, Field<T2> field2) {
    return StatementStarts.insertInto(executor(), table, field1, field2);
  }

  /** {@code insert into table} (3 columns), followed by typed {@code values}. */
  default <R extends Record, T1, T2, T3> InsertValuesStep3<R, T1, T2, T3> insertInto(
      WritableTable<R> table, Field<T1> field1, Field<T2> field2, Field<T3> field3) {
    return StatementStarts.insertInto(executor(), table, field1, field2, field3);
  }

  /** {@code insert into table} (4 columns), followed by typed {@code values}. */
  default <R extends Record, T1, T2, T3, T4> InsertValuesStep4<R, T1, T2, T3, T4> insertInto(
      WritableTable<R> table,
      Field<T1> field1,
      Field<T2> field2,
      Field<T3> field3,
      Field<T4> field4) {
    return StatementStarts.insertInto(executor(), table, field1, field2, field3, field4);
  }

  /** {@code insert into table} (5 columns), followed by typed {@code values}. */
  default <R extends Record, T1, T2, T3, T4, T5>
      InsertValuesStep5<R, T1, T2, T3, T4, T5> insertInto(
          WritableTable<R> table,
          Field<T1> field1,
          Field<T2> field2,
          Field<T3> field3,
          Field<T4> field4,
          Field<T5> field5) {
    return StatementStarts.insertInto(executor(), table, field1, field2, field3, field4, field5);
  }

  /** {@code insert into table} (6 columns), followed by typed {@code values}. */
  default <R extends Record, T1, T2, T3, T4, T5, T6>
      InsertValuesStep6<R, T1, T2, T3, T4, T5, T6> insertInto(
          WritableTable<R> table,
          Field<T1> field1,
          Field<T2> field2,
          Field<T3> field3,
          Field<T4> field4,
          Field<T5> field5,
          Field<T6> field6) {
    return StatementStarts.insertInto(
        executor(), table, field1, field2, field3, field4, field5, field6);
  }

  /** {@code insert into table} (7 columns), followed by typed {@code values}. */
  default <R extends Record, T1, T2, T3, T4, T5, T6, T7>
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
        executor(), table, field1, field2, field3, field4, field5, field6, field7);
  }

  /** {@code insert into table} (8 columns), followed by typed {@code values}. */
  default <R extends Record, T1, T2, T3, T4, T5, T6, T7, T8>
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
        executor(), table, field1, field2, field3, field4, field5, field6, field7, field8);
  }

  /** {@code insert into table} (9 columns), followed by typed {@code values}. */
  default <R extends Record, T1, T2, T3, T4, T5, T6, T7, T8, T9>
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
        executor(), table, field1, field2, field3, field4, field5, field6, field7, field8, field9);
  }

  /** {@code insert into table} (10 columns), followed by typed {@code values}. */
  default <R extends Record, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10>
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
        executor(),
        table,
        field1,
        field2,
        field3,
        field4,
        field5,
        field6,
        field7,
        field8,
        field9,
        field10);
  }

  /** {@code insert into table} (11 columns), followed by typed {@code values}. */
  default <R extends Record, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11>
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
        executor(),
        table,
        field1,
        field2,
        field3,
        field4,
        field5,
        field6,
        field7,
        field8,
        field9,
        field10,
        field11);
  }

  /** {@code insert into table} (12 columns), followed by typed {@code values}. */
  default <R extends Record, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12>
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
        executor(),
        table,
        field1,
        field2,
        field3,
        field4,
        field5,
        field6,
        field7,
        field8,
        field9,
        field10,
        field11,
        field12);
  }

  /** {@code insert into table} (13 columns), followed by typed {@code values}. */
  default <R extends Record, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13>
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
        executor(),
        table,
        field1,
        field2,
        field3,
        field4,
        field5,
        field6,
        field7,
        field8,
        field9,
        field10,
        field11,
        field12,
        field13);
  }

  /** {@code insert into table} (14 columns), followed by typed {@code values}. */
  default <R extends Record, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14>
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
        executor(),
        table,
        field1,
        field2,
        field3,
        field4,
        field5,
        field6,
        field7,
        field8,
        field9,
        field10,
        field11,
        field12,
        field13,
        field14);
  }

  /** {@code insert into table} (15 columns), followed by typed {@code values}. */
  default <R extends Record, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15>
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
        executor(),
        table,
        field1,
        field2,
        field3,
        field4,
        field5,
        field6,
        field7,
        field8,
        field9,
        field10,
        field11,
        field12,
        field13,
        field14,
        field15);
  }

  /** {@code insert into table} (16 columns), followed by typed {@code values}. */
  default <R extends Record, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16>
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
        executor(),
        table,
        field1,
        field2,
        field3,
        field4,
        field5,
        field6,
        field7,
        field8,
        field9,
        field10,
        field11,
        field12,
        field13,
        field14,
        field15,
        field16);
  }

  /** {@code insert into table} with a list of columns and untyped {@code values}. */
  default <R extends Record> InsertValuesStep<R> insertInto(
      WritableTable<R> table, java.util.Collection<? extends Field<?>> fields) {
    return StatementStarts.insertInto(executor(), table, fields.toArray(new Field<?>[0]));
  }

  // ---- end of generated region ----
}
