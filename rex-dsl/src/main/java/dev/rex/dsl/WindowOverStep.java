package dev.rex.dsl;

/**
 * A function that can be computed over a window.
 *
 * @param <T> the type of the function's value
 */
public interface WindowOverStep<T> {

  /** {@code function over (window)}. */
  Field<T> over(WindowSpecification window);

  /** {@code function over ()}: the whole result is one window. */
  Field<T> over();
}
