package dev.rex.dsl.impl;

import dev.rex.dsl.Condition;
import dev.rex.dsl.Field;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The clauses of a SELECT that most queries leave empty: WITH, DISTINCT, GROUP BY, HAVING, OFFSET
 * and a compound's operands. A {@link SelectModel} keeps them in one shared value ({@link #NONE}
 * when all are empty), so that each step of building a query copies seven fields, not twelve.
 */
record RarelyUsedClauses(
    @Nullable WithClause with,
    boolean distinct,
    List<Field<?>> groupBy,
    Condition having,
    @Nullable Field<Integer> offset,
    @Nullable Compound compound) {

  static final RarelyUsedClauses NONE =
      new RarelyUsedClauses(null, false, List.of(), NoCondition.INSTANCE, null, null);

  RarelyUsedClauses {
    groupBy = List.copyOf(groupBy);
  }

  /** Whether none of these clauses comes at or after WHERE: only WITH and DISTINCT may be set. */
  boolean endsBeforeWhere() {
    return groupBy.isEmpty() && having instanceof NoCondition && offset == null && compound == null;
  }

  /** These clauses, or the shared {@link #NONE} when every one is empty. */
  static RarelyUsedClauses of(
      @Nullable WithClause with,
      boolean distinct,
      List<Field<?>> groupBy,
      Condition having,
      @Nullable Field<Integer> offset,
      @Nullable Compound compound) {
    return with == null
            && !distinct
            && groupBy.isEmpty()
            && having instanceof NoCondition
            && offset == null
            && compound == null
        ? NONE
        : new RarelyUsedClauses(with, distinct, groupBy, having, offset, compound);
  }

  RarelyUsedClauses withWith(@Nullable WithClause clause) {
    return of(clause, distinct, groupBy, having, offset, compound);
  }

  RarelyUsedClauses withGroupBy(List<Field<?>> fields) {
    return of(with, distinct, fields, having, offset, compound);
  }

  RarelyUsedClauses withHaving(Condition condition) {
    return of(with, distinct, groupBy, condition, offset, compound);
  }

  RarelyUsedClauses withOffset(@Nullable Field<Integer> rows) {
    return of(with, distinct, groupBy, having, rows, compound);
  }

  /** Written out, as {@link SelectModel#equals} is: no {@code ObjectMethods} link at first use. */
  @Override
  @SuppressWarnings("ReferenceEquality") // NONE, shared by most queries, first
  public boolean equals(@Nullable Object other) {
    return other == this
        || (other instanceof RarelyUsedClauses that
            && distinct == that.distinct
            && Objects.equals(with, that.with)
            && SelectModel.sameItems(groupBy, that.groupBy)
            && having.equals(that.having)
            && Objects.equals(offset, that.offset)
            && Objects.equals(compound, that.compound));
  }

  @Override
  public int hashCode() {
    int hash = Boolean.hashCode(distinct);
    hash = 31 * hash + Objects.hashCode(with);
    hash = 31 * hash + groupBy.hashCode();
    hash = 31 * hash + having.hashCode();
    hash = 31 * hash + Objects.hashCode(offset);
    return 31 * hash + Objects.hashCode(compound);
  }
}
