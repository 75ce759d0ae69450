package dev.rex.codegen;

import dev.rex.dsl.Table;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Finds a table of a project's generated code by its SQL name, for goals that run against a built
 * project ({@code rex:subscribe}). It reads the constants of the generated {@code <package>.Tables}
 * class by reflection, which is fine at build-tool time: the application itself never does this.
 */
public final class GeneratedTables {

  private GeneratedTables() {}

  /**
   * The table called {@code name} (or {@code schema.name}) among the constants of {@code
   * packageName.Tables} loaded by {@code loader}; an exact match wins over one that ignores case.
   *
   * @throws IllegalArgumentException when the class is missing or has no such table (the message
   *     lists the tables it has)
   */
  public static Table<?> find(ClassLoader loader, String packageName, String name) {
    List<Table<?>> tables = all(loader, packageName);
    for (Table<?> table : tables) {
      if (name.equals(table.getName()) || name.equals(qualified(table))) {
        return table;
      }
    }
    List<Table<?>> loose =
        tables.stream()
            .filter(t -> name.equalsIgnoreCase(t.getName()) || name.equalsIgnoreCase(qualified(t)))
            .toList();
    if (loose.size() == 1) {
      return loose.get(0);
    }
    throw new IllegalArgumentException(
        "There is no table '"
            + name
            + "' in "
            + packageName
            + ".Tables; it has "
            + tables.stream().map(GeneratedTables::qualified).collect(Collectors.joining(", "))
            + ".");
  }

  private static List<Table<?>> all(ClassLoader loader, String packageName) {
    Class<?> holder;
    try {
      holder = Class.forName(packageName + ".Tables", true, loader);
    } catch (ClassNotFoundException e) {
      throw new IllegalArgumentException(
          "There is no compiled class "
              + packageName
              + ".Tables on the project's classpath; generate and compile first (mvn compile).",
          e);
    }
    List<Table<?>> tables = new ArrayList<>();
    for (Field field : holder.getFields()) {
      if (Modifier.isStatic(field.getModifiers())
          && Table.class.isAssignableFrom(field.getType())) {
        tables.add(constant(field));
      }
    }
    return tables;
  }

  private static Table<?> constant(Field field) {
    try {
      return (Table<?>) field.get(null);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("Cannot read " + field, e);
    }
  }

  private static String qualified(Table<?> table) {
    String schema = table.getSchema();
    return schema == null ? table.getName() : schema + "." + table.getName();
  }
}
