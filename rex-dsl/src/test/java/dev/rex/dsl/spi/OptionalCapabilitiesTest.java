package dev.rex.dsl.spi;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.dsl.Query;
import dev.rex.dsl.Record;
import dev.rex.dsl.Result;
import dev.rex.dsl.ResultQuery;
import dev.rex.dsl.dialect.PostgresDialect;
import dev.rex.dsl.exception.InvalidQueryException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What a dialect or executor that lacks an optional capability answers: a typed refusal. */
class OptionalCapabilitiesTest {

  @Test
  void aDialectThatCorrelatesDerivedTablesRefusesInPlaceNestedResults() {
    Dialect dialect = PostgresDialect.INSTANCE;

    assertThatThrownBy(() -> dialect.renderSingleRowMultiset(null, List.of()))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessage("The postgres dialect does not render nested results in place.");
    assertThatThrownBy(
            () -> dialect.renderMultisetAggregate(null, List.of(), List.of(), null, null))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessage("The postgres dialect does not render nested results in place.");
  }

  @Test
  void anExecutorWithoutGeneratedKeysRefusesToReadThem() {
    QueryExecutor executor =
        new QueryExecutor() {
          @Override
          public Dialect dialect() {
            return PostgresDialect.INSTANCE;
          }

          @Override
          public <R extends Record> Result<R> fetch(ResultQuery<R> query, int maxRows) {
            throw new AssertionError("not used");
          }

          @Override
          public <R extends Record> Stream<R> stream(ResultQuery<R> query, int fetchSize) {
            throw new AssertionError("not used");
          }

          @Override
          public int execute(Query query) {
            throw new AssertionError("not used");
          }
        };

    assertThatThrownBy(() -> executor.executeReturningGeneratedKey(null))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("cannot read generated keys");
  }
}
