package dev.rex.codegen;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The Rex plugins {@code rex:add-plugin} knows by name, read from {@code
 * META-INF/rex/plugins.properties}: {@code name=groupId:artifactId}, added in the plugin's own
 * version, and optionally {@code name.generate=groupId:artifactId:version,…}, what {@code
 * rex:generate} needs beside it, added to the Rex plugin's dependencies only.
 */
public final class RexPlugins {

  private static final String CATALOGUE = "/META-INF/rex/plugins.properties";
  private static final String GENERATE = ".generate";

  /** The names of the known plugins, sorted. */
  public static List<String> names() {
    return known().keySet().stream().filter(key -> !key.endsWith(GENERATE)).toList();
  }

  private RexPlugins() {}

  /** Every known plugin: name to {@code groupId:artifactId}, sorted by name. */
  public static Map<String, String> known() {
    Properties properties = new Properties();
    try (InputStream in = RexPlugins.class.getResourceAsStream(CATALOGUE)) {
      if (in == null) {
        throw new IllegalStateException(CATALOGUE + " is missing from the plugin.");
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> known = new TreeMap<>();
    properties.forEach((name, coordinates) -> known.put((String) name, (String) coordinates));
    return known;
  }

  /** What {@code rex:generate} needs beside the plugin called {@code name}; often nothing. */
  public static List<PomEditor.Coordinates> generatorDependencies(String name) {
    String extra = known().get(name.strip().toLowerCase(Locale.ROOT) + GENERATE);
    if (extra == null) {
      return List.of();
    }
    return Arrays.stream(extra.split(","))
        .map(String::strip)
        .map(each -> each.split(":", 3))
        .map(parts -> new PomEditor.Coordinates(parts[0], parts[1], parts[2]))
        .toList();
  }

  /**
   * The coordinates of the plugin called {@code name}, in {@code version}.
   *
   * @throws IllegalArgumentException naming the known plugins when there is none called so
   */
  public static PomEditor.Coordinates coordinates(String name, String version) {
    String key = name.strip().toLowerCase(Locale.ROOT);
    String artifact = key.endsWith(GENERATE) ? null : known().get(key);
    if (artifact == null) {
      throw new IllegalArgumentException(
          "There is no Rex plugin called '"
              + name
              + "'; known plugins: "
              + String.join(", ", names())
              + ".");
    }
    String[] parts = artifact.split(":", 2);
    return new PomEditor.Coordinates(parts[0], parts[1], version);
  }
}
