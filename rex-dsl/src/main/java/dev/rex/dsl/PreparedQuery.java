package dev.rex.dsl;

/**
 * A query built and rendered once, run many times with only its parameter values: Rex's answer to a
 * JDBC {@code PreparedStatement} that an application keeps. {@link DSLContext#prepare(Class,
 * java.util.function.Function) DSLContext.prepare} makes one from a lambda that builds the query
 * around typed parameter placeholders; each execution binds its arguments in placeholder order and
 * builds no query tree and renders no SQL. The statement itself is still prepared once per pooled
 * connection, in Rex's statement cache.
 *
 * <p>A prepared query is immutable and thread-safe. It runs on the database it was prepared on
 * (listeners, timeouts, error translation and replicas as for any query of that database); {@code
 * on(tx)} runs it in a transaction or on another handle, such as {@code db.readOnly()}.
 *
 * @param <R> the record type of a row
 */
public interface PreparedQuery<R extends Record> {

  /** The SQL this query sends, with one {@code ?} per bind parameter. */
  String sql();

  /** The shape of the rows and how they become records. */
  RecordType<R> recordType();
}
