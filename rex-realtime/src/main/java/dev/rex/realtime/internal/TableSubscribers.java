package dev.rex.realtime.internal;

import dev.rex.dsl.Field;
import dev.rex.dsl.Record;
import dev.rex.dsl.Table;
import dev.rex.realtime.Change;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The subscribers of one table, with those that filter on a column's value indexed by it: a change
 * goes to the subscribers without a key and to those whose key its new or old row has, so that
 * 10,000 subscribers of one row each cost a hash lookup per change, not 10,000 filter tests. Each
 * subscriber still tests its whole filter. Guarded by the {@link Fanout}'s lock.
 */
final class TableSubscribers {

  private final List<Subscriber<?>> unkeyed = new ArrayList<>();
  private final Map<String, Map<Object, List<Subscriber<?>>>> keyed = new HashMap<>();
  private final Map<String, Field<?>> keyColumns = new HashMap<>();
  private int size;
  private @Nullable Table<?> table;

  void add(Subscriber<?> subscriber, @Nullable IndexKey key) {
    table = subscriber.table();
    size++;
    if (key == null) {
      unkeyed.add(subscriber);
      return;
    }
    keyColumns.computeIfAbsent(key.column(), name -> subscriber.table().field(name));
    keyed
        .computeIfAbsent(key.column(), column -> new HashMap<>())
        .computeIfAbsent(key.value(), value -> new ArrayList<>())
        .add(subscriber);
  }

  void remove(Subscriber<?> subscriber, @Nullable IndexKey key) {
    boolean removed;
    if (key == null) {
      removed = unkeyed.remove(subscriber);
    } else {
      Map<Object, List<Subscriber<?>>> byValue = keyed.get(key.column());
      List<Subscriber<?>> list = byValue == null ? null : byValue.get(key.value());
      removed = list != null && list.remove(subscriber);
      if (byValue != null && list != null && list.isEmpty()) {
        byValue.remove(key.value());
      }
    }
    if (removed) {
      size--;
    }
  }

  boolean isEmpty() {
    return size == 0;
  }

  int size() {
    return size;
  }

  @Nullable Table<?> table() {
    return size == 0 ? null : table;
  }

  List<Subscriber<?>> all() {
    List<Subscriber<?>> all = new ArrayList<>(unkeyed);
    keyed.values().forEach(byValue -> byValue.values().forEach(all::addAll));
    return all;
  }

  /** Offers each change, in order, to the subscribers it may concern. */
  void dispatch(List<? extends Change<?>> changes) {
    for (Change<?> change : changes) {
      for (Subscriber<?> subscriber : new ArrayList<>(unkeyed)) {
        subscriber.offer(change);
      }
      if (keyed.isEmpty()) {
        continue;
      }
      Set<Subscriber<?>> offered = Collections.newSetFromMap(new IdentityHashMap<>());
      for (Map.Entry<String, Map<Object, List<Subscriber<?>>>> column : keyed.entrySet()) {
        Field<?> field = keyColumns.get(column.getKey());
        offer(change, change.newRecord(), field, column.getValue(), offered);
        offer(change, change.oldRecord(), field, column.getValue(), offered);
      }
    }
  }

  private static void offer(
      Change<?> change,
      @Nullable Record image,
      @Nullable Field<?> field,
      Map<Object, List<Subscriber<?>>> byValue,
      Set<Subscriber<?>> offered) {
    if (field == null) {
      return;
    }
    if (image == null) {
      if (change.newRecord() == null && change.oldRecord() == null) {
        // A truncate concerns every subscriber of the table.
        byValue.values().forEach(list -> list.forEach(s -> offerOnce(change, s, offered)));
      }
      return;
    }
    Object value = IndexKey.valueOf(image, field);
    List<Subscriber<?>> list = value == null ? null : byValue.get(value);
    if (list != null) {
      for (Subscriber<?> subscriber : new ArrayList<>(list)) {
        offerOnce(change, subscriber, offered);
      }
    }
  }

  private static void offerOnce(
      Change<?> change, Subscriber<?> subscriber, Set<Subscriber<?>> offered) {
    if (offered.add(subscriber)) {
      subscriber.offer(change);
    }
  }
}
