package dev.rex.dsl;

/**
 * An aggregate such as {@code sum(x)}: a field in a grouped query, or a window function with {@link
 * #over(WindowSpecification)}.
 *
 * @param <T> the type of the aggregate's value
 */
public interface AggregateFunction<T> extends Field<T>, WindowOverStep<T> {}
