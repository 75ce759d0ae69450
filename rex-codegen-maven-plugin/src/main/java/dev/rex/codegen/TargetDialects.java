package dev.rex.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import org.jspecify.annotations.Nullable;

/** The {@link TargetDialect}s on the plugin's class path, found once with {@link ServiceLoader}. */
public final class TargetDialects {

  private TargetDialects() {}

  private static final class Loaded {
    static final List<TargetDialect> ALL = load();

    private static List<TargetDialect> load() {
      List<TargetDialect> dialects = new ArrayList<>();
      ServiceLoader.load(TargetDialect.class, TargetDialects.class.getClassLoader())
          .forEach(dialects::add);
      return List.copyOf(dialects);
    }
  }

  /** Every installed dialect. */
  public static List<TargetDialect> all() {
    return Loaded.ALL;
  }

  /**
   * The dialect called {@code name} (its name or an alias, in any case), or the default dialect
   * when {@code name} is null or blank.
   *
   * @throws IllegalArgumentException naming the installed dialects when none has the name
   */
  public static TargetDialect named(@Nullable String name) {
    if (name == null || name.isBlank()) {
      return standard();
    }
    String key = name.trim().toLowerCase(Locale.ROOT);
    for (TargetDialect dialect : all()) {
      if (dialect.configName().equals(key) || dialect.aliases().contains(key)) {
        return dialect;
      }
    }
    throw new IllegalArgumentException(
        "Unknown dialect '"
            + name
            + "'; installed dialects: "
            + String.join(", ", names())
            + ". A dialect from another artifact goes into the <dependencies> of"
            + " rex-codegen-maven-plugin; `mvn rex:add-plugin -Drex.plugins=NAME` adds it.");
  }

  /** The dialect used when the configuration names none. */
  static TargetDialect standard() {
    for (TargetDialect dialect : all()) {
      if (dialect.isDefault()) {
        return dialect;
      }
    }
    throw new IllegalStateException("No installed dialect is the default; name one: " + names());
  }

  private static List<String> names() {
    return all().stream().map(TargetDialect::configName).toList();
  }
}
