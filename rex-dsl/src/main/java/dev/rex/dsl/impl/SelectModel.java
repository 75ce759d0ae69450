package dev.rex.dsl.impl;

import dev.rex.dsl.Condition;
import dev.rex.dsl.Field;
import dev.rex.dsl.OrderField;
import dev.rex.dsl.QueryPart;
import dev.rex.dsl.SelectField;
import dev.rex.dsl.Table;
import dev.rex.dsl.spi.RenderContext;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The immutable syntax tree of a SELECT. Being a record, it compares by shape (bind values compare
 * equal whatever they hold), which makes it the key of the rendered-SQL cache.
 *
 * <p>A compound query ({@code a union b}) keeps its operands in {@link #compound} and uses only
 * {@link #orderBy}, {@link #limit} and {@link #offset} of its own.
 */
record SelectModel(
    @Nullable WithClause with,
    boolean distinct,
    List<SelectField<?>> select,
    List<Table<?>> from,
    List<Join> joins,
    Condition where,
    List<Field<?>> groupBy,
    Condition having,
    List<OrderField<?>> orderBy,
    @Nullable Field<Integer> limit,
    @Nullable Field<Integer> offset,
    @Nullable Compound compound)
    implements QueryPart {

  static SelectModel of(boolean distinct, List<? extends SelectField<?>> select) {
    return new SelectModel(
        null,
        distinct,
        List.copyOf(select),
        List.of(),
        List.of(),
        NoCondition.INSTANCE,
        List.of(),
        NoCondition.INSTANCE,
        List.of(),
        null,
        null,
        null);
  }

  /** The fields a row of this query has: the SELECT list, or every column of FROM and JOIN. */
  List<Field<?>> fields() {
    if (compound != null) {
      return compound.operands().get(0).fields();
    }
    List<Field<?>> fields = new ArrayList<>();
    if (select.isEmpty()) {
      from.forEach(table -> fields.addAll(table.fields()));
      joins.forEach(join -> fields.addAll(join.table().fields()));
      return fields;
    }
    for (SelectField<?> field : select) {
      fields.add((Field<?>) field);
    }
    return fields;
  }

  boolean hasOrderOrLimit() {
    return !orderBy.isEmpty() || limit != null || offset != null;
  }

  SelectModel withWith(WithClause clause) {
    return new SelectModel(
        clause, distinct, select, from, joins, where, groupBy, having, orderBy, limit, offset,
        compound);
  }

  SelectModel withFrom(List<Table<?>> tables) {
    return new SelectModel(
        with, distinct, select, tables, joins, where, groupBy, having, orderBy, limit, offset,
        compound);
  }

  SelectModel withJoins(List<Join> newJoins) {
    return new SelectModel(
        with, distinct, select, from, newJoins, where, groupBy, having, orderBy, limit, offset,
        compound);
  }

  SelectModel withWhere(Condition condition) {
    return new SelectModel(
        with, distinct, select, from, joins, condition, groupBy, having, orderBy, limit, offset,
        compound);
  }

  SelectModel withGroupBy(List<Field<?>> fields) {
    return new SelectModel(
        with, distinct, select, from, joins, where, fields, having, orderBy, limit, offset,
        compound);
  }

  SelectModel withHaving(Condition condition) {
    return new SelectModel(
        with, distinct, select, from, joins, where, groupBy, condition, orderBy, limit, offset,
        compound);
  }

  SelectModel withOrderBy(List<OrderField<?>> fields) {
    return new SelectModel(
        with, distinct, select, from, joins, where, groupBy, having, fields, limit, offset,
        compound);
  }

  SelectModel withLimit(@Nullable Field<Integer> rows) {
    return new SelectModel(
        with, distinct, select, from, joins, where, groupBy, having, orderBy, rows, offset,
        compound);
  }

  SelectModel withOffset(@Nullable Field<Integer> rows) {
    return new SelectModel(
        with, distinct, select, from, joins, where, groupBy, having, orderBy, limit, rows,
        compound);
  }

  static SelectModel compound(Compound compound) {
    return new SelectModel(
        null,
        false,
        List.of(),
        List.of(),
        List.of(),
        NoCondition.INSTANCE,
        List.of(),
        NoCondition.INSTANCE,
        List.of(),
        null,
        null,
        compound);
  }

  @Override
  public void accept(RenderContext context) {
    RenderContext.Position outer = context.position(RenderContext.Position.REFERENCE);
    if (with != null) {
      context.visit(with).sql(' ');
    }
    if (compound != null) {
      context.visit(compound);
    } else {
      renderSimple(context);
    }
    if (!orderBy.isEmpty()) {
      // The ORDER BY of a compound query sees only the result's column names, not its tables.
      boolean qualify = context.qualify(compound == null && context.qualify());
      context.sql(" order by ");
      Renderer.list(context, orderBy, ", ");
      context.qualify(qualify);
    }
    if (limit != null || offset != null) {
      context.dialect().renderLimit(context, limit, offset);
    }
    context.position(outer);
  }

  private void renderSimple(RenderContext context) {
    context.sql(distinct ? "select distinct " : "select ");
    context.position(RenderContext.Position.SELECT_LIST);
    Renderer.list(context, select.isEmpty() ? fields() : select, ", ");
    if (!from.isEmpty()) {
      context.position(RenderContext.Position.TABLE_DECLARATION);
      context.sql(" from ");
      Renderer.list(context, from, ", ");
      for (Join join : joins) {
        context.visit(join);
      }
    }
    context.position(RenderContext.Position.REFERENCE);
    if (!(where instanceof NoCondition)) {
      context.sql(" where ").visit(where);
    }
    if (!groupBy.isEmpty()) {
      context.sql(" group by ");
      Renderer.list(context, groupBy, ", ");
    }
    if (!(having instanceof NoCondition)) {
      context.sql(" having ").visit(having);
    }
  }
}
