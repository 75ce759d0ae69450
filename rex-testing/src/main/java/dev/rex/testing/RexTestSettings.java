package dev.rex.testing;

import dev.rex.RexSettings;

/**
 * The {@link RexSettings} a {@link RexTest} class's {@code Rex} is created with: validators,
 * listeners, plugins, as the application configures them. An implementation needs a no-argument
 * constructor; name it in {@link RexTest#settings()}.
 */
@FunctionalInterface
public interface RexTestSettings {

  /** The settings; called once per test class. */
  RexSettings settings();

  /** {@link RexSettings#defaults()}, the default of {@link RexTest#settings()}. */
  final class Defaults implements RexTestSettings {
    @Override
    public RexSettings settings() {
      return RexSettings.defaults();
    }
  }
}
