package dev.rex.dsl.impl;

import dev.rex.dsl.Field;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Column lookups shared by tables known only by name: derived tables and CTEs. */
final class DerivedColumns {

  private DerivedColumns() {}

  /** The columns of a query seen from outside it, as {@code "qualifier"."name"}. */
  static List<Field<?>> requalify(
      String qualifier, List<Field<?>> inner, @Nullable List<String> names) {
    List<Field<?>> outer = new ArrayList<>(inner.size());
    for (int i = 0; i < inner.size(); i++) {
      Field<?> field = inner.get(i);
      String name = names != null && i < names.size() ? names.get(i) : field.getName();
      outer.add(new QualifiedField<>(qualifier, name, field.getDataType()));
    }
    return List.copyOf(outer);
  }

  static @Nullable Field<?> byName(List<Field<?>> fields, String name) {
    for (Field<?> field : fields) {
      if (field.getName().equals(name)) {
        return field;
      }
    }
    return null;
  }

  @SuppressWarnings("unchecked")
  static <T> Field<T> matching(List<Field<?>> fields, Field<T> field, String owner) {
    Field<?> found = byName(fields, field.getName());
    if (found == null) {
      throw new IllegalArgumentException(owner + " has no column " + field.getName() + ".");
    }
    return (Field<T>) found;
  }
}
