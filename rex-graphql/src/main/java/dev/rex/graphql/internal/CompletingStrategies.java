package dev.rex.graphql.internal;

import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.AsyncSerialExecutionStrategy;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.ExecutionContext;
import graphql.execution.ExecutionStrategy;
import graphql.execution.ExecutionStrategyParameters;
import graphql.execution.FieldValueInfo;

/**
 * graphql-java's query and mutation strategies, taking {@link CompletedRows} as they are instead of
 * completing their fields one by one.
 *
 * <p>A complete value is reported as a leaf ({@code SCALAR}): it is materialized, has no fields
 * left to fetch, and so is not counted among the objects whose fields a DataLoader dispatch waits
 * for. Both strategies are needed because a mutation's payload rows are decoded like a query's.
 */
public final class CompletingStrategies {

  private CompletingStrategies() {}

  /** The strategy for queries (and every object below a mutation's root fields). */
  public static ExecutionStrategy query(DataFetcherExceptionHandler errors) {
    return new Query(errors);
  }

  /** The strategy for a mutation's root fields, run one after the other. */
  public static ExecutionStrategy mutation(DataFetcherExceptionHandler errors) {
    return new Mutation(errors);
  }

  private static FieldValueInfo complete(ExecutionStrategyParameters parameters) {
    return new FieldValueInfo(FieldValueInfo.CompleteValueType.SCALAR, parameters.getSource());
  }

  private static final class Query extends AsyncExecutionStrategy {
    Query(DataFetcherExceptionHandler errors) {
      super(errors);
    }

    @Override
    protected FieldValueInfo completeValue(
        ExecutionContext context, ExecutionStrategyParameters parameters) {
      return CompletedRows.isComplete(parameters.getSource())
          ? complete(parameters)
          : super.completeValue(context, parameters);
    }
  }

  private static final class Mutation extends AsyncSerialExecutionStrategy {
    Mutation(DataFetcherExceptionHandler errors) {
      super(errors);
    }

    @Override
    protected FieldValueInfo completeValue(
        ExecutionContext context, ExecutionStrategyParameters parameters) {
      return CompletedRows.isComplete(parameters.getSource())
          ? complete(parameters)
          : super.completeValue(context, parameters);
    }
  }
}
