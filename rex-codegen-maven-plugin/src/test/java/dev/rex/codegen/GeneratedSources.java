package dev.rex.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rex.dsl.DataType;
import dev.rex.graphql.Catalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.jspecify.annotations.Nullable;

/**
 * Compiles generated sources with {@code javac -Xlint:all -Werror} against rex-dsl, JSpecify and
 * rex-graphql only, then loads them. A single warning fails the compilation.
 */
public final class GeneratedSources {

  private GeneratedSources() {}

  /** The result of a compilation: whether it passed and every diagnostic javac reported. */
  public record Compilation(boolean success, List<String> diagnostics, Path classes) {

    /** Loads the compiled classes with the test class loader as parent. */
    public URLClassLoader classLoader() {
      try {
        return new URLClassLoader(
            new URL[] {classes.toUri().toURL()}, GeneratedSources.class.getClassLoader());
      } catch (MalformedURLException e) {
        throw new IllegalStateException(e);
      }
    }

    /** Asserts that javac reported nothing and returns this. */
    public Compilation assertClean() {
      assertThat(diagnostics).isEmpty();
      assertThat(success).isTrue();
      return this;
    }
  }

  /** Compiles every {@code .java} file below each of {@code sourceRoots} into {@code classes}. */
  public static Compilation compile(Path classes, Path... sourceRoots) {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, null, null)) {
      Files.createDirectories(classes);
      List<Path> sources = new ArrayList<>();
      for (Path root : sourceRoots) {
        sources.addAll(javaFiles(root));
      }
      List<String> options =
          List.of(
              "-Xlint:all",
              "-Werror",
              "-proc:none",
              "--release",
              "17",
              "-encoding",
              "US-ASCII",
              "-classpath",
              classpath(),
              "-d",
              classes.toString());
      Boolean ok =
          compiler
              .getTask(
                  null,
                  files,
                  diagnostics,
                  options,
                  null,
                  files.getJavaFileObjectsFromPaths(sources))
              .call();
      List<String> messages =
          diagnostics.getDiagnostics().stream()
              .map(GeneratedSources::describe)
              .collect(Collectors.toList());
      return new Compilation(Boolean.TRUE.equals(ok), messages, classes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String describe(Diagnostic<? extends JavaFileObject> diagnostic) {
    JavaFileObject source = diagnostic.getSource();
    String where = source == null ? "" : source.getName() + ":" + diagnostic.getLineNumber() + ": ";
    return diagnostic.getKind() + " " + where + diagnostic.getMessage(null);
  }

  private static List<Path> javaFiles(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
  }

  /**
   * rex-dsl and JSpecify, everything generated table code may depend on, and rex-graphql, which
   * {@code GraphQLCatalog} uses.
   */
  private static String classpath() {
    return String.join(
        java.io.File.pathSeparator,
        location(DataType.class),
        location(Nullable.class),
        location(Catalog.class));
  }

  private static String location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Copies a test resource template to {@code target}, replacing {@code ${package}}. */
  static void writeTemplate(String resource, String packageName, Path target) throws IOException {
    String text = Files.readString(TestResources.path(resource));
    Files.createDirectories(target.getParent());
    Files.writeString(target, text.replace("${package}", packageName));
  }
}
