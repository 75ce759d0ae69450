package dev.rex.plugin;

import dev.rex.dsl.exception.RexException;
import org.jspecify.annotations.Nullable;

/** A plugin could not be loaded, configured or started; the message names it. */
public final class PluginException extends RexException {

  private static final long serialVersionUID = 1L;

  public PluginException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
