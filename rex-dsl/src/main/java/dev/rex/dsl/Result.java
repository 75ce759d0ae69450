package dev.rex.dsl;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The records a query returned, in order. A result is an unmodifiable {@link List}.
 *
 * @param <R> the record type
 */
public interface Result<R extends Record> extends List<R> {

  /** Maps every record. */
  <E> List<E> map(RecordMapper<? super R, E> mapper);

  /** The values of one field, one per record. */
  <T> List<@Nullable T> getValues(Field<T> field);

  /** Every record as a map from field name to value. */
  List<Map<String, @Nullable Object>> intoMaps();
}
