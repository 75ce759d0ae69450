package dev.rex.graphql.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import graphql.ExecutionInput;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.parser.Parser;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class DocumentCacheTest {

  private final DocumentCache cache = new DocumentCache();
  private final AtomicInteger parses = new AtomicInteger();

  private Function<ExecutionInput, PreparsedDocumentEntry> parsing(PreparsedDocumentEntry entry) {
    return input -> {
      parses.incrementAndGet();
      return entry;
    };
  }

  private static ExecutionInput input(String query, String operationName) {
    return ExecutionInput.newExecutionInput().query(query).operationName(operationName).build();
  }

  @Test
  void aValidDocumentIsParsedOnceForEachOperationName() {
    PreparsedDocumentEntry valid =
        new PreparsedDocumentEntry(Parser.parse("query A { a } query B { b }"));

    PreparsedDocumentEntry first = cache.getDocumentAsync(input("q", "A"), parsing(valid)).join();
    PreparsedDocumentEntry again = cache.getDocumentAsync(input("q", "A"), parsing(valid)).join();
    cache.getDocumentAsync(input("q", "B"), parsing(valid)).join();

    assertThat(first).isSameAs(valid);
    assertThat(again).isSameAs(valid);
    assertThat(parses).hasValue(2);
  }

  @Test
  void aDocumentWithErrorsIsParsedAgainEveryTime() {
    PreparsedDocumentEntry invalid =
        new PreparsedDocumentEntry(GraphqlErrorBuilder.newError().message("bad").build());

    cache.getDocumentAsync(input("{ nope }", "A"), parsing(invalid)).join();
    PreparsedDocumentEntry again =
        cache.getDocumentAsync(input("{ nope }", "A"), parsing(invalid)).join();

    assertThat(again.hasErrors()).isTrue();
    assertThat(parses).hasValue(2);
  }

  @Test
  void anAbortWhileParsingPropagatesAndIsNotKept() {
    Function<ExecutionInput, PreparsedDocumentEntry> refusing =
        input -> {
          parses.incrementAndGet();
          throw new AbortExecutionException("too many aliases");
        };

    assertThatThrownBy(() -> cache.getDocumentAsync(input("{ a }", "A"), refusing))
        .isInstanceOf(AbortExecutionException.class);
    assertThatThrownBy(() -> cache.getDocumentAsync(input("{ a }", "A"), refusing))
        .isInstanceOf(AbortExecutionException.class);
    assertThat(parses).hasValue(2);
  }
}
