package dev.rex.dsl.impl;

import dev.rex.dsl.Record;

/** A condition compiled for evaluation in memory against one row (see {@link InMemory}). */
@FunctionalInterface
interface RowCondition {

  /** The condition's truth for {@code record}. */
  Truth test(Record record);
}
