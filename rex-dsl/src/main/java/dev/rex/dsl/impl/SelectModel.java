package dev.rex.dsl.impl;

import dev.rex.dsl.Condition;
import dev.rex.dsl.Field;
import dev.rex.dsl.OrderField;
import dev.rex.dsl.QueryPart;
import dev.rex.dsl.SelectField;
import dev.rex.dsl.Table;
import dev.rex.dsl.exception.InvalidQueryException;
import dev.rex.dsl.spi.RenderContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The immutable syntax tree of a SELECT. Being a record, it compares by shape (bind values compare
 * equal whatever they hold), which makes it the key of the rendered-SQL cache. The clauses most
 * queries leave empty are one shared {@link RarelyUsedClauses} value.
 *
 * <p>A compound query ({@code a union b}) keeps its operands in {@link #compound} and uses only
 * {@link #orderBy}, {@link #limit} and {@link #offset} of its own.
 */
record SelectModel(
    List<SelectField<?>> select,
    List<Table<?>> from,
    List<Join> joins,
    Condition where,
    List<OrderField<?>> orderBy,
    @Nullable Field<Integer> limit,
    RarelyUsedClauses rarelyUsed)
    implements QueryPart {

  /** Copies the lists: a model is a key of the rendered-SQL cache and must never change. */
  SelectModel {
    select = List.copyOf(select);
    from = List.copyOf(from);
    joins = List.copyOf(joins);
    orderBy = List.copyOf(orderBy);
  }

  /** A model of every clause. */
  static SelectModel of(
      @Nullable WithClause with,
      boolean distinct,
      List<? extends SelectField<?>> select,
      List<Table<?>> from,
      List<Join> joins,
      Condition where,
      List<Field<?>> groupBy,
      Condition having,
      List<OrderField<?>> orderBy,
      @Nullable Field<Integer> limit,
      @Nullable Field<Integer> offset,
      @Nullable Compound compound) {
    return new SelectModel(
        List.copyOf(select),
        from,
        joins,
        where,
        orderBy,
        limit,
        RarelyUsedClauses.of(with, distinct, groupBy, having, offset, compound));
  }

  @Nullable WithClause with() {
    return rarelyUsed.with();
  }

  boolean distinct() {
    return rarelyUsed.distinct();
  }

  List<Field<?>> groupBy() {
    return rarelyUsed.groupBy();
  }

  Condition having() {
    return rarelyUsed.having();
  }

  @Nullable Field<Integer> offset() {
    return rarelyUsed.offset();
  }

  @Nullable Compound compound() {
    return rarelyUsed.compound();
  }

  /**
   * Written out rather than left to the record: the record's generated {@code equals} and {@code
   * hashCode} are linked through {@code ObjectMethods} on first use, which costs a cold process
   * tens of milliseconds at its first query (this model is the key of the rendered-SQL cache).
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof SelectModel that && sameShapeWithWhere(that, where);
  }

  /** Whether {@code other} is this model with {@code otherWhere} as its WHERE, by shape. */
  boolean sameShapeWithWhere(SelectModel other, Condition otherWhere) {
    return sameItems(select, other.select)
        && sameItems(from, other.from)
        && sameItems(joins, other.joins)
        && otherWhere.equals(other.where)
        && sameItems(orderBy, other.orderBy)
        && Objects.equals(limit, other.limit)
        && rarelyUsed.equals(other.rarelyUsed);
  }

  /** {@code a.equals(b)} for the model's lists, by index: no iterator per lookup. */
  static boolean sameItems(List<?> a, List<?> b) {
    if (a == b) {
      return true;
    }
    int size = a.size();
    if (size != b.size()) {
      return false;
    }
    for (int i = 0; i < size; i++) {
      if (!a.get(i).equals(b.get(i))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    return hashWithWhere(where);
  }

  /** The hash code of this model with {@code otherWhere} as its WHERE. */
  int hashWithWhere(Condition otherWhere) {
    int hash = select.hashCode();
    hash = 31 * hash + from.hashCode();
    hash = 31 * hash + joins.hashCode();
    hash = 31 * hash + otherWhere.hashCode();
    hash = 31 * hash + orderBy.hashCode();
    hash = 31 * hash + Objects.hashCode(limit);
    return 31 * hash + rarelyUsed.hashCode();
  }

  /**
   * Whether nothing of this query comes at or after its WHERE yet: no WHERE, GROUP BY, HAVING,
   * ORDER BY, LIMIT, OFFSET or set operation. Such a model given a WHERE binds its own values and
   * then the WHERE's ({@link #bindsWithWhere}).
   */
  boolean endsBeforeWhere() {
    return where instanceof NoCondition
        && orderBy.isEmpty()
        && limit == null
        && rarelyUsed.endsBeforeWhere();
  }

  /**
   * A binds-only walk of this model with {@code otherWhere} as its WHERE, without making that
   * model: this one's binds come first, as its clauses {@linkplain #endsBeforeWhere end before
   * WHERE}, then the condition's, visited as {@link #renderSimple} visits it.
   */
  void bindsWithWhere(RenderContext context, Condition otherWhere) {
    if (context.rendersSql() || !endsBeforeWhere()) {
      throw new IllegalStateException("Only a binds-only walk of a model that ends before WHERE");
    }
    accept(context);
    RenderContext.Position outer = context.position(RenderContext.Position.REFERENCE);
    context.visit(otherWhere);
    context.position(outer);
  }

  static SelectModel of(boolean distinct, List<? extends SelectField<?>> select) {
    return of(
        null,
        distinct,
        select,
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
    Compound compound = compound();
    if (compound != null) {
      return compound.operands().get(0).fields();
    }
    List<Field<?>> fields = new ArrayList<>();
    if (select.isEmpty()) {
      for (Table<?> table : from) {
        fields.addAll(table.fields());
      }
      for (Join join : joins) {
        fields.addAll(join.table().fields());
      }
      return fields;
    }
    for (SelectField<?> field : select) {
      fields.add((Field<?>) field);
    }
    return fields;
  }

  boolean hasOrderOrLimit() {
    return !orderBy.isEmpty() || limit != null || offset() != null;
  }

  SelectModel withWith(WithClause clause) {
    return new SelectModel(select, from, joins, where, orderBy, limit, rarelyUsed.withWith(clause));
  }

  SelectModel withFrom(List<Table<?>> tables) {
    return new SelectModel(select, tables, joins, where, orderBy, limit, rarelyUsed);
  }

  SelectModel withJoins(List<Join> newJoins) {
    return new SelectModel(select, from, newJoins, where, orderBy, limit, rarelyUsed);
  }

  SelectModel withWhere(Condition condition) {
    return new SelectModel(select, from, joins, condition, orderBy, limit, rarelyUsed);
  }

  SelectModel withGroupBy(List<Field<?>> fields) {
    return new SelectModel(
        select, from, joins, where, orderBy, limit, rarelyUsed.withGroupBy(fields));
  }

  SelectModel withHaving(Condition condition) {
    return new SelectModel(
        select, from, joins, where, orderBy, limit, rarelyUsed.withHaving(condition));
  }

  SelectModel withOrderBy(List<OrderField<?>> fields) {
    return new SelectModel(select, from, joins, where, fields, limit, rarelyUsed);
  }

  SelectModel withLimit(@Nullable Field<Integer> rows) {
    return new SelectModel(select, from, joins, where, orderBy, rows, rarelyUsed);
  }

  SelectModel withOffset(@Nullable Field<Integer> rows) {
    return new SelectModel(select, from, joins, where, orderBy, limit, rarelyUsed.withOffset(rows));
  }

  static SelectModel compound(Compound compound) {
    return of(
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
    WithClause with = with();
    Compound compound = compound();
    if (with != null) {
      context.visit(with).sql(' ');
    }
    if (compound != null) {
      context.visit(compound);
    } else {
      renderSimple(context);
    }
    if (!orderBy.isEmpty()) {
      // A compound's rows have only output columns: PostgreSQL rejects "album"."title" there.
      boolean qualify = context.qualify(compound == null && context.qualify());
      context.sql(" order by ");
      groupingItems(context, orderBy);
      context.qualify(qualify);
    }
    if (limit != null || offset() != null) {
      context.dialect().renderLimit(context, limit, offset());
    }
    context.position(outer);
  }

  /** The parts whose columns may navigate to other tables. */
  private List<QueryPart> navigable() {
    List<QueryPart> parts = new ArrayList<>(select.isEmpty() ? fields() : select);
    parts.addAll(joins);
    parts.add(where);
    parts.addAll(groupBy());
    parts.add(having());
    parts.addAll(orderBy);
    return parts;
  }

  private Set<Table<?>> declared() {
    Set<Table<?>> tables = new HashSet<>(from);
    for (Join join : joins) {
      tables.add(join.table());
    }
    return tables;
  }

  /** GROUP BY / ORDER BY items: an aliased item (or its sort) names its alias. */
  private static void groupingItems(RenderContext context, List<? extends QueryPart> items) {
    for (int i = 0; i < items.size(); i++) {
      QueryPart item = items.get(i);
      QueryPart field = item instanceof SortSpec<?> sort ? sort.field() : item;
      RenderContext.Position previous =
          context.position(
              field instanceof FieldAlias<?>
                  ? RenderContext.Position.ALIAS_REFERENCE
                  : RenderContext.Position.REFERENCE);
      context.sql(i == 0 ? "" : ", ").visit(item);
      context.position(previous);
    }
  }

  /**
   * No field is known (a table made with {@code DSL.table(name)} and nothing selected): {@code *},
   * and the runtime reads the columns from the result's metadata, as for plain SQL. Without a table
   * there is nothing to select.
   */
  private void everyColumn(RenderContext context) {
    if (from.isEmpty()) {
      throw new InvalidQueryException(
          "This SELECT names no column and no table, so it has nothing to return; list the fields"
              + " to select, e.g. select(field(name(\"x\"), INTEGER)), or add from(...).");
    }
    context.sql('*');
  }

  private void renderSimple(RenderContext context) {
    context.sql(distinct() ? "select distinct " : "select ");
    List<? extends QueryPart> items = select.isEmpty() ? fields() : select;
    if (items.isEmpty()) {
      everyColumn(context);
    }
    for (int i = 0; i < items.size(); i++) {
      // Only a top-level alias declares itself; one nested in an expression is a reference.
      QueryPart item = items.get(i);
      context.position(
          item instanceof FieldAlias<?>
              ? RenderContext.Position.SELECT_LIST
              : RenderContext.Position.REFERENCE);
      context.sql(i == 0 ? "" : ", ").visit(item);
    }
    if (!from.isEmpty()) {
      context.position(RenderContext.Position.TABLE_DECLARATION);
      context.sql(" from ");
      Renderer.list(context, from, ", ");
      for (Join join : joins) {
        context.visit(join);
      }
      if (context.rendersSql()) {
        // Joins reached by navigation add no binds, so a binds-only pass can skip them.
        ImplicitJoins.render(context, navigable(), declared());
      }
    }
    context.position(RenderContext.Position.REFERENCE);
    if (!(where instanceof NoCondition)) {
      context.sql(" where ").visit(where);
    }
    if (!groupBy().isEmpty()) {
      context.sql(" group by ");
      groupingItems(context, groupBy());
    }
    if (!(having() instanceof NoCondition)) {
      context.sql(" having ").visit(having());
    }
  }
}
