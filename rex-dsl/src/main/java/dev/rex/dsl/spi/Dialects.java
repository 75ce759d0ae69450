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
      // a loop, not forEach(dialects::add): no lambda to spin up on the way to the first query
      for (Dialect dialect : ServiceLoader.load(Dialect.class, Dialects.class.getClassLoader())) {
        dialects.add(dialect);
      }
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

  /**
   * A URL without the parts that may hold a password: the query string, and user information before
   * {@code @} in the authority ({@code jdbc:mysql://user:secret@host/db}).
   */
  public static String redact(String jdbcUrl) {
    int query = jdbcUrl.indexOf('?');
    String url = query < 0 ? jdbcUrl : jdbcUrl.substring(0, query) + "?…";
    int authority = url.indexOf("//");
    if (authority < 0) {
      return url;
    }
    int end = url.indexOf('/', authority + 2);
    int at = url.lastIndexOf('@', end < 0 ? url.length() : end);
    return at < authority ? url : url.substring(0, authority + 2) + "…" + url.substring(at);
  }
}
