package dev.rex.it;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/** Compiles one Java source in memory against the test class path, as an application would. */
final class Compiler {

  /** What javac said: success, and the error messages if any; the classes are in {@code output}. */
  record Outcome(boolean compiled, String errors, Path output) {

    /** The compiled class {@code className}, loaded with the test class path as its parent. */
    Class<?> load(String className) {
      try {
        URLClassLoader loader =
            new URLClassLoader(new URL[] {output.toUri().toURL()}, Compiler.class.getClassLoader());
        return Class.forName(className, true, loader);
      } catch (IOException | ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private Compiler() {}

  static Outcome compile(String className, String source) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    JavaFileObject file =
        new SimpleJavaFileObject(
            URI.create("string:///" + className.replace('.', '/') + ".java"),
            JavaFileObject.Kind.SOURCE) {
          @Override
          public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return source;
          }
        };
    Path output;
    try {
      output = Files.createTempDirectory("rex-compile-");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    List<String> options =
        List.of(
            "-classpath",
            System.getProperty("java.class.path"),
            "-d",
            output.toString(),
            "--release",
            "17",
            "-proc:none");
    boolean compiled = javac.getTask(null, null, diagnostics, options, null, List.of(file)).call();
    String errors =
        diagnostics.getDiagnostics().stream()
            .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
            .map(d -> d.getMessage(Locale.ROOT))
            .collect(Collectors.joining("\n"));
    return new Outcome(compiled, errors, output);
  }
}
