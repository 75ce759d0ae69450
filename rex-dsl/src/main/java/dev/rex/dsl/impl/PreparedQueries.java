package dev.rex.dsl.impl;

import dev.rex.dsl.DSLContext;
import dev.rex.dsl.DataType;
import dev.rex.dsl.Field;
import dev.rex.dsl.Prepared1;
import dev.rex.dsl.Prepared2;
import dev.rex.dsl.Prepared3;
import dev.rex.dsl.PreparedQuery;
import dev.rex.dsl.Record;
import dev.rex.dsl.RecordType;
import dev.rex.dsl.Result;
import dev.rex.dsl.ResultQuery;
import dev.rex.dsl.spi.QueryExecutor;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The prepared queries of one, two and three parameters: a {@link PreparedPlan} and the executor
 * they run on. Each execution is a {@link BoundQuery} handed to the executor as any query built per
 * call: the executor's path (connection, statement cache, listeners, timeouts, transaction, result
 * cache invalidation, error translation) is the same one. When the executor {@linkplain
 * QueryExecutor#releasesQueries releases queries}, a prepared query made by {@code prepare} keeps
 * one execution per thread and resets it per call, so that a call allocates nothing of its own
 * (boxing its arguments aside); one made by {@code on(context)}, usually short-lived, makes a new
 * execution per call.
 */
final class PreparedQueries {

  private PreparedQueries() {}

  /** {@code DSLContext.prepare} of one parameter. */
  @SuppressWarnings("unchecked")
  static <A, R extends Record> Prepared1<A, R> one(
      QueryExecutor executor,
      DataType<A> type,
      Function<? super Field<A>, ? extends ResultQuery<R>> query) {
    PreparedPlan plan =
        PreparedPlan.of(
            executor.dialect(), new DataType<?>[] {type}, p -> query.apply((Field<A>) p[0]));
    return new One<>(plan, executor, true);
  }

  /** {@code DSLContext.prepare} of two parameters. */
  @SuppressWarnings("unchecked")
  static <A, B, R extends Record> Prepared2<A, B, R> two(
      QueryExecutor executor,
      DataType<A> typeA,
      DataType<B> typeB,
      BiFunction<? super Field<A>, ? super Field<B>, ? extends ResultQuery<R>> query) {
    PreparedPlan plan =
        PreparedPlan.of(
            executor.dialect(),
            new DataType<?>[] {typeA, typeB},
            p -> query.apply((Field<A>) p[0], (Field<B>) p[1]));
    return new Two<>(plan, executor, true);
  }

  /** {@code DSLContext.prepare} of three parameters. */
  @SuppressWarnings("unchecked")
  static <A, B, C, R extends Record> Prepared3<A, B, C, R> three(
      QueryExecutor executor,
      DataType<A> typeA,
      DataType<B> typeB,
      DataType<C> typeC,
      Prepared3.Template<A, B, C, R> query) {
    PreparedPlan plan =
        PreparedPlan.of(
            executor.dialect(),
            new DataType<?>[] {typeA, typeB, typeC},
            p -> query.query((Field<A>) p[0], (Field<B>) p[1], (Field<C>) p[2]));
    return new Three<>(plan, executor, true);
  }

  /** What the three arities share. */
  private abstract static class Base<R extends Record> implements PreparedQuery<R> {

    final PreparedPlan plan;
    final QueryExecutor executor;

    /** Each thread's execution, when the executor releases queries; else null. */
    private final @Nullable ThreadLocal<BoundQuery<R>> executions;

    Base(PreparedPlan plan, QueryExecutor executor, boolean reuse) {
      this.plan = plan;
      this.executor = executor;
      this.executions = reuse && executor.releasesQueries() ? new ThreadLocal<>() : null;
    }

    /** This thread's execution with these arguments, or a new one; released after the call. */
    private BoundQuery<R> execution(@Nullable Object a, @Nullable Object b, @Nullable Object c) {
      if (executions == null) {
        return bound(a, b, c);
      }
      BoundQuery<R> mine = executions.get();
      if (mine == null) {
        mine = bound(null, null, null);
        executions.set(mine);
      }
      return mine.reuse(a, b, c);
    }

    /** The plan for {@code context}'s dialect and its executor. */
    final PreparedPlan planFor(DSLContext context) {
      return plan.forDialect(context.executor().dialect());
    }

    final BoundQuery<R> bound(@Nullable Object a, @Nullable Object b, @Nullable Object c) {
      return new BoundQuery<>(plan, a, b, c, executor, plan.template.fetchSize);
    }

    final Result<R> rows(@Nullable Object a, @Nullable Object b, @Nullable Object c) {
      BoundQuery<R> execution = execution(a, b, c);
      try {
        return executor.fetch(execution, 0);
      } finally {
        execution.release();
      }
    }

    final @Nullable R one(@Nullable Object a, @Nullable Object b, @Nullable Object c) {
      BoundQuery<R> execution = execution(a, b, c);
      try {
        return executor.fetchOne(execution);
      } finally {
        execution.release();
      }
    }

    final R single(@Nullable Object a, @Nullable Object b, @Nullable Object c) {
      R record = one(a, b, c);
      if (record == null) {
        throw Failures.noDataFound(plan.sql);
      }
      return record;
    }

    @Override
    public final String sql() {
      return plan.sql;
    }

    @Override
    @SuppressWarnings("unchecked")
    public final RecordType<R> recordType() {
      return (RecordType<R>) plan.template.recordType();
    }

    @Override
    public final String toString() {
      return "prepared " + plan.sql;
    }
  }

  static final class One<A, R extends Record> extends Base<R> implements Prepared1<A, R> {

    One(PreparedPlan plan, QueryExecutor executor, boolean reuse) {
      super(plan, executor, reuse);
    }

    @Override
    public Result<R> fetch(@Nullable A a) {
      return rows(a, null, null);
    }

    @Override
    public @Nullable R fetchOne(@Nullable A a) {
      return one(a, null, null);
    }

    @Override
    public R fetchSingle(@Nullable A a) {
      return single(a, null, null);
    }

    @Override
    public ResultQuery<R> bind(@Nullable A a) {
      return bound(a, null, null);
    }

    @Override
    public Prepared1<A, R> on(DSLContext context) {
      return new One<>(planFor(context), context.executor(), false);
    }
  }

  static final class Two<A, B, R extends Record> extends Base<R> implements Prepared2<A, B, R> {

    Two(PreparedPlan plan, QueryExecutor executor, boolean reuse) {
      super(plan, executor, reuse);
    }

    @Override
    public Result<R> fetch(@Nullable A a, @Nullable B b) {
      return rows(a, b, null);
    }

    @Override
    public @Nullable R fetchOne(@Nullable A a, @Nullable B b) {
      return one(a, b, null);
    }

    @Override
    public R fetchSingle(@Nullable A a, @Nullable B b) {
      return single(a, b, null);
    }

    @Override
    public ResultQuery<R> bind(@Nullable A a, @Nullable B b) {
      return bound(a, b, null);
    }

    @Override
    public Prepared2<A, B, R> on(DSLContext context) {
      return new Two<>(planFor(context), context.executor(), false);
    }
  }

  static final class Three<A, B, C, R extends Record> extends Base<R>
      implements Prepared3<A, B, C, R> {

    Three(PreparedPlan plan, QueryExecutor executor, boolean reuse) {
      super(plan, executor, reuse);
    }

    @Override
    public Result<R> fetch(@Nullable A a, @Nullable B b, @Nullable C c) {
      return rows(a, b, c);
    }

    @Override
    public @Nullable R fetchOne(@Nullable A a, @Nullable B b, @Nullable C c) {
      return one(a, b, c);
    }

    @Override
    public R fetchSingle(@Nullable A a, @Nullable B b, @Nullable C c) {
      return single(a, b, c);
    }

    @Override
    public ResultQuery<R> bind(@Nullable A a, @Nullable B b, @Nullable C c) {
      return bound(a, b, c);
    }

    @Override
    public Prepared3<A, B, C, R> on(DSLContext context) {
      return new Three<>(planFor(context), context.executor(), false);
    }
  }
}
