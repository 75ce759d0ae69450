package dev.rex;

import dev.rex.dsl.exception.RexException;

/** A configuration value is missing or wrong; the message names the variable or property. */
public final class ConfigurationException extends RexException {

  private static final long serialVersionUID = 1L;

  public ConfigurationException(String message) {
    super(message);
  }
}
