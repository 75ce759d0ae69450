package dev.rex.mysql.codegen;

/** JDBC URLs of MySQL and MariaDB servers: {@code jdbc:mariadb://host:port/database?options}. */
final class ServerUrls {

  private ServerUrls() {}

  /**
   * {@code url} with its database replaced by {@code database} (or added, when it names none).
   *
   * @throws IllegalArgumentException when {@code url} has no {@code //host} part
   */
  static String withDatabase(String url, String database) {
    int authority = url.indexOf("//");
    if (authority < 0) {
      throw new IllegalArgumentException(
          "Expected a URL of the form jdbc:mariadb://host:port/database, not " + url);
    }
    int query = url.indexOf('?', authority);
    String beforeQuery = query < 0 ? url : url.substring(0, query);
    String options = query < 0 ? "" : url.substring(query);
    int slash = beforeQuery.indexOf('/', authority + 2);
    String server = slash < 0 ? beforeQuery : beforeQuery.substring(0, slash);
    return server + "/" + database + options;
  }
}
