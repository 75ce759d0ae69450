package dev.rex.runtime;

import dev.rex.dsl.DataType;
import dev.rex.dsl.spi.Binding;
import dev.rex.dsl.spi.Dialect;
import java.util.Map;

/**
 * The binding of each type for one executor: the one the settings give for the type's Java class
 * (the application's own or a plugin's, {@link dev.rex.RexSettings#bindings()}), else the
 * dialect's. Without such bindings, a lookup is the dialect's and nothing more.
 */
final class TypeBindings {

  private final Dialect dialect;
  private final Map<Class<?>, Binding<?>> byJavaType;

  TypeBindings(Dialect dialect, Map<Class<?>, Binding<?>> byJavaType) {
    this.dialect = dialect;
    this.byJavaType = Map.copyOf(byJavaType);
  }

  Dialect dialect() {
    return dialect;
  }

  @SuppressWarnings("unchecked")
  <T> Binding<T> of(DataType<T> type) {
    if (!byJavaType.isEmpty()) {
      Binding<?> own = byJavaType.get(type.getType());
      if (own != null) {
        return (Binding<T>) own;
      }
    }
    return dialect.binding(type);
  }
}
