package dev.rex.testing.impl;

import java.util.regex.Pattern;

/** JDBC URL surgery for PostgreSQL URLs, and redaction for messages. */
final class Urls {

  private static final Pattern PASSWORD = Pattern.compile("(?i)(password=)[^&;]*");

  private Urls() {}

  /** {@code url} with its password replaced by stars. */
  static String redact(String url) {
    return PASSWORD.matcher(url).replaceAll("$1***");
  }

  /** {@code jdbc:postgresql://host:port/old?query} on database {@code name} instead. */
  static String withDatabase(String url, String name) {
    int hosts = url.indexOf("//");
    int slash = url.indexOf('/', hosts + 2);
    int query = url.indexOf('?');
    String base = slash < 0 ? (query < 0 ? url : url.substring(0, query)) : url.substring(0, slash);
    String rest = query < 0 ? "" : url.substring(query);
    return base + "/" + name + rest;
  }

  /** {@code url} with one more query parameter. */
  static String withParameter(String url, String key, String value) {
    return url + (url.indexOf('?') < 0 ? "?" : "&") + key + "=" + value;
  }
}
