package dev.rex.dsl.spi;

import dev.rex.dsl.exception.RexException;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * The dialects on the class path, found once with {@link ServiceLoader}. Reading the service files
 * is the only discovery Rex does; nothing is scanned.
 */
public final class Dialects {

  private Dialects() {}

  private static final class Loaded {
    static final List<Dialect> ALL = load();

    private static List<Dialect> load() {
      List<Dialect> dialects = new ArrayList<>();
      ServiceLoader.load(Dialect.class, Dialects.class.getClassLoader()).forEach(dialects::add);
      return List.copyOf(dialects);
    }
  }

  /** Every dialect on the class path. */
  public static List<Dialect> all() {
    return Loaded.ALL;
  }

  /**
   * The dialect for a JDBC URL.
   *
   * @throws RexException naming the dialects that are installed when none accepts the URL
   */
  public static Dialect forUrl(String jdbcUrl) {
    for (Dialect dialect : all()) {
      if (dialect.acceptsUrl(jdbcUrl)) {
        return dialect;
      }
    }
    throw new RexException(
        "No Rex dialect accepts the JDBC URL "
            + redact(jdbcUrl)
            + ". Installed dialects: "
            + names()
            + ". For MySQL or MariaDB add the dev.rex:rex-mysql dependency.");
  }

  /**
   * The dialect with this name.
   *
   * @throws RexException naming the dialects that are installed when none has the name
   */
  public static Dialect named(String name) {
    for (Dialect dialect : all()) {
      if (dialect.name().equalsIgnoreCase(name)) {
        return dialect;
      }
    }
    throw new RexException(
        "There is no Rex dialect named '" + name + "'. Installed dialects: " + names() + ".");
  }

  private static List<String> names() {
    return all().stream().map(Dialect::name).toList();
  }

  /** A URL without its query string, which may hold a password. */
  public static String redact(String jdbcUrl) {
    int query = jdbcUrl.indexOf('?');
    return query < 0 ? jdbcUrl : jdbcUrl.substring(0, query) + "?…";
  }
}
