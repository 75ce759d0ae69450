package dev.rex.dsl.impl;

import dev.rex.dsl.DataType;
import dev.rex.dsl.Field;
import dev.rex.dsl.RenderedQuery;
import dev.rex.dsl.ResultQuery;
import dev.rex.dsl.exception.InvalidQueryException;
import dev.rex.dsl.spi.Dialect;
import java.util.Arrays;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A prepared query's template, rendered once for one dialect: the SQL, the types and columns of its
 * binds, and for each bind either the constant the query was built with or the parameter whose
 * argument it takes. An execution only copies the constants and puts the arguments in their places
 * ({@link #values}); nothing is walked or rendered. Immutable, so shared by every thread.
 *
 * <p>The template is rendered with each parameter's {@link Placeholder} binding its {@link
 * Placeholder.Slot}, so the rendered binds say where each parameter went. A parameter that no bind
 * takes, a placeholder given where a value is read ({@code DSL.val(placeholder)}, a plain-SQL
 * bind), or a placeholder of another prepared query is refused here, when the query is prepared.
 */
final class PreparedPlan {

  final AbstractResultQuery<?> template;
  final Dialect dialect;
  final String sql;
  final boolean atMostOneRow;
  final boolean select;
  private final Object owner;
  private final int parameters;
  private final DataType<?>[] types;
  private final @Nullable String @Nullable [] columns;
  private final @Nullable Object[] constants;

  /** For each bind, the parameter (0-based) whose argument it takes, or -1 for a constant. */
  private final int[] arguments;

  /** The parameter that is the query's LIMIT, or -1 when the LIMIT is not a parameter. */
  private final int limitParameter;

  /** The query's LIMIT when it is a constant value, else 0 (see {@link #limitHint}). */
  private final int limitConstant;

  /**
   * The rendering with the constants and no arguments ({@code null} in their places), which the
   * runtime binds from with {@link #value}: see {@link QueryBinding#renderForBinding}.
   */
  final RenderedQuery withoutArguments;

  private PreparedPlan(
      AbstractResultQuery<?> template, Dialect dialect, Object owner, int parameters) {
    this.template = template;
    this.dialect = dialect;
    this.owner = owner;
    this.parameters = parameters;
    RenderedQuery rendered = template.render(dialect);
    this.sql = rendered.sql();
    int count = rendered.bindCount();
    this.types = new DataType<?>[count];
    this.constants = new Object[count];
    this.arguments = new int[count];
    @Nullable String[] labels = new String[count];
    boolean labelled = false;
    boolean[] used = new boolean[parameters];
    for (int i = 0; i < count; i++) {
      types[i] = rendered.bindType(i);
      labels[i] = rendered.bindColumn(i);
      labelled |= labels[i] != null;
      arguments[i] = parameterOf(rendered.bindValue(i), i);
      if (arguments[i] >= 0) {
        used[arguments[i]] = true;
      } else {
        constants[i] = rendered.bindValue(i);
      }
    }
    this.columns = labelled ? labels : null;
    this.withoutArguments = new RenderedQuery(sql, constants, types, columns);
    for (int p = 0; p < parameters; p++) {
      if (!used[p]) {
        throw new InvalidQueryException(
            "Parameter "
                + (p + 1)
                + " of this prepared query is not used as a bind value in it; use every"
                + " placeholder the lambda gets where a value goes: "
                + sql);
      }
    }
    SelectModel model = Queries.selectModel(template);
    this.atMostOneRow = model != null && SingleRowShape.byPrimaryKey(model);
    this.select = model != null;
    this.limitParameter =
        model != null
                && model.limit() instanceof Placeholder<?> limit
                && limit.slot().owner() == owner
            ? limit.slot().index()
            : -1;
    this.limitConstant = model == null ? 0 : SingleRowShape.limitOf(model);
  }

  /**
   * The LIMIT of an execution with these arguments when it is a value, else 0: a hint for sizing
   * the list its rows are read into, as {@link Queries#limitHint} gives for other queries.
   */
  int limitHint(@Nullable Object a, @Nullable Object b, @Nullable Object c) {
    if (limitParameter < 0) {
      return limitConstant;
    }
    @Nullable Object rows =
        switch (limitParameter) {
          case 0 -> a;
          case 1 -> b;
          default -> c;
        };
    return rows instanceof Integer count ? Math.max(count, 0) : 0;
  }

  /**
   * Builds the template with one placeholder per type and renders it for {@code dialect}.
   *
   * @param build makes the query from the placeholders, in order
   */
  static PreparedPlan of(
      Dialect dialect,
      DataType<?>[] parameterTypes,
      Function<Field<?>[], ? extends ResultQuery<?>> build) {
    Object owner = new Object();
    Field<?>[] placeholders = new Field<?>[parameterTypes.length];
    for (int i = 0; i < placeholders.length; i++) {
      placeholders[i] = new Placeholder<>(new Placeholder.Slot(owner, i), parameterTypes[i]);
    }
    ResultQuery<?> query = build.apply(placeholders);
    if (!(query instanceof AbstractResultQuery<?> template) || query instanceof BoundQuery<?>) {
      throw new InvalidQueryException(
          "A prepared query must be built by Rex from the placeholders it is given, not "
              + (query == null ? "null" : query.getClass().getName()));
    }
    return new PreparedPlan(template, dialect, owner, parameterTypes.length);
  }

  /** Whether this plan was rendered for {@code other}. */
  boolean isFor(Dialect other) {
    return other == dialect;
  }

  /** This template rendered for {@code other}: this plan when the dialect is the same. */
  PreparedPlan forDialect(Dialect other) {
    return other == dialect ? this : new PreparedPlan(template, other, owner, parameters);
  }

  private int parameterOf(@Nullable Object value, int bind) {
    if (value instanceof Placeholder.Slot slot) {
      if (slot.owner() != owner) {
        throw new InvalidQueryException(
            "Bind parameter "
                + (bind + 1)
                + " is a placeholder of another prepared query; use the placeholders this"
                + " query's lambda gets: "
                + sql);
      }
      return slot.index();
    }
    if (value instanceof Placeholder<?>) {
      throw new InvalidQueryException(
          "Bind parameter "
              + (bind + 1)
              + " holds a prepared query's placeholder as a value (DSL.val, DSL.inline or a"
              + " plain-SQL bind read it as a constant, which it has not); use it directly where"
              + " the value goes, such as column.eq(placeholder): "
              + sql);
    }
    return -1;
  }

  /** The bind values of one execution: the constants, with the arguments in their places. */
  @Nullable Object[] values(@Nullable Object a, @Nullable Object b, @Nullable Object c) {
    @Nullable Object[] values = constants.length == 0 ? constants : constants.clone();
    for (int i = 0; i < arguments.length; i++) {
      switch (arguments[i]) {
        case 0 -> values[i] = a;
        case 1 -> values[i] = b;
        case 2 -> values[i] = c;
        default -> {}
      }
    }
    return values;
  }

  /** The value of bind {@code index} in an execution with these arguments. */
  @Nullable Object value(int index, @Nullable Object a, @Nullable Object b, @Nullable Object c) {
    return switch (arguments[index]) {
      case 0 -> a;
      case 1 -> b;
      case 2 -> c;
      default -> constants[index];
    };
  }

  /** The rendered query of one execution; {@code values} come from {@link #values}. */
  RenderedQuery rendered(@Nullable Object[] values) {
    return new RenderedQuery(sql, values, types, columns);
  }

  @Override
  public String toString() {
    return sql + " " + Arrays.toString(constants);
  }
}
