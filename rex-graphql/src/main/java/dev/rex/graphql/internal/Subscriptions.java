package dev.rex.graphql.internal;

import dev.rex.realtime.Realtime;
import java.util.Set;

/**
 * What subscriptions stream from: the change streams of one database, and the names of the tables
 * whose changes its triggers capture.
 *
 * @param realtime the change streams
 * @param tables the captured tables' names
 */
public record Subscriptions(Realtime realtime, Set<String> tables) {

  /** Copies the names. */
  public Subscriptions {
    tables = Set.copyOf(tables);
  }
}
