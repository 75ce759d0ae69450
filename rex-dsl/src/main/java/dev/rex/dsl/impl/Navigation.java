package dev.rex.dsl.impl;

import dev.rex.dsl.Condition;
import dev.rex.dsl.Field;
import dev.rex.dsl.ForeignKey;
import dev.rex.dsl.Record;
import dev.rex.dsl.Result;
import dev.rex.dsl.Table;
import dev.rex.dsl.spi.QueryExecutor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Following foreign keys from records: one record's parent or children (lazy navigation), or the
 * parents or children of many records in ONE query ({@code where key in (…)}), grouped back to each
 * record — the answer to N+1. Reached from outside this package through {@link Queries}.
 */
final class Navigation {

  private Navigation() {}

  /** The values of {@code fields} in {@code record}, or null when any is null. */
  private static @Nullable List<Object> values(Record record, List<? extends Field<?>> fields) {
    List<Object> values = new ArrayList<>(fields.size());
    for (Field<?> field : fields) {
      Object value = record.get(field);
      if (value == null) {
        return null;
      }
      values.add(value);
    }
    return values;
  }

  /** {@code (f1, f2) in ((v1, v2), …)} as {@code f in (…)} or an OR of ANDs. */
  @SuppressWarnings("unchecked")
  private static Condition matching(
      List<? extends Field<?>> fields, Collection<List<Object>> keys) {
    if (fields.size() == 1) {
      List<Object> single = new ArrayList<>();
      keys.forEach(key -> single.add(key.get(0)));
      return ((Field<Object>) fields.get(0)).in(single);
    }
    List<Condition> rows = new ArrayList<>();
    for (List<Object> key : keys) {
      List<Condition> columns = new ArrayList<>();
      for (int i = 0; i < fields.size(); i++) {
        columns.add(((Field<Object>) fields.get(i)).eq(key.get(i)));
      }
      rows.add(Combined.of(Combined.Operator.AND, columns));
    }
    return rows.isEmpty() ? BooleanCondition.FALSE : Combined.of(Combined.Operator.OR, rows);
  }

  /** The parent {@code child} references through {@code key}, or null when its key is null. */
  static <C extends Record, P extends Record> @Nullable P parent(
      QueryExecutor executor, C child, ForeignKey<C, P> key) {
    List<Object> values = values(child, key.fields());
    if (values == null) {
      return null;
    }
    Table<P> parents = key.key().table();
    return Queries.selectFrom(executor, parents)
        .where(matching(key.key().fields(), List.of(values)))
        .fetchOne();
  }

  /** The children that reference {@code parent} through {@code key}. */
  static <C extends Record, P extends Record> Result<C> children(
      QueryExecutor executor, P parent, ForeignKey<C, P> key) {
    List<Object> values = values(parent, key.key().fields());
    Table<C> children = key.table();
    if (values == null) {
      return new ResultImpl<>(List.of());
    }
    return Queries.selectFrom(executor, children)
        .where(matching(key.fields(), List.of(values)))
        .fetch();
  }

  /**
   * The parent of every child, in one query. Children whose key is null, or whose parent does not
   * exist, are absent from the map. Keys are the child records themselves, by identity.
   */
  static <C extends Record, P extends Record> Map<C, P> parents(
      QueryExecutor executor, Collection<? extends C> children, ForeignKey<C, P> key) {
    IdentityHashMap<C, P> parents = new IdentityHashMap<>();
    Set<List<Object>> wanted = new LinkedHashSet<>();
    for (C child : children) {
      List<Object> values = values(child, key.fields());
      if (values != null) {
        wanted.add(values);
      }
    }
    if (wanted.isEmpty()) {
      return parents;
    }
    Map<List<Object>, P> byKey = new HashMap<>();
    for (P parent :
        Queries.selectFrom(executor, key.key().table())
            .where(matching(key.key().fields(), wanted))
            .fetch()) {
      byKey.put(values(parent, key.key().fields()), parent);
    }
    for (C child : children) {
      P parent = byKey.get(values(child, key.fields()));
      if (parent != null) {
        parents.put(child, parent);
      }
    }
    return parents;
  }

  /**
   * The children of every parent, in one query. Every parent is in the map, with an empty list when
   * it has no children. Keys are the parent records themselves, by identity.
   */
  static <C extends Record, P extends Record> Map<P, List<C>> children(
      QueryExecutor executor, Collection<? extends P> parents, ForeignKey<C, P> key) {
    IdentityHashMap<P, List<C>> children = new IdentityHashMap<>();
    Map<List<Object>, List<P>> byKey = new HashMap<>();
    for (P parent : parents) {
      children.put(parent, new ArrayList<>());
      List<Object> values = values(parent, key.key().fields());
      if (values != null) {
        byKey.computeIfAbsent(values, k -> new ArrayList<>()).add(parent);
      }
    }
    if (byKey.isEmpty()) {
      return children;
    }
    for (C child :
        Queries.selectFrom(executor, key.table())
            .where(matching(key.fields(), byKey.keySet()))
            .fetch()) {
      for (P parent : byKey.getOrDefault(values(child, key.fields()), List.of())) {
        Objects.requireNonNull(children.get(parent), "every parent has a list").add(child);
      }
    }
    return children;
  }

  /**
   * The rows of {@code toOther}'s table linked to {@code record} through a join table, in one
   * query: {@code select other.* from other join link on … where link.to_this = ?}.
   */
  @SuppressWarnings("unchecked")
  static <R extends Record, J extends Record, O extends Record> Result<O> through(
      QueryExecutor executor, R record, ForeignKey<J, R> toThis, ForeignKey<J, O> toOther) {
    List<Object> values = values(record, toThis.key().fields());
    if (values == null) {
      return new ResultImpl<>(List.of());
    }
    Table<O> other = toOther.key().table();
    Table<J> link = toThis.table();
    List<Condition> on = new ArrayList<>();
    for (int i = 0; i < toOther.fields().size(); i++) {
      Field<Object> linkField = (Field<Object>) toOther.fields().get(i);
      on.add(linkField.eq((Field<Object>) toOther.key().fields().get(i)));
    }
    return Queries.selectFromImpl(executor, other)
        .join(link)
        .on(Combined.of(Combined.Operator.AND, on))
        .where(matching(toThis.fields(), List.of(values)))
        .fetch();
  }
}
