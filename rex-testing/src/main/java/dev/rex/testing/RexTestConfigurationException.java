package dev.rex.testing;

import dev.rex.dsl.exception.RexException;
import org.jspecify.annotations.Nullable;

/**
 * A {@link RexTest} cannot start its database as configured: an unknown backend, a URL missing or
 * of an unsupported database, migrations that are not there, or a backend's dependency missing. The
 * message names the setting and what to change.
 */
public final class RexTestConfigurationException extends RexException {

  private static final long serialVersionUID = 1L;

  public RexTestConfigurationException(String message) {
    super(message);
  }

  public RexTestConfigurationException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
