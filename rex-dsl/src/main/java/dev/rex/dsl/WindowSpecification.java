package dev.rex.dsl;

/**
 * The window of a window function: {@code partition by … order by …}. Start from {@link
 * DSL#partitionBy(Field...)} or {@link DSL#orderBy(OrderField...)}.
 */
public interface WindowSpecification extends QueryPart {

  /** This window with {@code order by fields…}. */
  WindowSpecification orderBy(OrderField<?>... fields);

  /** This window with a frame of all rows from the partition start up to the current row. */
  WindowSpecification rowsUnboundedPrecedingToCurrentRow();
}
