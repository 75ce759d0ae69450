package dev.rex.dsl.impl;

import dev.rex.dsl.QueryPart;
import dev.rex.dsl.spi.QueryExecutor;
import org.jspecify.annotations.Nullable;

/** An INSERT, UPDATE or DELETE model as an executable statement without RETURNING. */
final class DmlQuery extends AbstractQuery {

  private final QueryPart model;

  DmlQuery(QueryPart model, @Nullable QueryExecutor executor) {
    super(executor);
    this.model = model;
  }

  @Override
  QueryPart model() {
    return model;
  }
}
