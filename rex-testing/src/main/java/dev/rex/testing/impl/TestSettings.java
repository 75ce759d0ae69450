package dev.rex.testing.impl;

import dev.rex.RexSettings;
import dev.rex.testing.Backend;
import dev.rex.testing.RexTest;
import dev.rex.testing.RexTestConfigurationException;
import dev.rex.testing.RexTestSettings;
import dev.rex.testing.TestIsolation;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A test class's database settings: {@link RexTest}'s attributes, with those left at their default
 * read from configuration parameters and then environment variables.
 *
 * @param url the server of {@link Backend#URL}, null for other backends
 * @param image the image of {@link Backend#TESTCONTAINERS}
 * @param rexSettings the settings of the class's {@code Rex}
 */
public record TestSettings(
    Backend backend,
    TestIsolation isolation,
    List<String> migrations,
    @Nullable String url,
    String image,
    RexSettings rexSettings) {

  public static final String BACKEND = "rex.testing.backend";
  public static final String URL = "rex.testing.url";
  public static final String IMAGE = "rex.testing.image";

  public TestSettings {
    migrations = List.copyOf(migrations);
  }

  /**
   * The settings of {@code test}.
   *
   * @param parameters a JUnit configuration parameter's value by name, or null when it is not set
   * @throws RexTestConfigurationException for an unknown backend or a URL backend without a URL
   */
  public static TestSettings of(
      RexTest test,
      Function<String, @Nullable String> parameters,
      Function<String, @Nullable String> environment) {
    Backend backend = test.backend();
    if (backend == Backend.DEFAULT) {
      String named = lookup(BACKEND, parameters, environment);
      backend = named == null ? Backend.EMBEDDED : Backend.named(named);
    }
    String url = null;
    if (backend == Backend.URL) {
      url = test.url().isBlank() ? lookup(URL, parameters, environment) : test.url();
      if (url == null) {
        throw new RexTestConfigurationException(
            "The url backend needs a PostgreSQL JDBC URL: set @RexTest(url = ...), the system"
                + " property rex.testing.url or the environment variable REX_TESTING_URL.");
      }
      if (!url.startsWith("jdbc:postgresql:")) {
        throw new RexTestConfigurationException(
            "The url backend runs on PostgreSQL, whose schemas keep test classes apart; "
                + Urls.redact(url)
                + " is not a jdbc:postgresql: URL. Use the sqlite backend for SQLite.");
      }
    }
    String image = test.image();
    if (image.isBlank()) {
      String configured = lookup(IMAGE, parameters, environment);
      image = configured == null ? Backend.DEFAULT_IMAGE : configured;
    }
    return new TestSettings(
        backend, test.isolation(), List.of(test.migrations()), url, image, rexSettings(test));
  }

  /**
   * The settings {@code test}'s {@code RexTestSettings} class makes.
   *
   * @throws RexTestConfigurationException when it cannot be created
   */
  static RexSettings rexSettings(RexTest test) {
    Class<? extends RexTestSettings> type = test.settings();
    try {
      var constructor = type.getDeclaredConstructor();
      constructor.setAccessible(true);
      return constructor.newInstance().settings();
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new RexTestConfigurationException(
          "@RexTest(settings = "
              + type.getName()
              + ".class) cannot be used: it needs a no-argument constructor, and its settings()"
              + " must return them ("
              + e
              + ").",
          e);
    }
  }

  /**
   * The value of {@code property}, or of its environment variable (REX_TESTING_…); blank is unset.
   */
  static @Nullable String lookup(
      String property,
      Function<String, @Nullable String> parameters,
      Function<String, @Nullable String> environment) {
    String value = parameters.apply(property);
    if (value == null || value.isBlank()) {
      value = environment.apply(property.toUpperCase(Locale.ROOT).replace('.', '_'));
    }
    return value == null || value.isBlank() ? null : value.trim();
  }
}
