package dev.rex.dsl;

import java.util.List;

/**
 * A possibly qualified SQL identifier, quoted by the dialect when rendered. Built with {@link
 * DSL#name(String...)}.
 */
public interface Name extends QueryPart {

  /** The identifier's parts, outermost first, unquoted. */
  List<String> parts();

  /** The last part: the unqualified name. */
  String last();

  /** This name with a column list, for a common table expression. */
  Name fields(String... columns);

  /** A common table expression named by this name: {@code name as (select)}. */
  <R extends Record> CommonTableExpression<R> as(Select<R> select);
}
