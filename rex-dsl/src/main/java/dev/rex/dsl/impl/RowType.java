package dev.rex.dsl.impl;

import dev.rex.dsl.Field;
import java.util.List;

/** The fields of a row and a lookup from field to position, shared by all records of a query. */
final class RowType {

  private final List<Field<?>> fields;

  RowType(List<? extends Field<?>> fields) {
    this.fields = List.copyOf(fields);
  }

  List<Field<?>> fields() {
    return fields;
  }

  int size() {
    return fields.size();
  }

  /** The position of {@code field}: by identity, then by equality, then by name; -1 if absent. */
  int indexOf(Field<?> field) {
    int size = fields.size();
    for (int i = 0; i < size; i++) {
      if (fields.get(i) == field) {
        return i;
      }
    }
    for (int i = 0; i < size; i++) {
      if (fields.get(i).equals(field)) {
        return i;
      }
    }
    return indexOf(field.getName());
  }

  /** The position of the field named {@code name}; -1 if absent. */
  int indexOf(String name) {
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).getName().equals(name)) {
        return i;
      }
    }
    return -1;
  }
}
