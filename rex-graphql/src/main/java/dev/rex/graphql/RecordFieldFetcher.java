package dev.rex.graphql;

import dev.rex.dsl.TableRecord;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;

/**
 * Resolves a field an application adds to a generated type, from the row as its generated record:
 * {@code (album, env) -> album.getTitle().length()}. The record holds every column of the row
 * (whatever the query selected) and is attached to the request's database, so it can navigate
 * lazily; for many rows, batch with a {@code DataLoader} from {@code env}.
 *
 * @param <R> the generated record type
 * @param <T> the field's value
 */
@FunctionalInterface
public interface RecordFieldFetcher<R extends TableRecord<R>, T> {

  /** The field's value for {@code record}. */
  @Nullable T get(R record, DataFetchingEnvironment env) throws Exception;
}
