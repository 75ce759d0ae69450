package dev.rex.graphql.model;

import dev.rex.dsl.SqlType;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A column as the GraphQL schema needs it.
 *
 * @param name the column's name in the database
 * @param type its SQL type
 * @param elementType the element type of an {@link SqlType#ARRAY} column, else {@code null}
 * @param nullable whether the column accepts null
 * @param generated whether the database supplies a value when an insert leaves it out (an identity
 *     or a default)
 * @param enumName the database enum type of an {@link SqlType#ENUM} column (or of an array's
 *     elements), else {@code null}
 * @param enumLabels the enum's labels in declaration order, else empty
 */
public record ColumnDescription(
    String name,
    SqlType type,
    @Nullable SqlType elementType,
    boolean nullable,
    boolean generated,
    @Nullable String enumName,
    List<String> enumLabels) {

  /** Copies the labels. */
  public ColumnDescription {
    enumLabels = List.copyOf(enumLabels);
  }

  /** A column of a plain (non-array, non-enum) type. */
  public static ColumnDescription of(
      String name, SqlType type, boolean nullable, boolean generated) {
    return new ColumnDescription(name, type, null, nullable, generated, null, List.of());
  }
}
