package dev.rex.graphql.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A way from a row of one type to rows of another. Rows of the target match when {@code
 * target.targetColumns[i] = source.sourceColumns[i]} for every {@code i}; a many-to-many relation
 * goes through a join table instead.
 *
 * @param fieldName the field's name on the source type
 * @param kind one row, many rows, or many rows through a join table
 * @param target the target type's name
 * @param sourceColumns columns of the source table
 * @param targetColumns the matching columns of the target table
 * @param through the join table of a many-to-many relation, else null
 * @param nullable whether a to-one relation may find no row
 */
record Relation(
    String fieldName,
    Kind kind,
    String target,
    List<String> sourceColumns,
    List<String> targetColumns,
    @Nullable Through through,
    boolean nullable) {

  enum Kind {
    TO_ONE,
    TO_MANY,
    MANY_TO_MANY
  }

  /**
   * A join table: its {@code sourceSide} columns reference the source's {@code sourceColumns}, its
   * {@code targetSide} columns reference the target's {@code targetColumns}.
   */
  record Through(String table, List<String> sourceSide, List<String> targetSide) {}

  boolean many() {
    return kind != Kind.TO_ONE;
  }
}
