package dev.rex.dsl.impl;

import dev.rex.dsl.Field;
import dev.rex.dsl.Record;
import dev.rex.dsl.RecordMapper;
import dev.rex.dsl.exception.MappingException;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Maps records into instances of a Java type, as jOOQ's {@code into(Class)} does. What a type
 * offers (its record components, constructors, setters and fields) is read by reflection the first
 * time the type is used and kept in a {@link ClassValue}; nothing is scanned at start-up. How the
 * columns of a result meet that type (a {@link Plan}) is worked out once per result, not per row.
 *
 * <p>The rules, first match wins:
 *
 * <ol>
 *   <li>a value type ({@code String}, a number, a date, an enum, …): the row's only column;
 *   <li>a Java record: its canonical constructor, the components matched to columns by name
 *       (ignoring case and underscores, so {@code album_id} and {@code AlbumId} both fill {@code
 *       albumId}), or by position when no name matches and the counts are equal; some names
 *       matching and others not is an error, since a positional guess would be wrong;
 *   <li>a class with a no-argument constructor: columns assigned by name to setters ({@code
 *       setAlbumId}) or else to non-final instance fields; columns with no member are skipped;
 *   <li>a class whose only constructor with as many parameters as there are columns: by parameter
 *       name when compiled with {@code -parameters}, else by position, with the rule for records.
 * </ol>
 */
final class IntoClass {

  private static final ClassValue<Members> MEMBERS =
      new ClassValue<>() {
        @Override
        protected Members computeValue(Class<?> type) {
          return Members.of(type);
        }
      };

  private IntoClass() {}

  /** A mapper into {@code type} for records of any shape; it plans once per shape it meets. */
  static <E> RecordMapper<Record, E> mapper(Class<? extends E> type) {
    Members members = MEMBERS.get(type);
    return new RecordMapper<>() {
      // One (shape, plan) pair, replaced as a whole, so a mapper may be shared between threads.
      private volatile @Nullable Planned planned;

      @Override
      @SuppressWarnings("NullAway") // a one-column row of a value type maps null to null
      public E map(Record record) {
        List<Field<?>> fields = record.fields();
        Planned current = planned;
        if (current == null || (current.fields() != fields && !fields.equals(current.fields()))) {
          current = new Planned(fields, members.plan(fields));
          planned = current;
        }
        return type.cast(current.plan().build(record.intoArray()));
      }
    };
  }

  /** Spelling-insensitive form of a name: {@code album_id}, {@code AlbumId} and {@code albumId}. */
  static String normalise(String name) {
    return name.replace("_", "").toLowerCase(Locale.ROOT);
  }

  private record Planned(List<Field<?>> fields, Plan plan) {}

  /** How the values of one row shape become an instance. */
  interface Plan {
    @Nullable Object build(@Nullable Object[] values);
  }

  /** What the invoked constructor or method threw (the wrapper itself if it says nothing). */
  static Throwable causeOf(InvocationTargetException failed) {
    Throwable cause = failed.getCause();
    return cause == null ? failed : cause;
  }

  /** A constructor with its parameter types and, where the class file has them, names. */
  @SuppressWarnings("ArrayRecordComponent") // never compared or hashed; the array is not shared
  private record Creator(
      Constructor<?> constructor, Class<?>[] types, @Nullable List<String> names) {

    static Creator of(Constructor<?> constructor, @Nullable List<String> names) {
      return new Creator(accessible(constructor), constructor.getParameterTypes(), names);
    }
  }

  /**
   * What a type offers to mapping, read by reflection once, when the type is first mapped: the
   * canonical constructor of a record; else the no-argument constructor and the setters and fields
   * by name; else the constructors by number of parameters (only where that number is unique).
   */
  private record Members(
      Class<?> type,
      @Nullable Creator canonical,
      @Nullable Constructor<?> noArgs,
      Map<String, AccessibleObject> settable,
      Map<Integer, Creator> byArity) {

    static Members of(Class<?> type) {
      if (ValueConversion.isValueType(type)) {
        return new Members(type, null, null, Map.of(), Map.of());
      }
      if (type.isInterface() || Modifier.isAbstract(type.getModifiers()) || type.isArray()) {
        throw new MappingException(
            "Cannot map rows into " + type.getName() + ": it is abstract or an interface.");
      }
      if (type.isRecord()) {
        return new Members(type, canonical(type), null, Map.of(), Map.of());
      }
      Map<Integer, Creator> byArity = new HashMap<>();
      Set<Integer> ambiguous = new HashSet<>();
      for (Constructor<?> candidate : type.getDeclaredConstructors()) {
        int arity = candidate.getParameterCount();
        if (!candidate.isSynthetic() && byArity.containsKey(arity)) {
          ambiguous.add(arity);
        } else if (!candidate.isSynthetic()) {
          byArity.put(arity, Creator.of(candidate, parameterNames(candidate)));
        }
      }
      byArity.keySet().removeAll(ambiguous);
      Creator noArgs = byArity.get(0);
      if (noArgs != null) {
        return new Members(type, null, noArgs.constructor(), SetterPlan.settable(type), Map.of());
      }
      return new Members(type, null, null, Map.of(), Map.copyOf(byArity));
    }

    Plan plan(List<Field<?>> fields) {
      if (ValueConversion.isValueType(type)) {
        return valuePlan(fields);
      }
      if (canonical != null) {
        return constructorPlan(canonical, fields);
      }
      if (noArgs != null) {
        return SetterPlan.of(type, noArgs, settable, fields);
      }
      Creator sized = byArity.get(fields.size());
      if (sized == null) {
        throw new MappingException(
            "Cannot map rows of "
                + names(fields)
                + " into "
                + type.getName()
                + ": it has neither a no-argument constructor nor one constructor with "
                + fields.size()
                + " parameters.");
      }
      return constructorPlan(sized, fields);
    }

    private Plan valuePlan(List<Field<?>> fields) {
      if (fields.size() != 1) {
        throw new MappingException(
            "Cannot map rows of "
                + names(fields)
                + " into "
                + type.getName()
                + ": a value type takes a row of exactly one column.");
      }
      String what = "column " + fields.get(0).getName();
      return values -> ValueConversion.convert(values[0], type, what);
    }

    private static Creator canonical(Class<?> type) {
      RecordComponent[] components = type.getRecordComponents();
      Class<?>[] types =
          Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
      try {
        return Creator.of(
            type.getDeclaredConstructor(types),
            Arrays.stream(components).map(RecordComponent::getName).toList());
      } catch (NoSuchMethodException impossible) {
        throw new MappingException(
            "The record " + type.getName() + " has no canonical constructor");
      }
    }

    private static @Nullable List<String> parameterNames(Constructor<?> constructor) {
      Parameter[] parameters = constructor.getParameters();
      if (parameters.length == 0 || !parameters[0].isNamePresent()) {
        return null;
      }
      return Arrays.stream(parameters).map(Parameter::getName).toList();
    }

    private Plan constructorPlan(Creator creator, List<Field<?>> fields) {
      Constructor<?> constructor = creator.constructor();
      Class<?>[] types = creator.types();
      List<String> names = creator.names();
      int[] sources = names == null ? null : byName(names, fields);
      if (sources == null && names != null && matchesSome(names, fields)) {
        throw new MappingException(
            "Cannot map rows of "
                + names(fields)
                + " into "
                + type.getName()
                + ": some of its constructor's parameters "
                + names
                + " match no column by name. Rename them, or alias the columns, so that all match"
                + " (or none, to map by position).");
      }
      if (sources == null) {
        if (types.length != fields.size()) {
          throw new MappingException(
              "Cannot map rows of "
                  + names(fields)
                  + " into "
                  + type.getName()
                  + ": its constructor takes "
                  + (names == null ? types.length + " values" : names)
                  + ", which match the columns neither by name nor by number.");
        }
        sources = new int[types.length];
        Arrays.setAll(sources, i -> i);
      }
      String[] what = new String[types.length];
      for (int i = 0; i < types.length; i++) {
        String parameter = names == null ? "parameter " + (i + 1) : names.get(i);
        what[i] =
            "column "
                + fields.get(sources[i]).getName()
                + " -> "
                + type.getSimpleName()
                + "."
                + parameter;
      }
      int[] from = sources;
      return values -> {
        Object[] arguments = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
          arguments[i] = ValueConversion.convert(values[from[i]], types[i], what[i]);
        }
        return construct(constructor, arguments);
      };
    }

    private static boolean matchesSome(List<String> names, List<Field<?>> fields) {
      return names.stream().anyMatch(name -> column(fields, name) >= 0);
    }

    /** For each name, the column it matches; null unless every name matches a column. */
    private static int @Nullable [] byName(List<String> names, List<Field<?>> fields) {
      int[] sources = new int[names.size()];
      for (int i = 0; i < sources.length; i++) {
        sources[i] = column(fields, names.get(i));
        if (sources[i] < 0) {
          return null;
        }
      }
      return sources;
    }
  }

  /** The position of the column whose name matches {@code name}, or -1. */
  static int column(List<Field<?>> fields, String name) {
    String wanted = normalise(name);
    for (int i = 0; i < fields.size(); i++) {
      if (normalise(fields.get(i).getName()).equals(wanted)) {
        return i;
      }
    }
    return -1;
  }

  static String names(List<Field<?>> fields) {
    List<String> names = new ArrayList<>(fields.size());
    for (Field<?> field : fields) {
      names.add(field.getName());
    }
    return "columns " + names;
  }

  static <C extends java.lang.reflect.AccessibleObject> C accessible(C member) {
    try {
      member.setAccessible(true);
    } catch (RuntimeException refused) {
      throw new MappingException(
          "Rex may not use " + member + ": " + refused.getMessage(), refused);
    }
    return member;
  }

  static Object construct(Constructor<?> constructor, @Nullable Object... arguments) {
    try {
      return constructor.newInstance(arguments);
    } catch (InvocationTargetException failed) {
      throw new MappingException(
          "The constructor " + constructor + " threw " + failed.getCause(), causeOf(failed));
    } catch (ReflectiveOperationException failed) {
      throw new MappingException("Cannot call " + constructor + ": " + failed, failed);
    }
  }
}
