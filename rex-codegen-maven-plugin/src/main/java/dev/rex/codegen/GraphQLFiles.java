package dev.rex.codegen;

import dev.rex.codegen.CodePlan.ColumnPlan;
import dev.rex.codegen.CodePlan.TablePlan;
import dev.rex.dsl.Table;
import dev.rex.graphql.Catalog;
import dev.rex.graphql.model.GraphQLSdl;
import dev.rex.graphql.model.NamingOverrides;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The GraphQL outputs of a {@link CodePlan}: the SDL, derived by rex-graphql itself from {@link
 * GraphQLDescription}, and the {@code GraphQLCatalog} class, which lists the generated table
 * constants with the naming overrides spelled out as {@code NamingOverrides} calls. At run time
 * {@code GraphQLCatalog.catalog().describe()} gives the same description, so the served schema is
 * the written one. Overrides are written in sorted order, so the class does not change when the
 * configuration is only reordered.
 */
final class GraphQLFiles {

  private GraphQLFiles() {}

  /**
   * The SDL of {@code plan} named with {@code overrides}; warns about overrides that name no
   * generated table or column.
   *
   * @throws IllegalArgumentException when no schema can be derived, with rex-graphql's reason
   */
  static String sdl(CodePlan plan, NamingOverrides overrides, GeneratorLog log) {
    for (String unknown : unknownNames(plan, overrides)) {
      log.warn("The GraphQL naming overrides name " + unknown + ", which is not generated.");
    }
    if (plan.tables().isEmpty()) {
      throw new IllegalArgumentException(
          "No tables were generated, so there is no GraphQL schema to derive.");
    }
    try {
      return GraphQLSdl.of(GraphQLDescription.of(plan), overrides);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "The GraphQL schema cannot be derived: " + e.getMessage(), e);
    }
  }

  /** {@code schema.graphqls} in the generated package, with {@code sdl}. */
  static GeneratedFile schema(CodePlan plan, String sdl) {
    return new GeneratedFile(packagePath(plan.packageName()) + GraphQLOptions.SCHEMA_FILE, sdl);
  }

  /** Writes {@code sdl} to {@code <resourcesDirectory>/<package>/schema.graphqls}. */
  static Path writeResource(Path resourcesDirectory, String packageName, String sdl)
      throws IOException {
    Path file = resourcesDirectory.resolve(packagePath(packageName) + GraphQLOptions.SCHEMA_FILE);
    Files.createDirectories(file.getParent());
    Files.writeString(file, sdl, StandardCharsets.UTF_8);
    return file;
  }

  /** The path of {@code packageName}'s directory with a trailing {@code /}. */
  static String packagePath(String packageName) {
    return packageName.replace('.', '/') + "/";
  }

  /** The {@code GraphQLCatalog} class of {@code plan}. */
  static GeneratedFile catalog(CodePlan plan, NamingOverrides overrides) {
    JavaFile file = new JavaFile(plan.packageName(), GraphQLOptions.CATALOG_CLASS);
    file.imports(Table.class.getName(), Catalog.class.getName(), List.class.getName());
    file.imports(NamingOverrides.class.getName());
    file.javadoc(
        0,
        "The generated tables as a rex-graphql {@link Catalog}, named with the GraphQL naming\n"
            + " * overrides of the generator's configuration. {@code "
            + GraphQLOptions.SCHEMA_FILE
            + "} in this package is\n"
            + " * its schema. Serve it with {@code RexGraphQL.builder(database, "
            + GraphQLOptions.CATALOG_CLASS
            + ".catalog())}.",
        "");
    file.line(0, "public final class " + GraphQLOptions.CATALOG_CLASS + " {");
    file.blank();
    file.line(2, "private " + GraphQLOptions.CATALOG_CLASS + "() {}");
    file.blank();
    file.javadoc(2, "Every generated table, with the configured naming overrides.", "");
    file.line(2, "public static Catalog catalog() {");
    file.line(4, "return Catalog.of(");
    file.line(8, "List.<Table<?>>of(");
    List<TablePlan> tables = plan.tables();
    for (int i = 0; i < tables.size(); i++) {
      String end = i == tables.size() - 1 ? ")," : ",";
      file.line(12, "Tables." + tables.get(i).constant() + end);
    }
    List<String> calls = overrideCalls(overrides);
    file.line(8, "NamingOverrides.none()" + (calls.isEmpty() ? ");" : ""));
    for (int i = 0; i < calls.size(); i++) {
      file.line(12, calls.get(i) + (i == calls.size() - 1 ? ");" : ""));
    }
    file.line(2, "}");
    file.line(0, "}");
    return file.toFile();
  }

  /** The {@code with...} calls that rebuild {@code overrides}, in sorted order. */
  static List<String> overrideCalls(NamingOverrides overrides) {
    List<String> calls = new ArrayList<>();
    for (Map.Entry<String, String> entry : new TreeMap<>(overrides.typeNames()).entrySet()) {
      calls.add(".withTypeName(" + literals(entry.getKey(), entry.getValue()) + ")");
    }
    for (Map.Entry<String, String> entry : new TreeMap<>(overrides.fieldNames()).entrySet()) {
      String[] column = splitColumn(entry.getKey());
      calls.add(".withFieldName(" + literals(column[0], column[1], entry.getValue()) + ")");
    }
    for (String table : new TreeSet<>(overrides.hiddenTables())) {
      calls.add(".withHiddenTable(" + literals(table) + ")");
    }
    for (String key : new TreeSet<>(overrides.hiddenColumns())) {
      String[] column = splitColumn(key);
      calls.add(".withHiddenColumn(" + literals(column[0], column[1]) + ")");
    }
    return calls;
  }

  /**
   * {@code table.column} as table and column. Any split at a dot rebuilds the same key, which is
   * all {@code NamingOverrides} compares; the last dot keeps a schema-like table name whole.
   */
  private static String[] splitColumn(String key) {
    int dot = key.lastIndexOf('.');
    if (dot <= 0 || dot == key.length() - 1) {
      throw new IllegalArgumentException(
          "A GraphQL column override needs table.column, not '" + key + "'.");
    }
    return new String[] {key.substring(0, dot), key.substring(dot + 1)};
  }

  private static String literals(String... values) {
    List<String> out = new ArrayList<>();
    for (String value : values) {
      out.add(JavaText.stringLiteral(value));
    }
    return String.join(", ", out);
  }

  /** The tables and {@code table.column}s the overrides name that {@code plan} does not have. */
  private static Set<String> unknownNames(CodePlan plan, NamingOverrides overrides) {
    Set<String> tables = new HashSet<>();
    Set<String> columns = new HashSet<>();
    for (TablePlan table : plan.tables()) {
      tables.add(table.model().name());
      for (ColumnPlan column : table.columns()) {
        columns.add(table.model().name() + "." + column.model().name());
      }
    }
    Set<String> unknown = new TreeSet<>();
    for (String table : overrides.typeNames().keySet()) {
      addIfMissing(unknown, tables, table, "table ");
    }
    for (String table : overrides.hiddenTables()) {
      addIfMissing(unknown, tables, table, "table ");
    }
    for (String column : overrides.fieldNames().keySet()) {
      addIfMissing(unknown, columns, column, "column ");
    }
    for (String column : overrides.hiddenColumns()) {
      addIfMissing(unknown, columns, column, "column ");
    }
    return unknown;
  }

  private static void addIfMissing(Set<String> out, Set<String> known, String name, String kind) {
    if (!known.contains(name)) {
      out.add(kind + name);
    }
  }
}
