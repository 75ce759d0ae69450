package dev.rex.dsl.impl;

import dev.rex.dsl.Field;
import dev.rex.dsl.exception.MappingException;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Maps a row into a class with a no-argument constructor: each column goes to the setter whose name
 * matches ({@code setAlbumId} for {@code album_id}) or else to the non-final instance field of that
 * name, searched up the class hierarchy. Columns with neither are skipped, as in jOOQ; a row none
 * of whose columns has a member is an error, since it would only make empty objects.
 */
final class SetterPlan implements IntoClass.Plan {

  /** Assigns one column's value to one member of an instance. */
  private interface Assignment {
    void assign(Object target, @Nullable Object value);
  }

  private final Constructor<?> constructor;
  private final int[] columns;
  private final Assignment[] assignments;

  private SetterPlan(Constructor<?> constructor, int[] columns, Assignment[] assignments) {
    this.constructor = constructor;
    this.columns = columns;
    this.assignments = assignments;
  }

  /**
   * The setters and else the non-final instance fields of {@code type} (and its superclasses) by
   * normalised name ({@link IntoClass#normalise}): read once per type, when it is first mapped.
   */
  static Map<String, AccessibleObject> settable(Class<?> type) {
    Map<String, AccessibleObject> members = new HashMap<>();
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (java.lang.reflect.Field field : c.getDeclaredFields()) {
        int modifiers = field.getModifiers();
        if (!Modifier.isStatic(modifiers) && !Modifier.isFinal(modifiers) && !field.isSynthetic()) {
          members.putIfAbsent(IntoClass.normalise(field.getName()), field);
        }
      }
    }
    for (Method method : type.getMethods()) {
      if (method.getParameterCount() == 1
          && !Modifier.isStatic(method.getModifiers())
          && method.getName().startsWith("set")) {
        members.put(IntoClass.normalise(method.getName().substring(3)), method);
      }
    }
    members.values().forEach(AccessibleObject::trySetAccessible);
    return Map.copyOf(members);
  }

  static SetterPlan of(
      Class<?> type,
      Constructor<?> constructor,
      Map<String, AccessibleObject> settable,
      List<Field<?>> fields) {
    List<Integer> columns = new ArrayList<>();
    List<Assignment> assignments = new ArrayList<>();
    for (int i = 0; i < fields.size(); i++) {
      String column = fields.get(i).getName();
      AccessibleObject member = settable.get(IntoClass.normalise(column));
      if (member != null) {
        columns.add(i);
        assignments.add(
            member instanceof Method method
                ? setter(method, column)
                : field((java.lang.reflect.Field) member, column));
      }
    }
    if (assignments.isEmpty()) {
      throw new MappingException(
          "Cannot map rows of "
              + IntoClass.names(fields)
              + " into "
              + type.getName()
              + ": none of the columns has a setter or field of that name.");
    }
    return new SetterPlan(
        constructor,
        columns.stream().mapToInt(Integer::intValue).toArray(),
        assignments.toArray(Assignment[]::new));
  }

  @Override
  public Object build(@Nullable Object[] values) {
    Object target = IntoClass.construct(constructor);
    for (int i = 0; i < columns.length; i++) {
      assignments[i].assign(target, values[columns[i]]);
    }
    return target;
  }

  private static Assignment setter(Method method, String column) {
    Class<?> parameter = method.getParameterTypes()[0];
    String what =
        "column "
            + column
            + " -> "
            + method.getDeclaringClass().getSimpleName()
            + "."
            + method.getName();
    return (target, value) -> {
      try {
        method.invoke(target, ValueConversion.convert(value, parameter, what));
      } catch (InvocationTargetException failed) {
        throw new MappingException(what + " threw " + failed.getCause(), IntoClass.causeOf(failed));
      } catch (IllegalAccessException failed) {
        throw new MappingException("Cannot call " + method + ": " + failed, failed);
      }
    };
  }

  private static Assignment field(java.lang.reflect.Field field, String column) {
    String what =
        "column "
            + column
            + " -> "
            + field.getDeclaringClass().getSimpleName()
            + "."
            + field.getName();
    return (target, value) -> {
      try {
        field.set(target, ValueConversion.convert(value, field.getType(), what));
      } catch (IllegalAccessException failed) {
        throw new MappingException("Cannot set " + field + ": " + failed, failed);
      }
    };
  }
}
