package dev.rex.graphql.internal;

import dev.rex.dsl.Condition;
import dev.rex.dsl.DSL;
import dev.rex.dsl.Field;
import dev.rex.dsl.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Compiles a {@code where} input into a condition on a table alias. Column comparisons become SQL
 * comparisons with bind values; a to-one relation's filter and a to-many's {@code some} become
 * {@code exists}, {@code none} {@code not exists}, {@code every} {@code not exists … and not};
 * {@code and / or / not} nest. {@code eq: null} means is null and {@code neq: null} is not null.
 */
final class Filters {

  private Filters() {}

  @SuppressWarnings("unchecked")
  static Condition where(
      Compilation compilation, Entity entity, Table<?> table, @Nullable Object input) {
    if (!(input instanceof Map<?, ?> filter)) {
      return DSL.noCondition();
    }
    List<Condition> conditions = new ArrayList<>();
    for (Map.Entry<?, ?> entry : filter.entrySet()) {
      String name = (String) entry.getKey();
      Object value = entry.getValue();
      conditions.add(condition(compilation, entity, table, name, value));
    }
    return DSL.and(conditions);
  }

  private static Condition condition(
      Compilation compilation, Entity entity, Table<?> table, String name, @Nullable Object value) {
    switch (name) {
      case FilterTypes.AND -> {
        return combined(compilation, entity, table, value, true);
      }
      case FilterTypes.OR -> {
        return combined(compilation, entity, table, value, false);
      }
      case FilterTypes.NOT -> {
        return value == null
            ? DSL.noCondition()
            : DSL.not(where(compilation, entity, table, value));
      }
      default -> {
        // a column or a relation, below
      }
    }
    Attribute attribute = entity.attribute(name);
    if (attribute != null) {
      return compare(Tables.column(table, attribute.column().name()), value);
    }
    Relation relation = entity.relation(name);
    if (relation == null || value == null) {
      return DSL.noCondition();
    }
    Entity target = compilation.entity(relation.target());
    if (!relation.many()) {
      Table<?> alias = compilation.table(target);
      return compilation.related(relation, table, alias, where(compilation, target, alias, value));
    }
    return many(compilation, relation, target, table, (Map<?, ?>) value);
  }

  private static Condition combined(
      Compilation compilation, Entity entity, Table<?> table, @Nullable Object value, boolean and) {
    if (!(value instanceof List<?> list)) {
      return DSL.noCondition();
    }
    List<Condition> parts = new ArrayList<>();
    for (Object item : list) {
      parts.add(where(compilation, entity, table, item));
    }
    if (parts.isEmpty()) {
      // and: [] holds; or: [] holds for no row
      return and ? DSL.noCondition() : DSL.falseCondition();
    }
    return and ? DSL.and(parts) : DSL.or(parts);
  }

  private static Condition many(
      Compilation compilation, Relation relation, Entity target, Table<?> table, Map<?, ?> input) {
    List<Condition> conditions = new ArrayList<>();
    for (Map.Entry<?, ?> entry : input.entrySet()) {
      Object value = entry.getValue();
      if (value == null) {
        continue;
      }
      Table<?> alias = compilation.table(target);
      Condition inner = where(compilation, target, alias, value);
      switch ((String) entry.getKey()) {
        case FilterTypes.SOME -> conditions.add(compilation.related(relation, table, alias, inner));
        case FilterTypes.NONE ->
            conditions.add(DSL.not(compilation.related(relation, table, alias, inner)));
        default ->
            conditions.add(DSL.not(compilation.related(relation, table, alias, DSL.not(inner))));
      }
    }
    return DSL.and(conditions);
  }

  @SuppressWarnings("unchecked")
  static Condition compare(Field<?> column, @Nullable Object input) {
    if (!(input instanceof Map<?, ?> comparisons)) {
      return DSL.noCondition();
    }
    Field<Object> field = (Field<Object>) column;
    List<Condition> conditions = new ArrayList<>();
    for (Map.Entry<?, ?> entry : comparisons.entrySet()) {
      String operator = (String) entry.getKey();
      Object raw = entry.getValue();
      Object value =
          switch (operator) {
            case FilterTypes.IS_NULL, FilterTypes.LIKE, FilterTypes.ILIKE -> raw;
            case FilterTypes.IN, FilterTypes.NIN -> raw == null ? null : list(field, raw);
            default -> Values.toColumn(field, raw);
          };
      conditions.add(comparison(field, operator, value));
    }
    return DSL.and(conditions);
  }

  @SuppressWarnings("unchecked")
  private static Condition comparison(
      Field<Object> field, String operator, @Nullable Object value) {
    if (operator.equals(FilterTypes.IS_NULL)) {
      return value == null
          ? DSL.noCondition()
          : ((Boolean) value ? field.isNull() : field.isNotNull());
    }
    if (value == null) {
      return switch (operator) {
        case FilterTypes.EQ -> field.isNull();
        case FilterTypes.NEQ -> field.isNotNull();
        default -> DSL.noCondition();
      };
    }
    return switch (operator) {
      case FilterTypes.EQ -> field.eq(value);
      case FilterTypes.NEQ -> field.ne(value);
      case FilterTypes.GT -> field.gt(value);
      case FilterTypes.GTE -> field.ge(value);
      case FilterTypes.LT -> field.lt(value);
      case FilterTypes.LTE -> field.le(value);
      case FilterTypes.IN -> inList(field, (List<Object>) value, false);
      case FilterTypes.NIN -> inList(field, (List<Object>) value, true);
      case FilterTypes.LIKE -> field.like((String) value);
      case FilterTypes.ILIKE -> field.likeIgnoreCase((String) value);
      default -> throw new IllegalStateException("no operator " + operator);
    };
  }

  private static List<?> list(Field<Object> field, Object value) {
    List<@Nullable Object> converted = new ArrayList<>();
    for (Object item : (List<?>) value) {
      converted.add(Values.toColumn(field, item));
    }
    return converted;
  }

  private static Condition inList(Field<Object> field, List<Object> values, boolean negated) {
    if (values.isEmpty()) {
      // in: [] matches nothing; nin: [] excludes nothing
      return negated ? DSL.noCondition() : DSL.falseCondition();
    }
    return negated ? field.notIn(values) : field.in(values);
  }
}
