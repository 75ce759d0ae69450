package dev.rex.codegen.maven;

import dev.rex.codegen.ChangeTail;
import dev.rex.codegen.EqualityFilter;
import dev.rex.codegen.GeneratedTables;
import dev.rex.dsl.Condition;
import dev.rex.dsl.Table;
import dev.rex.realtime.ChangePosition;
import dev.rex.realtime.SubscriptionEnd;
import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.jspecify.annotations.Nullable;

/**
 * {@code rex:subscribe -Drex.url=jdbc:… -Drex.table=album}: prints a table's changes as they are
 * committed, one line each (position, operation, table, old and new row), until Ctrl-C. The table
 * is the project's generated one, loaded from its compiled classes and runtime classpath, so {@code
 * -Drex.where=artist_id=1} compares typed values; {@code -Drex.after=<position>} replays what was
 * logged after a position first. {@code -Drex.count} and {@code -Drex.timeout} stop it early.
 */
@Mojo(name = "subscribe", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class SubscribeMojo extends AbstractMojo {

  /** The JDBC URL of the database, with its credentials. */
  @Parameter(property = "rex.url")
  @Nullable String url;

  /** The table whose changes are printed: its SQL name, such as {@code album}. */
  @Parameter(property = "rex.table")
  @Nullable String table;

  /** The base package of the generated code, where {@code Tables} is. */
  @Parameter(property = "rex.packageName")
  @Nullable String packageName;

  /** Only changes whose old or new row has these values: {@code artist_id=1,title=Rock}. */
  @Parameter(property = "rex.where")
  @Nullable String where;

  /** Replays the changes logged after this position first; default: from now on. */
  @Parameter(property = "rex.after")
  @Nullable String after;

  /** Stops after this many changes; 0 for no limit. */
  @Parameter(property = "rex.count", defaultValue = "0")
  long count;

  /** Stops after this long: {@code 30s}, {@code 5m}, {@code 500ms} or {@code PT1M}. */
  @Parameter(property = "rex.timeout")
  @Nullable String timeout;

  /** The project's compiled classes and runtime dependencies. */
  @Parameter(defaultValue = "${project.runtimeClasspathElements}", readonly = true)
  @Nullable List<String> classpathElements;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (table == null || table.isBlank()) {
      throw new MojoExecutionException("rex:subscribe needs a table: -Drex.table=album.");
    }
    if (url == null || packageName == null) {
      throw new MojoExecutionException(
          "rex:subscribe needs -Drex.url=jdbc:... and <packageName> (or -Drex.packageName=...).");
    }
    try (URLClassLoader loader = projectClassLoader()) {
      Table<?> followed = GeneratedTables.find(loader, packageName, table.strip());
      Condition condition = where == null ? null : EqualityFilter.parse(followed, where);
      ChangePosition start = after == null ? null : ChangePosition.parse(after);
      follow(url, followed, condition, start, duration(timeout));
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException("rex:subscribe: " + e.getMessage(), e);
    } catch (IOException | RuntimeException e) {
      throw new MojoExecutionException("rex:subscribe failed: " + e.getMessage(), e);
    }
  }

  private void follow(
      String database,
      Table<?> followed,
      @Nullable Condition condition,
      @Nullable ChangePosition start,
      @Nullable Duration limit)
      throws MojoFailureException {
    try (ChangeTail tail = ChangeTail.start(database)) {
      Thread hook = new Thread(tail::close, "rex-subscribe-shutdown");
      Runtime.getRuntime().addShutdownHook(hook);
      getLog()
          .info(
              "Following "
                  + followed.getName()
                  + " after position "
                  + (start == null ? tail.position() : start)
                  + (count > 0 ? " for " + count + " change(s)" : "")
                  + "; Ctrl-C stops.");
      ChangeTail.Outcome outcome;
      try {
        outcome = tail.follow(followed, condition, start, count, limit, getLog()::info);
      } finally {
        removeHook(hook);
      }
      report(outcome);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MojoFailureException("rex:subscribe was interrupted.", e);
    }
  }

  private void report(ChangeTail.Outcome outcome) throws MojoFailureException {
    SubscriptionEnd end = outcome.end();
    if (end != null
        && end.reason() != SubscriptionEnd.Reason.CLOSED
        && end.reason() != SubscriptionEnd.Reason.CANCELLED) {
      Throwable failure = end.failure();
      throw new MojoFailureException(
          "rex:subscribe ended: "
              + end.reason()
              + (failure == null ? "" : " (" + failure.getMessage() + ")")
              + "; resume with -Drex.after="
              + end.resumeAfter(),
          failure);
    }
    getLog().info("Printed " + outcome.changes() + " change(s).");
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // The JVM is already shutting down: the hook runs (or ran) and closes the tail.
    }
  }

  /** The project's classes over the plugin's: generated tables then share Rex with the plugin. */
  private URLClassLoader projectClassLoader() throws MojoExecutionException {
    List<URL> urls = new ArrayList<>();
    for (String element : GeneratorMojo.orEmpty(classpathElements)) {
      try {
        urls.add(new File(element).toURI().toURL());
      } catch (MalformedURLException e) {
        throw new MojoExecutionException("Bad classpath element " + element, e);
      }
    }
    return new URLClassLoader(urls.toArray(new URL[0]), getClass().getClassLoader());
  }

  /**
   * {@code 500ms}, {@code 30s}, {@code 5m}, {@code 1h}, a plain number of seconds, or ISO-8601.
   *
   * @throws IllegalArgumentException for anything else
   */
  static @Nullable Duration duration(@Nullable String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String value = text.strip().toLowerCase(Locale.ROOT);
    try {
      if (value.startsWith("p")) {
        return Duration.parse(value.toUpperCase(Locale.ROOT));
      }
      if (value.endsWith("ms")) {
        return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
      }
      char unit = value.charAt(value.length() - 1);
      String number = Character.isDigit(unit) ? value : value.substring(0, value.length() - 1);
      long amount = Long.parseLong(number);
      return switch (unit) {
        case 'm' -> Duration.ofMinutes(amount);
        case 'h' -> Duration.ofHours(amount);
        case 's' -> Duration.ofSeconds(amount);
        default -> {
          if (!Character.isDigit(unit)) {
            throw new NumberFormatException("unknown unit " + unit);
          }
          yield Duration.ofSeconds(amount);
        }
      };
    } catch (NumberFormatException | DateTimeParseException e) {
      throw new IllegalArgumentException(
          "A timeout is like 30s, 5m, 500ms or PT1M, not '" + text + "'.", e);
    }
  }
}
