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
    return indexOf(fields, field);
  }

  /** The position of {@code field} among {@code fields}, found as {@link #indexOf(Field)} does. */
  static int indexOf(List<Field<?>> fields, Field<?> field) {
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
    return indexByName(fields, field);
  }

  /**
   * The position of the only field with {@code field}'s name, so that {@code ALBUM.TITLE} finds the
   * {@code "t"."title"} column of a derived table. Never a column of another table: {@code
   * TRACK.NAME} does not find {@code ARTIST.NAME}.
   */
  private static int indexByName(List<Field<?>> fields, Field<?> field) {
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
    return indexOf(fields, name);
  }

  /** The position of the field named {@code name} among {@code fields}; -1 if absent. */
  static int indexOf(List<Field<?>> fields, String name) {
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).getName().equals(name)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The position of {@code field} among {@code fields}.
   *
   * @throws IllegalArgumentException when it is not one of them
   */
  static int require(List<Field<?>> fields, Field<?> field) {
    int index = indexOf(fields, field);
    if (index < 0) {
      throw new IllegalArgumentException(
          "This record has no field " + field.getName() + "; it has " + names(fields));
    }
    return index;
  }

  /**
   * The position of the field named {@code name} among {@code fields}.
   *
   * @throws IllegalArgumentException when there is none
   */
  static int require(List<Field<?>> fields, String name) {
    int index = indexOf(fields, name);
    if (index < 0) {
      throw new IllegalArgumentException(
          "This record has no field named " + name + "; it has " + names(fields));
    }
    return index;
  }

  private static List<String> names(List<Field<?>> fields) {
    return fields.stream().map(Field::getName).toList();
  }
}
