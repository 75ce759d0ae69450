package dev.rex.dsl;

import java.util.List;

/**
 * A row value expression {@code (a, b, …)}, made with {@code DSL.row(…)}. Its typed views {@link
 * Row1} to {@code Row16} compare it with other rows of the same column types ({@code eq}, {@code
 * ne}, {@code lt}, {@code le}, {@code gt}, {@code ge}, {@code between}, {@code in} over rows or a
 * subquery) and map it into a Java type as one nested value of a select list ({@code mapping}).
 */
public interface Row {

  /** The row's fields, in order. */
  List<Field<?>> fields();

  /** The number of fields. */
  default int size() {
    return fields().size();
  }
}
