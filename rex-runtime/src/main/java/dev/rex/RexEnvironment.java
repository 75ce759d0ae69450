package dev.rex;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Rex's configuration from environment variables and system properties, for deployments that are
 * configured from outside the code (containers, functions). Each setting has a variable ({@code
 * REX_POOL_SIZE}) and a property ({@code rex.pool.size}); a property wins over a variable, and
 * either over the code's {@code RexSettings}. A value that cannot be used fails with a {@link
 * ConfigurationException} that names where it came from and what is expected.
 *
 * <pre>{@code
 * try (Rex db = RexEnvironment.system().connect()) { ... }
 * }</pre>
 *
 * <p>The settings, in docs/serverless.md as a table: {@code REX_URL} (required), {@code REX_USER},
 * {@code REX_PASSWORD}, {@code REX_SERVERLESS}, {@code REX_POOL_SIZE}, {@code REX_POOL_MIN_IDLE},
 * {@code REX_POOL_IDLE_TIMEOUT}, {@code REX_POOL_MAX_LIFETIME}, {@code REX_CONNECT_ON_START},
 * {@code REX_POOL_START_TIMEOUT}, {@code REX_TRANSACTION_POOLER}, {@code REX_CONNECTION_TIMEOUT},
 * {@code REX_QUERY_TIMEOUT}, {@code REX_SLOW_QUERY_THRESHOLD}, {@code REX_LOGGING}, {@code
 * REX_STATEMENT_CACHE_SIZE}, {@code REX_PLUGIN_DISCOVERY}, {@code REX_REPLICAS} (read replicas'
 * JDBC URLs, separated by commas). Durations are ISO-8601 ({@code PT30S}) or a number with {@code
 * ms}, {@code s}, {@code m} or {@code h} ({@code 30s}).
 */
public final class RexEnvironment {

  /** One setting: its name in the environment, and how a value changes the settings. */
  private record Setting(String variable, BiFunction<RexSettings, String, RexSettings> apply) {

    String property() {
      return variable.toLowerCase(Locale.ROOT).replace('_', '.');
    }
  }

  private static final List<Setting> SETTINGS =
      List.of(
          new Setting("REX_POOL_SIZE", (s, v) -> s.withMaximumPoolSize(positive(v))),
          new Setting(
              "REX_POOL_MIN_IDLE", (s, v) -> s.withPool(s.pool().withMinimumIdle(count(v)))),
          new Setting(
              "REX_POOL_IDLE_TIMEOUT", (s, v) -> s.withPool(s.pool().withIdleTimeout(duration(v)))),
          new Setting(
              "REX_POOL_MAX_LIFETIME", (s, v) -> s.withPool(s.pool().withMaxLifetime(duration(v)))),
          new Setting(
              "REX_CONNECT_ON_START", (s, v) -> s.withPool(s.pool().withConnectOnStart(bool(v)))),
          new Setting(
              "REX_TRANSACTION_POOLER",
              (s, v) -> s.withPool(s.pool().withTransactionPooler(bool(v)))),
          new Setting(
              "REX_POOL_START_TIMEOUT",
              (s, v) -> s.withPool(s.pool().withStartTimeout(duration(v)))),
          new Setting("REX_CONNECTION_TIMEOUT", (s, v) -> s.withConnectionTimeout(duration(v))),
          new Setting("REX_QUERY_TIMEOUT", (s, v) -> s.withQueryTimeout(duration(v))),
          new Setting("REX_SLOW_QUERY_THRESHOLD", (s, v) -> s.withSlowQueryThreshold(duration(v))),
          new Setting("REX_LOGGING", (s, v) -> s.withLogging(bool(v))),
          new Setting("REX_STATEMENT_CACHE_SIZE", (s, v) -> s.withStatementCacheSize(count(v))),
          new Setting("REX_PLUGIN_DISCOVERY", (s, v) -> s.withPluginDiscovery(bool(v))),
          new Setting("REX_REPLICAS", (s, v) -> s.withReplicas(urls(v))));

  private final Map<String, String> variables;
  private final Map<String, String> properties;

  private RexEnvironment(Map<String, String> variables, Map<String, String> properties) {
    this.variables = Map.copyOf(variables);
    this.properties = Map.copyOf(properties);
  }

  /** The process's environment variables and system properties. */
  public static RexEnvironment system() {
    Map<String, String> properties = new LinkedHashMap<>();
    System.getProperties()
        .forEach(
            (key, value) -> {
              if (key instanceof String name && name.startsWith("rex.")) {
                properties.put(name, String.valueOf(value));
              }
            });
    return new RexEnvironment(System.getenv(), properties);
  }

  /** Explicit variables and properties (for tests, or a configuration read elsewhere). */
  public static RexEnvironment of(Map<String, String> variables, Map<String, String> properties) {
    return new RexEnvironment(variables, properties);
  }

  /**
   * The JDBC URL from {@code rex.url} or {@code REX_URL}.
   *
   * @throws ConfigurationException when neither is set
   */
  public String url() {
    Source url = find("REX_URL");
    if (url == null) {
      throw new ConfigurationException(
          "No database URL: set the environment variable REX_URL or the system property rex.url"
              + " to the database's JDBC URL.");
    }
    return url.value;
  }

  /** {@link RexSettings#defaults()} with what the environment sets. */
  public RexSettings settings() {
    return settings(RexSettings.defaults());
  }

  /**
   * {@code base} with what the environment sets: {@code REX_SERVERLESS=true} starts from {@link
   * RexSettings#serverless()}'s pool instead, then each setting that is present applies.
   *
   * @throws ConfigurationException naming the first value that cannot be used
   */
  public RexSettings settings(RexSettings base) {
    RexSettings settings = base;
    Source serverless = find("REX_SERVERLESS");
    if (serverless != null && checked(serverless, RexEnvironment::bool)) {
      settings =
          settings
              .withMaximumPoolSize(RexSettings.serverless().maximumPoolSize())
              .withPool(RexSettings.serverless().pool());
    }
    for (Setting setting : SETTINGS) {
      Source source = find(setting.variable());
      if (source != null) {
        RexSettings current = settings;
        settings = checked(source, value -> setting.apply().apply(current, value));
      }
    }
    Source user = find("REX_USER");
    if (user != null) {
      Source password = find("REX_PASSWORD");
      settings =
          settings.withPool(
              settings
                  .pool()
                  .withCredentials(user.value, password == null ? null : password.value));
    }
    return settings;
  }

  /** Connects to {@link #url()} with {@link #settings()}. */
  public Rex connect() {
    return Rex.connect(url(), settings());
  }

  /** Where a value came from: a variable or a property. */
  private record Source(String name, String value) {}

  private @Nullable Source find(String variable) {
    String property = new Setting(variable, (s, v) -> s).property();
    String fromProperty = properties.get(property);
    if (fromProperty != null) {
      return new Source("the system property " + property, fromProperty.trim());
    }
    String fromVariable = variables.get(variable);
    if (fromVariable != null) {
      return new Source("the environment variable " + variable, fromVariable.trim());
    }
    return null;
  }

  /** What {@code use} makes of the source's value; a value it refuses names the source. */
  private static <T> T checked(Source source, Function<String, T> use) {
    try {
      return use.apply(source.value);
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException(
          source.name + " is '" + source.value + "': " + e.getMessage());
    }
  }

  private static String[] urls(String value) {
    String[] urls = value.split(",");
    for (int i = 0; i < urls.length; i++) {
      urls[i] = urls[i].trim();
      if (!urls[i].startsWith("jdbc:")) {
        // not IllegalArgumentException: its message would quote the value, passwords and all
        throw new ConfigurationException(
            "REX_REPLICAS (rex.replicas) takes JDBC URLs separated by commas, but part "
                + (i + 1)
                + " is not one.");
      }
    }
    return urls;
  }

  private static int positive(String value) {
    try {
      int number = Integer.parseInt(value);
      if (number >= 1) {
        return number;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new IllegalArgumentException("expected a whole number of at least 1");
  }

  private static int count(String value) {
    try {
      int number = Integer.parseInt(value);
      if (number < 0) {
        throw new IllegalArgumentException("expected a whole number, 0 or more");
      }
      return number;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("expected a whole number, 0 or more", e);
    }
  }

  private static boolean bool(String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "true", "yes", "1", "on" -> true;
      case "false", "no", "0", "off" -> false;
      default -> throw new IllegalArgumentException("expected true or false");
    };
  }

  /** {@code PT30S}, or a number with ms, s, m or h. */
  static Duration duration(String value) {
    String text = value.toLowerCase(Locale.ROOT);
    try {
      if (text.startsWith("pt") || text.startsWith("p")) {
        return Duration.parse(value.toUpperCase(Locale.ROOT));
      }
      if (text.endsWith("ms")) {
        return Duration.ofMillis(Long.parseLong(text.substring(0, text.length() - 2).trim()));
      }
      long amount = Long.parseLong(text.substring(0, text.length() - 1).trim());
      return switch (text.charAt(text.length() - 1)) {
        case 's' -> Duration.ofSeconds(amount);
        case 'm' -> Duration.ofMinutes(amount);
        case 'h' -> Duration.ofHours(amount);
        default -> throw new IllegalArgumentException(unit());
      };
    } catch (NumberFormatException | DateTimeParseException | StringIndexOutOfBoundsException e) {
      throw new IllegalArgumentException(unit(), e);
    }
  }

  private static String unit() {
    return "expected a duration such as 30s, 500ms, 5m, 1h or PT30S";
  }
}
