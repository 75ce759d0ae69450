package dev.rex.plugin;

import dev.rex.Rex;
import dev.rex.RexSettings;
import dev.rex.dsl.spi.Dialect;
import java.util.List;

/**
 * An extension of {@link Rex}, found through {@link java.util.ServiceLoader} (a {@code
 * META-INF/services/dev.rex.plugin.RexPlugin} file in its jar) or given explicitly with {@link
 * RexSettings#withPlugin}. Every method has a default, so a plugin implements only what it adds.
 *
 * <p><b>Order.</b> Plugins run by {@link #order()} (lower first), then by {@link #name()}; an
 * explicit plugin replaces a discovered one of the same name. <b>Lifecycle</b>, for each {@code
 * Rex} built by {@link Rex#connect} or {@link Rex#using}:
 *
 * <ol>
 *   <li>{@link #dialects()}: tried, in plugin order, before the dialects found by ServiceLoader
 *       when the dialect of a URL is detected;
 *   <li>{@link #configure}: each plugin in turn gets the settings the previous one returned and
 *       adds execute listeners, validators, cache listeners (its contributions follow the
 *       application's own); then the {@link #bindings()} of every plugin are added, under the
 *       application's own;
 *   <li>{@link #start}: after the pool is open; a plugin that throws stops the start-up, and the
 *       plugins already started are closed;
 *   <li>{@link #close}: when the {@code Rex} closes, in reverse order, before its pool closes; an
 *       exception is logged and the other plugins still close.
 * </ol>
 *
 * <p>One plugin instance serves every {@code Rex} of the application: keep per-database state in
 * what {@code start} receives, keyed by the {@code Rex}.
 */
public interface RexPlugin {

  /** A short name that identifies the plugin in logs and errors, such as {@code "mysql"}. */
  String name();

  /** Where the plugin runs among others: lower first. The default is 0. */
  default int order() {
    return 0;
  }

  /** Dialects this plugin brings, tried before the installed ones. The default is none. */
  default List<Dialect> dialects() {
    return List.of();
  }

  /**
   * Bindings this plugin brings for Java types, for example a value class stored as text. An
   * application's own binding for a type ({@link RexSettings#withBinding}) wins over a plugin's, a
   * plugin's wins over the dialect's, and two plugins binding the same type fail with a {@link
   * BindingConflictException} unless the application binds it. The default is none.
   */
  default List<TypeBinding<?>> bindings() {
    return List.of();
  }

  /**
   * Returns {@code settings} with what this plugin contributes, for example {@code
   * settings.withListener(myListener)}. The default changes nothing.
   */
  default RexSettings configure(RexSettings settings) {
    return settings;
  }

  /** {@code db} is ready: its pool is open and its settings final. The default does nothing. */
  default void start(Rex db) {}

  /** {@code db} is closing; its pool is still open. The default does nothing. */
  default void close(Rex db) {}
}
