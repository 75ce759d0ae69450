package dev.rex.dsl.impl;

import dev.rex.dsl.Asterisk;
import dev.rex.dsl.Condition;
import dev.rex.dsl.DataType;
import dev.rex.dsl.DatePart;
import dev.rex.dsl.Field;
import dev.rex.dsl.ForeignKey;
import dev.rex.dsl.Name;
import dev.rex.dsl.Prepared1;
import dev.rex.dsl.Prepared2;
import dev.rex.dsl.Prepared3;
import dev.rex.dsl.Query;
import dev.rex.dsl.QueryPart;
import dev.rex.dsl.Record;
import dev.rex.dsl.Record1;
import dev.rex.dsl.RecordMapper;
import dev.rex.dsl.RecordType;
import dev.rex.dsl.Result;
import dev.rex.dsl.ResultQuery;
import dev.rex.dsl.Row;
import dev.rex.dsl.Select;
import dev.rex.dsl.SelectFieldOrAsterisk;
import dev.rex.dsl.SelectFromStep;
import dev.rex.dsl.SelectWhereStep;
import dev.rex.dsl.Table;
import dev.rex.dsl.TableField;
import dev.rex.dsl.TableRecord;
import dev.rex.dsl.Violation;
import dev.rex.dsl.gen.AbstractTable;
import dev.rex.dsl.spi.QueryExecutor;
import dev.rex.dsl.spi.RenderContext;
import dev.rex.dsl.spi.RowColumns;
import dev.rex.dsl.spi.StatementTables;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Internal: the one bridge into the query implementation, for {@code DSL}/{@code DSLContext},
 * {@code dev.rex.dsl.gen}, the built-in dialects, rex-runtime and the code generator. Not API: it
 * may change in any release, and applications and plugins must not call it.
 *
 * <p>Every statement starts here: {@code DSL} calls these with no executor (detached queries);
 * {@code DSLContext} calls them with its own. The rest of {@code dev.rex.dsl.impl} is
 * package-private; this class exposes only what those callers need, in public types.
 */
public final class Queries {

  private Queries() {}

  /** {@code select fields…}; the caller's target type fixes the record type. */
  public static <R extends Record> SelectFromStep<R> select(
      @Nullable QueryExecutor executor, boolean distinct, SelectFieldOrAsterisk... fields) {
    return selectImpl(executor, distinct, fields);
  }

  @SuppressWarnings("unchecked")
  static <R extends Record> SelectImpl<R> selectImpl(
      @Nullable QueryExecutor executor, boolean distinct, SelectFieldOrAsterisk... fields) {
    SelectModel model = SelectModel.of(distinct, Asterisks.expand(fields));
    RecordType<R> type = (RecordType<R>) new RowRecordType<>(model.fields());
    return new SelectImpl<>(model, type, executor, SelectImpl.Step.NONE, 0);
  }

  /** {@code select <every column of table> from table}, read into the table's records. */
  public static <R extends Record> SelectWhereStep<R> selectFrom(
      @Nullable QueryExecutor executor, Table<R> table) {
    return selectFromImpl(executor, table);
  }

  static <R extends Record> SelectImpl<R> selectFromImpl(
      @Nullable QueryExecutor executor, Table<R> table) {
    RecordType<R> type = table.recordType();
    SelectImpl<R> shared =
        type instanceof TableRecordType<R> own ? own.selectFrom(table, executor) : null;
    if (shared != null) {
      return shared;
    }
    SelectModel model = SelectModel.of(false, table.fields()).withFrom(List.of(table));
    return new SelectImpl<>(model, type, executor, SelectImpl.Step.NONE, 0);
  }

  /** The syntax tree of a query built by Rex. */
  static SelectModel model(Select<?> select) {
    SelectModel model = selectModel(select);
    if (model == null) {
      throw new IllegalArgumentException("Not a Rex query: " + select.getClass().getName());
    }
    return model;
  }

  /** The syntax tree of a SELECT built by Rex, or null for any other query. */
  static @Nullable SelectModel selectModel(Object query) {
    if (query instanceof SelectImpl<?> impl) {
      return impl.model();
    }
    return query instanceof SelectWhere<?> where ? where.model() : null;
  }

  /**
   * Whether {@code query} returns at most one row by its shape (one table, its whole primary key
   * set to values; see {@link SingleRowShape}), so a single-row fetch needs no row maximum.
   */
  public static boolean returnsAtMostOneRow(ResultQuery<?> query) {
    if (query instanceof SelectWhere<?> lookup) {
      return lookup.findsByPrimaryKey();
    }
    if (query instanceof SelectImpl<?> select) {
      return select.findsByPrimaryKey();
    }
    return query instanceof AbstractResultQuery<?> other && other.returnsAtMostOneRow();
  }

  /**
   * Whether {@code query} is a SELECT: a {@link Select}, or a prepared query's execution ({@code
   * Prepared1.bind}) whose template is one.
   */
  public static boolean isSelect(Query query) {
    if (query instanceof AbstractResultQuery<?> rows) {
      return rows.isSelect();
    }
    return query instanceof Select<?>;
  }

  /** The SQL type Rex binds values of {@code type} with when nothing else says. */
  public static <T> DataType<T> typeOf(Class<T> type) {
    return PlainSqlFragment.typeOf(type);
  }

  /** {@code DSLContext.prepare} of one parameter. */
  public static <A, R extends Record> Prepared1<A, R> prepare(
      QueryExecutor executor,
      DataType<A> type,
      Function<? super Field<A>, ? extends ResultQuery<R>> query) {
    return PreparedQueries.one(executor, type, query);
  }

  /** {@code DSLContext.prepare} of two parameters. */
  public static <A, B, R extends Record> Prepared2<A, B, R> prepare(
      QueryExecutor executor,
      DataType<A> typeA,
      DataType<B> typeB,
      BiFunction<? super Field<A>, ? super Field<B>, ? extends ResultQuery<R>> query) {
    return PreparedQueries.two(executor, typeA, typeB, query);
  }

  /** {@code DSLContext.prepare} of three parameters. */
  public static <A, B, C, R extends Record> Prepared3<A, B, C, R> prepare(
      QueryExecutor executor,
      DataType<A> typeA,
      DataType<B> typeB,
      DataType<C> typeC,
      Prepared3.Template<A, B, C, R> query) {
    return PreparedQueries.three(executor, typeA, typeB, typeC, query);
  }

  /**
   * The row count {@code query}'s LIMIT allows, when it is a bind value (0 otherwise); a hint for
   * sizing the list its rows are read into, never a cap.
   */
  public static int limitHint(ResultQuery<?> query) {
    if (query instanceof BoundQuery<?> bound) {
      return bound.limitHint();
    }
    return query instanceof SelectImpl<?> select ? select.limitHint() : 0; // SelectWhere: none
  }

  /** The syntax tree of any statement built by Rex; for the runtime's statement cache. */
  public static QueryPart shape(Query query) {
    if (query instanceof AbstractQuery impl) {
      return impl.model();
    }
    if (query instanceof InsertImpl<?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?> insert) {
      return insert.model();
    }
    return query;
  }

  /** Records of {@code table} holding only {@code fields}, for RETURNING a subset. */
  static <R extends Record> RecordType<R> recordTypeOf(Table<R> table, List<Field<?>> fields) {
    if (table instanceof AbstractTable<R> generated) {
      return new TableRecordType<>(generated, fields);
    }
    @SuppressWarnings("unchecked")
    RecordType<R> rows = (RecordType<R>) new RowRecordType<>(fields);
    return rows;
  }

  /** Attaches a new record of {@code table} to {@code executor}. */
  public static <R extends Record> R newRecord(QueryExecutor executor, Table<R> table) {
    if (!(table instanceof AbstractTable<R> generated)) {
      throw new IllegalArgumentException(table.getName() + " is not a generated table.");
    }
    R record = generated.newRecord();
    ((TableRecord<?>) record).attach(executor);
    return record;
  }

  /** Records holding {@code fields} in order; for rows whose columns are found at run time. */
  public static <R extends Record> RecordType<R> rowRecordType(List<Field<?>> fields) {
    return new RowRecordType<>(fields);
  }

  /** {@code DSL.field(sql, type, binds…)}: SQL text of the given type, its {@code ?} bound. */
  public static <T> Field<T> plainSqlField(String sql, DataType<T> type, Object[] binds) {
    return PlainSqlFragment.field(sql, type, binds);
  }

  /** {@code DSL.field(sql, Class, binds…)}: typed by the class (see {@link PlainSqlFragment}). */
  public static <T> Field<T> plainSqlField(String sql, Class<T> type, Object[] binds) {
    return PlainSqlFragment.field(sql, PlainSqlFragment.typeOf(type), binds);
  }

  /** {@code DSL.condition(sql, binds…)}: SQL text used as a condition, its {@code ?} bound. */
  public static Condition plainSqlCondition(String sql, Object[] binds) {
    return PlainSqlFragment.condition(sql, binds);
  }

  /** An unqualified column {@code "name"} of the given type. */
  public static <T> Field<T> namedField(String name, dev.rex.dsl.DataType<T> type) {
    return new QualifiedField<>(null, name, type);
  }

  /** Application-written SQL with {@code ?} placeholders for {@code binds}, returning rows. */
  public static ResultQuery<Record> plainSql(
      @Nullable QueryExecutor executor, String sql, @Nullable Object... binds) {
    return new PlainSqlQuery(
        PlainSql.checked(PlainSql.of(sql, binds, true), executor), executor, 0);
  }

  /**
   * Application-written SQL with {@code ?} placeholders for {@code binds}, run as a statement: any
   * rows it returns are skipped, and it may hold several statements where the database runs them
   * all.
   */
  public static Query plainStatement(
      @Nullable QueryExecutor executor, String sql, @Nullable Object... binds) {
    return new DmlQuery(PlainSql.checked(PlainSql.of(sql, binds, false), executor), executor);
  }

  /** {@code pk1 = ? and pk2 = ?} for the primary key of {@code table}. */
  public static Condition primaryKeyCondition(Table<?> table, Object... key) {
    return PrimaryKeyCondition.of(table, key);
  }

  /**
   * {@code DSLContext.fetchById}: a prepared lookup per table where it can be ({@link KeyLookup}).
   */
  public static <R extends Record> Optional<R> fetchById(
      QueryExecutor executor, Table<R> table, Object... key) {
    return KeyLookup.fetchById(executor, table, key);
  }

  /**
   * Marks a record as written by a batch insert: its values are now its stored state, so a later
   * {@code store()} updates rather than inserts again.
   */
  public static void markInserted(TableRecord<?> record, QueryExecutor executor) {
    generated().stored(record, executor);
  }

  /**
   * Every way {@code record} breaks its table's declared constraints, then the rules of {@code
   * executor} if it has any; empty when the record may be written.
   */
  public static List<Violation> violations(
      TableRecord<?> record, @Nullable QueryExecutor executor) {
    return RecordValidation.violations(record, executor);
  }

  /** Throws a {@code ValidationException} listing every violation of {@code record}, if any. */
  public static void requireValid(TableRecord<?> record, @Nullable QueryExecutor executor) {
    RecordValidation.require(record, executor);
  }

  /** The parent {@code child} references through {@code key}, or null when its key is null. */
  public static <C extends Record, P extends Record> @Nullable P fetchParent(
      QueryExecutor executor, C child, ForeignKey<C, P> key) {
    return Navigation.parent(executor, child, key);
  }

  /** The children that reference {@code parent} through {@code key}. */
  public static <C extends Record, P extends Record> Result<C> fetchChildren(
      QueryExecutor executor, P parent, ForeignKey<C, P> key) {
    return Navigation.children(executor, parent, key);
  }

  /** The records of {@code toOther}'s table linked to {@code record} through a join table. */
  public static <R extends Record, J extends Record, O extends Record> Result<O> fetchThrough(
      QueryExecutor executor, R record, ForeignKey<J, R> toThis, ForeignKey<J, O> toOther) {
    return Navigation.through(executor, record, toThis, toOther);
  }

  /**
   * The parent of every child, in one query; children whose key is null or whose parent does not
   * exist are absent. Keys are the child records themselves, by identity.
   */
  public static <C extends Record, P extends Record> Map<C, P> parentsOf(
      QueryExecutor executor, Collection<? extends C> children, ForeignKey<C, P> key) {
    return Navigation.parents(executor, children, key);
  }

  /**
   * The children of every parent, in one query; every parent is in the map. Keys are the parent
   * records themselves, by identity.
   */
  public static <C extends Record, P extends Record> Map<P, List<C>> childrenOf(
      QueryExecutor executor, Collection<? extends P> parents, ForeignKey<C, P> key) {
    return Navigation.children(executor, parents, key);
  }

  /** A generated key (a {@code Long} or {@code BigInteger}) as its column's type. */
  public static Object generatedKey(Object key, Class<?> type) {
    return InsertReadBack.keyAs(key, type);
  }

  /** The next column of a generated table, at position {@code index}. */
  public static <R extends Record, T> TableField<R, T> tableField(
      Table<R> table, String column, DataType<T> type, int index) {
    return new TableFieldImpl<>(table, column, type, index);
  }

  /** Rows read into {@code table}'s generated records, holding {@code fields} in order. */
  public static <R extends Record> RecordType<R> tableRecordType(
      AbstractTable<R> table, List<Field<?>> fields) {
    return new TableRecordType<>(table, fields);
  }

  /**
   * The position of {@code field} among {@code fields}: by identity, then equality, then by name.
   *
   * @throws IllegalArgumentException when it is not one of them
   */
  public static int indexOf(List<Field<?>> fields, Field<?> field) {
    return RowType.require(fields, field);
  }

  /**
   * The position of the field named {@code name} among {@code fields}.
   *
   * @throws IllegalArgumentException when there is none
   */
  public static int indexOf(List<Field<?>> fields, String name) {
    return RowType.require(fields, name);
  }

  /**
   * An unmodifiable result holding {@code records}, which the caller must not change afterwards.
   */
  public static <R extends Record> Result<R> result(List<R> records) {
    return new ResultImpl<>(records);
  }

  /** Decodes a nested result ({@code multiset}) from the JSON array the database aggregated. */
  public static <R extends Record> Result<R> decodeNested(String json, RecordType<R> type) {
    return NestedResults.decode(json, type);
  }

  /** The tables {@code query} reads or writes. */
  public static StatementTables statementTables(Query query) {
    return StatementTableWalk.of(query);
  }

  // The node factories behind DSL's expressions.

  /** A name of one or more parts, such as {@code schema.table}. */
  public static Name name(List<String> parts) {
    return new NameImpl(parts, null);
  }

  /** A table known only by name; its records are plain rows. */
  public static Table<Record> table(Name name) {
    List<String> parts = name.parts();
    String schema = parts.size() > 1 ? parts.get(parts.size() - 2) : null;
    return new NamedTable<>(schema, name.last(), null, List.of(), new RowRecordType<>(List.of()));
  }

  /** A column known only by name, qualified by the name's second-last part. */
  public static <T> Field<T> field(Name name, DataType<T> type) {
    List<String> parts = name.parts();
    String qualifier = parts.size() > 1 ? parts.get(parts.size() - 2) : null;
    return new QualifiedField<>(qualifier, name.last(), type);
  }

  /** A subquery of one column, used as a value. */
  public static <T> Field<T> scalar(Select<? extends Record1<T>> select) {
    SelectModel model = model(select);
    @SuppressWarnings("unchecked")
    Field<T> only = (Field<T>) model.fields().get(0);
    return new ScalarSubquery<>(model, only.getDataType(), only.getName());
  }

  /** A bind value whose type is inferred from its class. */
  public static <T> Field<T> val(T value) {
    return Val.infer(value);
  }

  /** A bind value of {@code type}. */
  public static <T> Field<T> val(@Nullable T value, DataType<T> type) {
    return new Val<>(value, type);
  }

  /** A bind value with {@code field}'s type, labelled with its column for error messages. */
  public static <T> Field<T> val(@Nullable T value, Field<T> field) {
    return new Val<>(value, field.getDataType(), field);
  }

  /** The value an upsert tried to insert into {@code field}. */
  public static <T> Field<T> inline(T value) {
    return Inline.of(value);
  }

  public static <T> Field<T> excluded(Field<T> field) {
    return new Excluded<>(field);
  }

  /** {@code condition} compiled for evaluation in memory against records of {@code table}. */
  public static <R extends Record> dev.rex.dsl.RowPredicate<R> rowPredicate(
      Table<R> table, Condition condition, dev.rex.dsl.spi.Dialect dialect) {
    return InMemory.predicate(table, condition, dialect);
  }

  /** A condition that renders nothing and combines away. */
  public static Condition noCondition() {
    return NoCondition.INSTANCE;
  }

  /** A condition that is always true. */
  public static Condition trueCondition() {
    return BooleanCondition.TRUE;
  }

  /** A condition that is always false. */
  public static Condition falseCondition() {
    return BooleanCondition.FALSE;
  }

  /** {@code c1 and c2 and …}. */
  public static Condition and(Collection<? extends Condition> conditions) {
    return Combined.of(Combined.Operator.AND, conditions);
  }

  /** {@code c1 or c2 or …}. */
  public static Condition or(Collection<? extends Condition> conditions) {
    return Combined.of(Combined.Operator.OR, conditions);
  }

  /**
   * A {@code TooManyRowsException} for {@code sql}, typed {@code RuntimeException} so that the
   * interface that throws it does not make the verifier load it before it is thrown.
   */
  public static RuntimeException tooManyRows(String sql) {
    return Failures.tooManyRows(sql);
  }

  /** {@code [not] exists (select …)}. */
  public static Condition exists(Select<?> select, boolean not) {
    return new Exists(model(select), not);
  }

  /** A call of the SQL function {@code name}. */
  public static <T> Field<T> function(String name, DataType<T> type, Field<?>... arguments) {
    return new SqlFunction<>(name, type, List.of(arguments));
  }

  /** The concatenation of {@code operands} as text. */
  public static Field<String> concat(List<Field<?>> operands) {
    return new Concat(operands);
  }

  /** A row value expression of {@code fields}; the caller's target type fixes its arity. */
  @SuppressWarnings({"unchecked", "TypeParameterUnusedInFormals"})
  public static <R extends Row> R row(Field<?>... fields) {
    return (R) RowValues.of(fields);
  }

  /** {@code extract(part from field)} as an integer. */
  public static Field<Integer> extract(Field<?> field, DatePart part) {
    return new Extract(field, part);
  }

  /** {@code field}, its read values passed through {@code converter}. */
  public static <T, U> Field<U> convertFrom(
      Field<T> field, java.util.function.Function<? super T, ? extends U> converter) {
    return new Converted<>(field, converter);
  }

  /** {@code *}. */
  public static Asterisk asterisk() {
    return Asterisks.ALL;
  }

  /** A nested result: the rows of {@code select} as one value. */
  public static <R extends Record> Field<Result<R>> multiset(Select<R> select) {
    return new Multiset<>(model(select), select.recordType());
  }

  /**
   * Internal: what the implementation reads from generated tables and records beyond their public
   * API. {@code dev.rex.dsl.gen} installs the only implementation when its classes are first
   * initialised; not API.
   */
  public interface GeneratedCode {

    /** The table {@code table} was reached from by navigation, or null. */
    @Nullable Table<?> navigatedFrom(Table<?> table);

    /** The foreign key {@code table} was reached along by navigation, or null. */
    @Nullable ForeignKey<?, ?> navigatedAlong(Table<?> table);

    /** Whether {@code record} was not read from or written to the database yet. */
    boolean isNew(TableRecord<?> record);

    /** Fills {@code record} with a row read through {@code executor}. */
    void loaded(TableRecord<?> record, @Nullable Object[] row, @Nullable QueryExecutor executor);

    /** Marks the values of {@code record} as the row stored through {@code executor}. */
    void stored(TableRecord<?> record, QueryExecutor executor);

    /** Fills the new {@code record} with the current row, read by the record's own code. */
    void read(TableRecord<?> record, RowColumns row, @Nullable QueryExecutor executor)
        throws SQLException;
  }

  /** A mapper of records of any shape into {@code type}: see {@code Record.into(Class)}. */
  public static <E> RecordMapper<Record, E> intoMapper(Class<? extends E> type) {
    return IntoClass.<E>mapper(type);
  }

  /** The values of {@code record} that belong to {@code table}, as a detached record of it. */
  public static <R extends Record> R intoTable(Record record, Table<R> table) {
    List<Field<?>> fields = table.fields();
    List<Field<?>> own = record.fields();
    @Nullable Object[] values = new Object[fields.size()];
    for (int i = 0; i < values.length; i++) {
      int index = RowType.indexOf(own, fields.get(i));
      values[i] = index < 0 ? null : record.get(index);
    }
    return table.recordType().newRecord(values, null);
  }

  /** {@code value} converted to {@code type} as {@code Record.get(Field, Class)} describes. */
  public static <T> @Nullable T convert(
      @Nullable Object value, Class<? extends T> type, String what) {
    return ValueConversion.convert(value, type, what);
  }

  private static volatile @Nullable GeneratedCode generatedCode;

  /**
   * Installs {@code dev.rex.dsl.gen}'s internals; called once, by that package.
   *
   * @throws IllegalStateException when they are installed already
   */
  public static synchronized void install(GeneratedCode internals) {
    if (generatedCode != null) {
      throw new IllegalStateException("The generated-code internals are installed already.");
    }
    generatedCode = internals;
  }

  /** The generated-code internals; installed before any generated table exists. */
  static GeneratedCode generated() {
    GeneratedCode installed = generatedCode;
    if (installed == null) {
      throw new IllegalStateException("No generated table has been initialised yet.");
    }
    return installed;
  }

  /** Renders a table as generated and named tables do: see {@code NamedTable.render}. */
  public static void renderTable(
      RenderContext context, @Nullable String schema, String name, @Nullable String alias) {
    NamedTable.render(context, schema, name, alias);
  }
}
