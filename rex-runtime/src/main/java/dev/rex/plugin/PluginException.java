package dev.rex.plugin;

import dev.rex.dsl.exception.RexException;
import org.jspecify.annotations.Nullable;

/**
 * A plugin could not be loaded, configured or started, or two plugins contribute the same thing
 * ({@link BindingConflictException}); the message names the plugins.
 */
public sealed class PluginException extends RexException permits BindingConflictException {

  private static final long serialVersionUID = 1L;

  public PluginException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
