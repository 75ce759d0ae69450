package dev.rex.dsl.spi;

import dev.rex.dsl.exception.TooManyRowsException;

/**
 * Exceptions of the SPI's rare paths, built here so that linking {@link QueryExecutor} (whose
 * default methods the JVM verifies) does not load their classes before the first row.
 */
final class RareFailures {

  private RareFailures() {}

  static RuntimeException tooManyRows(String sql) {
    return new TooManyRowsException(sql);
  }
}
