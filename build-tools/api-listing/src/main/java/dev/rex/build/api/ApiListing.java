package dev.rex.build.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * A module's committed API listing ({@code api/<module>.api}) and the check that the module's
 * classes still match it, as Kotlin's binary-compatibility-validator does.
 *
 * <p>Every package of the module must be classified: an <em>API package</em> is listed (see {@link
 * ApiDump} for what is listed of it), an <em>internal package</em> is not, and a package that is
 * neither fails the check, so that a new package is a deliberate decision. Packages are matched
 * exactly, not with their subpackages.
 *
 * <p>When the system property {@value #UPDATE_PROPERTY} is {@code true}, {@link #verify} writes the
 * listing instead of comparing: {@code mvn test -pl rex-dsl -Dtest=ApiListingTest
 * -Drex.api.update=true}, then review and commit the changed {@code api/*.api} file.
 */
public final class ApiListing {

  /** The system property that makes {@link #verify} rewrite the listing instead of comparing. */
  public static final String UPDATE_PROPERTY = "rex.api.update";

  private final Path file;
  private final Set<String> apiPackages;
  private final Set<String> internalPackages;

  private ApiListing(Path file, Set<String> apiPackages, Set<String> internalPackages) {
    this.file = file;
    this.apiPackages = Set.copyOf(apiPackages);
    this.internalPackages = Set.copyOf(internalPackages);
  }

  /** A listing kept in {@code file}, with no packages classified yet. */
  public static ApiListing in(Path file) {
    return new ApiListing(file, Set.of(), Set.of());
  }

  /** This listing with {@code packages} added to the API packages, whose types are listed. */
  public ApiListing api(String... packages) {
    Set<String> api = new LinkedHashSet<>(apiPackages);
    api.addAll(List.of(packages));
    return new ApiListing(file, api, internalPackages);
  }

  /** This listing with {@code packages} added to the internal packages, which are not listed. */
  public ApiListing internal(String... packages) {
    Set<String> internal = new LinkedHashSet<>(internalPackages);
    internal.addAll(List.of(packages));
    return new ApiListing(file, apiPackages, internal);
  }

  /**
   * Checks the classes of the directory that {@code anyClassOfTheModule} was loaded from (the
   * module's {@code target/classes}) against the listing.
   *
   * @throws AssertionError if a package is not classified, or the listing is missing or differs
   */
  public void verify(Class<?> anyClassOfTheModule) {
    verify(classesBeside(anyClassOfTheModule));
  }

  /**
   * Checks {@code classes} against the listing, or rewrites the listing when {@value
   * #UPDATE_PROPERTY} is {@code true}.
   *
   * @throws AssertionError if a package is not classified, or the listing is missing or differs
   */
  public void verify(Collection<Class<?>> classes) {
    List<Class<?>> api = new ArrayList<>();
    Set<String> unclassified = new TreeSet<>();
    for (Class<?> type : classes) {
      String pkg = type.getPackageName();
      if (apiPackages.contains(pkg)) {
        api.add(type);
      } else if (!internalPackages.contains(pkg)) {
        unclassified.add(pkg);
      }
    }
    if (!unclassified.isEmpty()) {
      throw new AssertionError(
          "Packages that are neither API nor internal: "
              + unclassified
              + ". Add each to the API packages (listed in "
              + file
              + ") or to the internal packages of the module's ApiListingTest.");
    }
    String actual = ApiDump.dump(api);
    if (Boolean.getBoolean(UPDATE_PROPERTY)) {
      write(actual);
      return;
    }
    if (!Files.exists(file)) {
      throw new AssertionError(
          "No API listing at "
              + file
              + ". Write it with -D"
              + UPDATE_PROPERTY
              + "=true and commit it.");
    }
    String expected = read();
    if (!expected.equals(actual)) {
      throw new AssertionError(
          "The public API differs from " + file + ":\n" + diff(expected, actual) + howToUpdate());
    }
  }

  private String howToUpdate() {
    return "If the change is intended, rewrite the listing with -D"
        + UPDATE_PROPERTY
        + "=true (mvn test -pl <module> -Dtest=ApiListingTest -D"
        + UPDATE_PROPERTY
        + "=true), review the difference and commit it.";
  }

  private String read() {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void write(String listing) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      Files.writeString(file, listing, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The difference between two listings, type by type: the types added ({@code + type}) or removed
   * ({@code - type}), and for a type in both, its header and member lines added or removed.
   */
  static String diff(String expected, String actual) {
    Map<String, List<String>> before = blocks(expected);
    Map<String, List<String>> after = blocks(actual);
    StringBuilder out = new StringBuilder();
    Set<String> names = new TreeSet<>(before.keySet());
    names.addAll(after.keySet());
    for (String name : names) {
      List<String> old = before.get(name);
      List<String> now = after.get(name);
      if (old == null) {
        out.append("+ ").append(now.get(0)).append('\n');
      } else if (now == null) {
        out.append("- ").append(old.get(0)).append('\n');
      } else if (!old.equals(now)) {
        out.append("  ").append(name).append('\n');
        appendMissing(old, now, "    - ", out);
        appendMissing(now, old, "    + ", out);
      }
    }
    return out.toString();
  }

  private static void appendMissing(
      List<String> lines, List<String> others, String prefix, StringBuilder out) {
    Set<String> present = new LinkedHashSet<>(others);
    for (String line : lines) {
      if (!present.contains(line)) {
        out.append(prefix).append(line.strip()).append('\n');
      }
    }
  }

  /** The listing's type blocks by type name: the header line first, then its members. */
  private static Map<String, List<String>> blocks(String listing) {
    Map<String, List<String>> blocks = new LinkedHashMap<>();
    List<String> current = null;
    for (String line : listing.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      if (line.startsWith(" ") && current != null) {
        current.add(line);
        continue;
      }
      current = new ArrayList<>();
      current.add(line);
      blocks.put(typeName(line), current);
    }
    return blocks;
  }

  /** The type name in a header line: the word after the kind, without type parameters. */
  static String typeName(String header) {
    String[] words = header.split(" ");
    for (int i = 0; i < words.length - 1; i++) {
      if (List.of("class", "interface", "enum", "record", "@interface").contains(words[i])) {
        String name = words[i + 1];
        int generic = name.indexOf('<');
        return generic < 0 ? name : name.substring(0, generic);
      }
    }
    return header;
  }

  /** Every class compiled into the directory that {@code anchor} was loaded from. */
  static List<Class<?>> classesBeside(Class<?> anchor) {
    Path root = root(anchor);
    List<Class<?>> classes = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path path : (Iterable<Path>) files.sorted()::iterator) {
        String name =
            root.relativize(path).toString().replace(path.getFileSystem().getSeparator(), ".");
        if (!name.endsWith(".class") || name.endsWith("-info.class")) {
          continue;
        }
        String className = name.substring(0, name.length() - ".class".length());
        classes.add(Class.forName(className, false, anchor.getClassLoader()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("Cannot load a class found beside " + anchor, e);
    }
    return classes;
  }

  private static Path root(Class<?> anchor) {
    CodeSource source = anchor.getProtectionDomain().getCodeSource();
    try {
      Path root = Path.of(source.getLocation().toURI());
      if (!Files.isDirectory(root)) {
        throw new IllegalArgumentException(
            anchor + " was not loaded from a directory of classes but from " + root);
      }
      return root;
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
