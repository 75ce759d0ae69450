package dev.rex.dsl;

/**
 * An aggregate such as {@code sum(x)}: a field in a grouped query, or a window function with {@link
 * #over(WindowSpecification)}.
 *
 * @param <T> the type of the aggregate's value
 */
public interface AggregateFunction<T> extends Field<T>, WindowOverStep<T> {

  /**
   * This aggregate over only the rows that match {@code conditions}: {@code count(*) filter (where
   * …)}, which PostgreSQL and SQLite (3.30 and later) both run. Several calls combine with {@code
   * and}.
   */
  AggregateFunction<T> filterWhere(Condition... conditions);
}
