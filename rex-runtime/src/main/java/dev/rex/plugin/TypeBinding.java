package dev.rex.plugin;

import dev.rex.dsl.spi.Binding;
import java.util.Objects;

/**
 * A binding a plugin contributes for the values of one Java type ({@link RexPlugin#bindings()}):
 * every field whose {@link dev.rex.dsl.DataType#getType() Java type} is {@code type} is written and
 * read through {@code binding}.
 *
 * @param type the Java type, a class fields are declared with (a wrapper, never a primitive)
 * @param binding how values of {@code type} are bound and read
 * @param <T> the Java type
 */
public record TypeBinding<T>(Class<T> type, Binding<T> binding) {

  /** Checks that both are given and the type is not primitive. */
  public TypeBinding {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(binding, "binding");
    if (type.isPrimitive()) {
      throw new IllegalArgumentException(
          "Fields hold boxed values: bind the wrapper class instead of " + type);
    }
  }

  /** {@code type}'s values bound and read through {@code binding}. */
  public static <T> TypeBinding<T> of(Class<T> type, Binding<T> binding) {
    return new TypeBinding<>(type, binding);
  }
}
