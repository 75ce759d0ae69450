package dev.rex.codegen;

import java.io.IOException;

/**
 * A database that exists only while the generator reads it, started by a {@link TargetDialect} (an
 * embedded server, a temporary file). Closing it removes it.
 */
public interface ThrowawayDatabase extends AutoCloseable {

  /** How to connect to it. */
  JdbcTarget target();

  @Override
  void close() throws IOException;

  /** Starts throwaway databases; the generator takes one so tests can observe or replace it. */
  @FunctionalInterface
  interface Factory {

    /** Starts an empty database of {@code dialect}. */
    ThrowawayDatabase start(TargetDialect dialect) throws IOException;

    /** The standard factory: the dialect's own ({@link TargetDialect#startThrowawayDatabase}). */
    static Factory standard() {
      return TargetDialect::startThrowawayDatabase;
    }
  }
}
