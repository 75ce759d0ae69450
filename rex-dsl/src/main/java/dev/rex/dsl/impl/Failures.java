package dev.rex.dsl.impl;

import dev.rex.dsl.Field;
import dev.rex.dsl.exception.DetachedException;
import dev.rex.dsl.exception.InvalidResultException;
import dev.rex.dsl.exception.NoDataFoundException;
import dev.rex.dsl.exception.TooManyRowsException;
import org.jspecify.annotations.Nullable;

/**
 * The exceptions of paths a query rarely takes, made here rather than where they are thrown. The
 * JVM's verifier loads the class of every exception a method constructs and throws when it loads
 * the method's class; a hot class that throws {@code throw Failures.detached(…)} (typed {@code
 * RuntimeException}) does not make a fresh process load the exception class before its first row.
 */
final class Failures {

  private Failures() {}

  static RuntimeException detached(String query) {
    return new DetachedException(query);
  }

  static RuntimeException tooManyRows(String sql) {
    return new TooManyRowsException(sql);
  }

  static RuntimeException noDataFound(String sql) {
    return new NoDataFoundException(sql);
  }

  static RuntimeException duplicateKey(Field<?> key, @Nullable Object value) {
    return new InvalidResultException(
        "The key "
            + key.getName()
            + " is not unique in the result: "
            + value
            + " occurs more than once. Use intoGroups (fetchGroups) for a key with several rows.");
  }
}
