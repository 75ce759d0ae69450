package dev.rex.codegen.scaffold;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One column of a scaffolded table, parsed from a specification such as {@code email:text:unique}.
 *
 * @param position 1 for the first column of the specification
 * @param source the specification as written, for error messages
 * @param name the column name
 * @param kind the type
 * @param arguments the numbers in parentheses after the type ({@code string(80)}), possibly none
 * @param nullable whether the type was followed by {@code ?}
 * @param unique whether the column carries a unique constraint
 * @param defaultValue the default as written after {@code default=}, or null
 * @param references the table a {@link ColumnKind#REF} column refers to, or null
 * @param cascade whether deleting the referenced row deletes this one
 */
public record ColumnSpec(
    int position,
    String source,
    String name,
    ColumnKind kind,
    List<Integer> arguments,
    boolean nullable,
    boolean unique,
    @Nullable String defaultValue,
    @Nullable String references,
    boolean cascade) {

  /** Copies the argument list. */
  public ColumnSpec {
    arguments = List.copyOf(arguments);
  }

  /** The number in parentheses at {@code index}, or {@code fallback} when not given. */
  public int argument(int index, int fallback) {
    return index < arguments.size() ? arguments.get(index) : fallback;
  }
}
