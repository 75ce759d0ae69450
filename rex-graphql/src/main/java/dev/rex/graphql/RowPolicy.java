package dev.rex.graphql;

import dev.rex.dsl.Condition;

/**
 * The rows of one table a principal may see and change, as a condition on the table's generated
 * columns: {@code p -> INVOICE.CUSTOMER_ID.eq((Integer) p.claim("customerId"))}. Rex adds it in SQL
 * wherever the table is read — root fields, nested relations, filters on relations, sort keys,
 * aggregates, connection counts — and to every mutation's writes and results.
 */
@FunctionalInterface
public interface RowPolicy {

  /** The condition rows must meet for {@code principal}; {@code DSL.falseCondition()} for none. */
  Condition rows(Principal principal);
}
