package dev.rex.codegen;

import dev.rex.codegen.CodePlan.EnumPlan;
import dev.rex.codegen.CodePlan.TablePlan;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Renders a {@link CodePlan} into source files and writes them to the output directory. */
final class SourceFiles {

  private SourceFiles() {}

  /**
   * Every Java file of {@code plan}: Tables, Keys, tables, records, enums and package-infos (the
   * GraphQL outputs are {@link GraphQLFiles}').
   */
  static List<GeneratedFile> render(CodePlan plan) {
    List<GeneratedFile> files = new ArrayList<>();
    files.add(TablesWriter.write(plan).toFile());
    files.add(KeysWriter.write(plan).toFile());
    files.add(PackageInfoWriter.write(plan.packageName(), "Generated tables and keys."));
    files.add(PackageInfoWriter.write(plan.tablesPackage(), "Generated table classes."));
    files.add(PackageInfoWriter.write(plan.recordsPackage(), "Generated record classes."));
    for (TablePlan table : plan.tables()) {
      files.add(TableWriter.write(plan, table).toFile());
      files.add(RecordWriter.write(plan, table).toFile());
    }
    if (!plan.enums().isEmpty()) {
      files.add(PackageInfoWriter.write(plan.enumsPackage(), "Generated database enum types."));
    }
    for (EnumPlan enumPlan : plan.enums()) {
      files.add(EnumWriter.write(plan, enumPlan).toFile());
    }
    return files;
  }

  /**
   * Replaces the generated package below {@code outputDirectory} with {@code files}. Earlier
   * generated files in that package are deleted first, so classes of dropped tables disappear; Java
   * files without the generator's header are never touched, even if the output directory is
   * misconfigured to point at hand-written sources. The package's {@code schema.graphqls} is the
   * generator's too, and goes when GraphQL output is turned off.
   */
  static void write(Path outputDirectory, String packageName, List<GeneratedFile> files)
      throws IOException {
    Path root = outputDirectory.resolve(packageName.replace('.', '/'));
    Files.deleteIfExists(root.resolve(GraphQLOptions.SCHEMA_FILE));
    deleteGenerated(root);
    for (GeneratedFile file : files) {
      Path path = outputDirectory.resolve(file.path());
      Files.createDirectories(path.getParent());
      Files.writeString(path, file.content(), StandardCharsets.UTF_8);
    }
  }

  private static void deleteGenerated(Path root) throws IOException {
    if (!Files.isDirectory(root)) {
      return;
    }
    List<Path> paths;
    try (Stream<Path> walk = Files.walk(root)) {
      paths = walk.sorted(Comparator.reverseOrder()).toList();
    }
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        deleteIfEmpty(path);
      } else if (path.toString().endsWith(".java") && isGenerated(path)) {
        Files.delete(path);
      }
    }
  }

  private static boolean isGenerated(Path file) throws IOException {
    byte[] header = JavaFile.HEADER.getBytes(StandardCharsets.US_ASCII);
    try (InputStream in = Files.newInputStream(file)) {
      return Arrays.equals(in.readNBytes(header.length), header);
    }
  }

  private static void deleteIfEmpty(Path directory) throws IOException {
    try (Stream<Path> entries = Files.list(directory)) {
      if (entries.findAny().isEmpty()) {
        Files.delete(directory);
      }
    }
  }
}
