package dev.rex.dsl;

import dev.rex.dsl.impl.Navigation;
import dev.rex.dsl.impl.Queries;
import dev.rex.dsl.spi.Dialect;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A database to build and run queries against: every statement started here is attached and can be
 * executed directly ({@code db.selectFrom(ALBUM).fetch()}). {@code dev.rex.Rex} and the transaction
 * handles it passes to callbacks are {@code DSLContext}s.
 */
public interface DSLContext extends QueryFactory {

  /** The dialect statements are rendered for. */
  default Dialect dialect() {
    return executor().dialect();
  }

  /** The SQL and bind values {@code query} sends to this database. */
  default RenderedQuery render(Query query) {
    return query.render(dialect());
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
   * order), if there is one.
   *
   * @throws IllegalArgumentException when the table has no primary key or the values do not fit it
   */
  default <R extends Record> Optional<R> fetchById(Table<R> table, Object... key) {
    return selectFrom(table).where(Queries.primaryKeyCondition(table, key)).fetchOptional();
  }

  /**
   * The parent of each child record along {@code key}, fetched in ONE query. The map's keys are the
   * child records (by identity); children with a null key or a missing parent are absent.
   */
  default <C extends Record, P extends Record> Map<C, P> fetchParents(
      Collection<? extends C> children, ForeignKey<C, P> key) {
    return Navigation.parents(executor(), children, key);
  }

  /**
   * The children of each parent record along {@code key}, fetched in ONE query: loading the tracks
   * of 100 albums is one statement, not 100. Every parent is a key (by identity), with an empty
   * list when it has no children.
   */
  default <C extends Record, P extends Record> Map<P, List<C>> fetchChildren(
      Collection<? extends P> parents, ForeignKey<C, P> key) {
    return Navigation.children(executor(), parents, key);
  }

  /** {@code select 1}, the usual start of {@code where exists} probes. */
  default SelectFromStep<Record1<Integer>> selectOne() {
    return select(DSL.val(1));
  }

  /** A new record of {@code table}, attached to this database so that it can {@code store()}. */
  default <R extends Record> R newRecord(Table<R> table) {
    return Queries.newRecord(executor(), table);
  }
}
