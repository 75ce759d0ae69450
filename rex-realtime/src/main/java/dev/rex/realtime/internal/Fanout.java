package dev.rex.realtime.internal;

import dev.rex.dsl.Table;
import dev.rex.realtime.Change;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The live subscribers of one {@code Realtime}, by table, and the position up to which live changes
 * have been handed out. Registering and handing out a batch hold the same lock, so a subscriber
 * that joins at position {@code p} receives live every change after {@code p} and none before.
 */
public final class Fanout {

  private final Map<String, TableSubscribers> byTable = new HashMap<>();
  private long position;

  public Fanout(long start) {
    this.position = start;
  }

  /** The position up to which live changes have been handed out. */
  public synchronized long position() {
    return position;
  }

  /**
   * Adds a subscriber and returns the live position at that moment: it receives live every change
   * after it, and must replay from the log what lies between its own start and it.
   */
  public synchronized long register(String tableKey, Subscriber<?> subscriber) {
    byTable
        .computeIfAbsent(tableKey, key -> new TableSubscribers())
        .add(subscriber, subscriber.key());
    return position;
  }

  public synchronized void remove(String tableKey, Subscriber<?> subscriber) {
    TableSubscribers subscribers = byTable.get(tableKey);
    if (subscribers != null) {
      subscribers.remove(subscriber, subscriber.key());
      if (subscribers.isEmpty()) {
        byTable.remove(tableKey);
      }
    }
  }

  /** The tables that have subscribers now, with one subscriber's table object each. */
  public synchronized Map<String, Table<?>> subscribedTables() {
    Map<String, Table<?>> tables = new HashMap<>();
    byTable.forEach(
        (key, subscribers) -> {
          Table<?> table = subscribers.table();
          if (table != null) {
            tables.put(key, table);
          }
        });
    return tables;
  }

  /** How many subscribers there are. */
  public synchronized int size() {
    int size = 0;
    for (TableSubscribers subscribers : byTable.values()) {
      size += subscribers.size();
    }
    return size;
  }

  /**
   * Hands a batch of changes (each table's in order) to the subscribers of their tables and moves
   * the live position to {@code through}.
   */
  public synchronized void dispatch(Map<String, List<? extends Change<?>>> changes, long through) {
    for (Map.Entry<String, List<? extends Change<?>>> entry : changes.entrySet()) {
      TableSubscribers subscribers = byTable.get(entry.getKey());
      if (subscribers != null) {
        subscribers.dispatch(entry.getValue());
      }
    }
    position = Math.max(position, through);
  }

  /** Every subscriber, for closing. */
  public synchronized List<Subscriber<?>> all() {
    List<Subscriber<?>> all = new ArrayList<>();
    byTable.values().forEach(subscribers -> all.addAll(subscribers.all()));
    return all;
  }
}
