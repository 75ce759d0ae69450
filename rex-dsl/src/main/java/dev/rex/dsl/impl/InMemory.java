package dev.rex.dsl.impl;

import dev.rex.dsl.Condition;
import dev.rex.dsl.Field;
import dev.rex.dsl.Record;
import dev.rex.dsl.RowPredicate;
import dev.rex.dsl.Table;
import dev.rex.dsl.exception.InvalidQueryException;
import dev.rex.dsl.spi.ComparisonRules;
import dev.rex.dsl.spi.Dialect;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Compiles a condition into a {@link RowCondition} that evaluates it against one record of a table,
 * with SQL's three-valued logic and the dialect's {@link ComparisonRules}. Each node of the
 * condition compiles itself ({@code inMemory} on {@link AbstractCondition} and {@link
 * AbstractField}) and calls back here for its operands; a node that needs the database (a subquery,
 * an aggregate, a cast, raw SQL, a column of another table) refuses with an {@link
 * InvalidQueryException}, so every refusal happens at compile time and evaluating never asks the
 * database.
 */
final class InMemory {

  private final Table<?> table;
  private final ComparisonRules rules;
  private final Condition root;

  private InMemory(Table<?> table, ComparisonRules rules, Condition root) {
    this.table = table;
    this.rules = rules;
    this.root = root;
  }

  static <R extends Record> RowPredicate<R> predicate(
      Table<R> table, Condition condition, Dialect dialect) {
    InMemory memory = new InMemory(table, dialect.comparisonRules(), condition);
    return new CompiledRowPredicate<>(memory.condition(condition), condition);
  }

  ComparisonRules rules() {
    return rules;
  }

  /** How {@code lower} and {@code upper} change letters on this dialect. */
  CaseMapping caseMapping() {
    return rules.asciiCaseMappingOnly() ? CaseMapping.ASCII : CaseMapping.UNICODE;
  }

  RowCondition condition(Condition condition) {
    if (condition instanceof AbstractCondition own) {
      return own.inMemory(this);
    }
    throw unsupported(
        "the condition " + condition.getClass().getName() + ", which Rex's DSL did not build");
  }

  RowExpression expression(Field<?> field) {
    if (field instanceof AbstractField<?> own) {
      return own.inMemory(this);
    }
    throw unsupported(
        "the field " + field.getName() + " of " + field.getClass().getName() + ", not Rex's own");
  }

  List<RowExpression> expressions(List<? extends Field<?>> fields) {
    return fields.stream().map(this::expression).toList();
  }

  /** Reads {@code column} from the record, if it is a column of this predicate's table. */
  RowExpression column(TableFieldImpl<?, ?> column) {
    if (!column.getTable().equals(table)) {
      throw unsupported(
          "the column "
              + column.getName()
              + " of "
              + column.getTable()
              + ", which is not the predicate's table "
              + table);
    }
    int index = column.index();
    String name = column.getName();
    return record -> read(record, index, name);
  }

  private static @Nullable Object read(Record record, int index, String name) {
    List<Field<?>> fields = record.fields();
    if (index < fields.size() && fields.get(index).getName().equals(name)) {
      return record.get(index);
    }
    return record.get(name);
  }

  /**
   * The kind of values of {@code field}.
   *
   * @throws InvalidQueryException when its Java type is not one Rex compares in memory
   */
  SqlValues.Kind kind(Field<?> field) {
    SqlValues.Kind kind = SqlValues.kindOf(field.getDataType().getType());
    if (kind == null) {
      throw unsupported(
          "values of type "
              + field.getDataType().getTypeName()
              + " ("
              + field.getDataType().getType().getSimpleName()
              + ") in "
              + field);
    }
    return kind;
  }

  /** Checks that {@code left} and {@code right} hold values that compare with each other. */
  void requireComparable(Field<?> left, Field<?> right) {
    SqlValues.Kind leftKind = kind(left);
    SqlValues.Kind rightKind = kind(right);
    if (leftKind != rightKind) {
      throw unsupported(
          "a comparison of " + left + " (" + leftKind + ") with " + right + " (" + rightKind + ")");
    }
  }

  /** Checks that {@code field} holds values of {@code kind}. */
  void require(Field<?> field, SqlValues.Kind kind, String role) {
    if (kind(field) != kind) {
      throw unsupported(role + " " + field + ", which is not " + kind);
    }
  }

  InvalidQueryException unsupported(String part) {
    return new InvalidQueryException(
        "A RowPredicate cannot evaluate "
            + part
            + " in memory (in the condition "
            + root
            + "). In-memory conditions compare, match and combine the columns of one table with"
            + " values; subqueries, EXISTS, aggregates, casts, raw SQL and columns of other"
            + " tables need the database.");
  }
}
