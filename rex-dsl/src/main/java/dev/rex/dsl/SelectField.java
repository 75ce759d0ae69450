package dev.rex.dsl;

/**
 * Anything that may appear in a SELECT list and yields one value of type {@code T} per row.
 *
 * @param <T> the Java type of the value
 */
public interface SelectField<T> extends SelectFieldOrAsterisk {

  /** The name the value has in a result: the column name, alias or expression name. */
  String getName();

  /** The type of the value. */
  DataType<T> getDataType();
}
