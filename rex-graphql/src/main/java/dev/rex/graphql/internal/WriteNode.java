package dev.rex.graphql.internal;

import dev.rex.dsl.Condition;
import dev.rex.dsl.Record;
import dev.rex.dsl.Table;
import dev.rex.dsl.TableRecord;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One row a mutation writes, planned before anything is written: the record holding its values,
 * what to do with it, and the rows that must be written before it (parents it refers to) and after
 * it (children that refer to it), with the columns copied between them once the earlier row is
 * stored and its generated keys are known.
 */
final class WriteNode {

  enum Action {
    INSERT,
    UPDATE,
    UPSERT
  }

  /**
   * Two rows tied by a foreign key: {@code node}'s values of {@code referenced} become the other
   * row's {@code referencing} columns (or the other way round for a parent).
   */
  record Edge(WriteNode node, List<String> referenced, List<String> referencing) {}

  /** A child row to delete before this row is written, with where its path in the input is. */
  record Deletion(Table<?> table, Condition condition, List<Object> path) {}

  final Entity entity;
  final Table<?> table;
  final TableRecord<?> record;
  final Action action;
  final List<Object> path;
  final List<Edge> parents = new ArrayList<>();
  final List<Edge> children = new ArrayList<>();
  final List<Deletion> deletions = new ArrayList<>();

  /** Columns an edge fills in while writing; validation does not yet expect them. */
  final Set<String> filledWhileWriting = new HashSet<>();

  /** The key an upsert finds an existing row by. */
  List<String> conflictColumns = List.of();

  /** The row as stored, once written. */
  @Nullable Record stored;

  WriteNode(
      Entity entity, Table<?> table, TableRecord<?> record, Action action, List<Object> path) {
    this.entity = entity;
    this.table = table;
    this.record = record;
    this.action = action;
    this.path = List.copyOf(path);
  }

  /** {@code path} with {@code more} appended, for a value inside this row's input. */
  static List<Object> at(List<Object> path, Object... more) {
    List<Object> longer = new ArrayList<>(path);
    longer.addAll(List.of(more));
    return longer;
  }
}
