package dev.rex.graphql.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Parsed and validated documents of one schema, by query text and operation name, so that a query
 * sent again is neither parsed nor validated again (the two cost as much CPU as running a small
 * query). Bounded: at most {@link #MAXIMUM_DOCUMENTS} documents, the least recently used go first.
 *
 * <p>Only documents without errors are kept. A failed parse or validation runs again on every
 * request, so that the safety instrumentation sees each parse failure it names (it notes the
 * failure in {@code beginParse}) and a flood of bad queries cannot push the good ones out. An
 * exception from the parse-and-validate function (a limit's {@code AbortExecutionException})
 * propagates, as {@code SafetyInstrumentation}'s javadoc requires, and nothing is kept. The checks
 * that depend on the request rather than the document (query length, queries-only over GET,
 * introspection) run on every request, cached or not.
 *
 * <p>Validation depends on the schema and on the limits of its {@code GraphQL} object, so each
 * role's {@code GraphQL} has its own cache. The operation name is part of the key because the alias
 * and root-field counts are of the chosen operation.
 */
public final class DocumentCache implements PreparsedDocumentProvider {

  /** The most documents kept. */
  static final int MAXIMUM_DOCUMENTS = 1_000;

  private record Key(String query, @Nullable String operationName) {}

  private final Cache<Key, PreparsedDocumentEntry> documents =
      Caffeine.newBuilder().maximumSize(MAXIMUM_DOCUMENTS).build();

  @Override
  public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(
      ExecutionInput input, Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
    Key key = new Key(input.getQuery(), input.getOperationName());
    PreparsedDocumentEntry entry = documents.getIfPresent(key);
    if (entry == null) {
      entry = parseAndValidate.apply(input);
      if (!entry.hasErrors()) {
        documents.put(key, entry);
      }
    }
    return CompletableFuture.completedFuture(entry);
  }
}
