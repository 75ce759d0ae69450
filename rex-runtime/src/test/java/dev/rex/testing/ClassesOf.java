package dev.rex.testing;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** The classes of a module, read from the jar or directory one of its classes was loaded from. */
public final class ClassesOf {

  private ClassesOf() {}

  /** The binary names of every class beside {@code anchor}, {@code module-info} left out. */
  public static List<String> names(Class<?> anchor) throws IOException, URISyntaxException {
    Path source = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> files;
    if (Files.isDirectory(source)) {
      try (Stream<Path> walk = Files.walk(source)) {
        files = walk.map(p -> source.relativize(p).toString().replace('\\', '/')).toList();
      }
    } else {
      try (JarFile jar = new JarFile(source.toFile())) {
        files = Collections.list(jar.entries()).stream().map(e -> e.getName()).toList();
      }
    }
    return files.stream()
        .filter(f -> f.endsWith(".class") && !f.equals("module-info.class"))
        .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.'))
        .toList();
  }
}
