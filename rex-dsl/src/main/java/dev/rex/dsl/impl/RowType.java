package dev.rex.dsl.impl;

import dev.rex.dsl.Field;
import dev.rex.dsl.TableField;
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
    return indexByName(field);
  }

  /**
   * The position of the only field with {@code field}'s name, so that {@code ALBUM.TITLE} finds the
   * {@code "t"."title"} column of a derived table. Never a column of another table: {@code
   * TRACK.NAME} does not find {@code ARTIST.NAME}.
   */
  private int indexByName(Field<?> field) {
    int found = -1;
    for (int i = 0; i < fields.size(); i++) {
      Field<?> candidate = fields.get(i);
      if (!candidate.getName().equals(field.getName())) {
        continue;
      }
      if (candidate instanceof TableField<?, ?> own
          && field instanceof TableField<?, ?> asked
          && !own.getTable().getName().equals(asked.getTable().getName())) {
        continue;
      }
      if (found >= 0) {
        return -1;
      }
      found = i;
    }
    return found;
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
