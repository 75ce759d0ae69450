package dev.rex;

import dev.rex.dsl.spi.Binding;
import dev.rex.dsl.spi.Dialect;
import dev.rex.dsl.spi.Dialects;
import dev.rex.plugin.BindingConflictException;
import dev.rex.plugin.PluginException;
import dev.rex.plugin.RexPlugin;
import dev.rex.plugin.TypeBinding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The plugins of one {@link Rex}, in their order: the ones ServiceLoader finds (unless discovery is
 * off) and the settings' own, which replace discovered ones of the same name.
 */
final class Plugins {

  private static final Logger LOG = LoggerFactory.getLogger("dev.rex.plugin");

  private static final Plugins NONE = new Plugins(List.of());

  private final List<RexPlugin> plugins;

  private Plugins(List<RexPlugin> plugins) {
    this.plugins = plugins;
  }

  static Plugins of(RexSettings settings) {
    Map<String, RexPlugin> byName = new LinkedHashMap<>();
    if (settings.pluginDiscovery()) {
      for (RexPlugin plugin : discovered()) {
        byName.put(nameOf(plugin), plugin);
      }
    }
    for (RexPlugin plugin : settings.plugins()) {
      byName.put(nameOf(plugin), plugin);
    }
    if (byName.isEmpty()) {
      return NONE;
    }
    List<RexPlugin> sorted = new ArrayList<>(byName.values());
    sorted.sort(Plugins::byOrder);
    return new Plugins(List.copyOf(sorted));
  }

  /**
   * By {@link RexPlugin#order()}, then name. A method, not a comparator constant: a constant's
   * lambda would be built by every {@code Rex.connect}, with or without plugins.
   */
  private static int byOrder(RexPlugin a, RexPlugin b) {
    return a.order() != b.order()
        ? Integer.compare(a.order(), b.order())
        : a.name().compareTo(b.name());
  }

  private static List<RexPlugin> discovered() {
    List<RexPlugin> found = new ArrayList<>();
    try {
      for (RexPlugin plugin : ServiceLoader.load(RexPlugin.class)) {
        found.add(plugin);
      }
    } catch (ServiceConfigurationError e) {
      throw new PluginException("A Rex plugin on the class path could not be loaded: " + e, e);
    }
    return found;
  }

  private static String nameOf(RexPlugin plugin) {
    String name = plugin.name();
    if (name == null || name.isBlank()) {
      throw new PluginException(
          "The plugin " + plugin.getClass().getName() + " has no name().", null);
    }
    return name;
  }

  List<RexPlugin> all() {
    return plugins;
  }

  /** The first plugin dialect that accepts {@code jdbcUrl}, else the installed one. */
  Dialect dialectFor(String jdbcUrl) {
    for (RexPlugin plugin : plugins) {
      for (Dialect dialect : plugin.dialects()) {
        if (dialect.acceptsUrl(jdbcUrl)) {
          return dialect;
        }
      }
    }
    return Dialects.forUrl(jdbcUrl);
  }

  /**
   * The settings after every plugin's {@link RexPlugin#configure}, in order, with the plugins'
   * bindings under the application's: a binding a plugin sets in {@code configure} or lists in
   * {@link RexPlugin#bindings()} is the plugin's; two plugins' for one type conflict unless the
   * application binds the type itself.
   */
  RexSettings configure(RexSettings settings) {
    if (plugins.isEmpty()) {
      return settings;
    }
    Map<Class<?>, Contribution> contributed = new LinkedHashMap<>();
    RexSettings configured = settings;
    for (RexPlugin plugin : plugins) {
      Map<Class<?>, Binding<?>> before = configured.bindings();
      try {
        configured = plugin.configure(configured);
      } catch (RuntimeException e) {
        throw new PluginException(
            "The plugin '" + plugin.name() + "' failed to configure Rex: " + e.getMessage(), e);
      }
      if (configured == null) {
        throw new PluginException(
            "The plugin '" + plugin.name() + "' returned no settings from configure().", null);
      }
      configured
          .bindings()
          .forEach(
              (type, binding) -> {
                if (before.get(type) != binding) {
                  contribute(contributed, plugin, type, binding);
                }
              });
      for (TypeBinding<?> binding : bindingsOf(plugin)) {
        contribute(contributed, plugin, binding.type(), binding.binding());
      }
    }
    return withBindings(configured, contributed, settings.bindings());
  }

  /** A binding, the plugin that gave it and another plugin that gave one for the same type. */
  private record Contribution(String plugin, Binding<?> binding, @Nullable String rival) {}

  private static void contribute(
      Map<Class<?>, Contribution> contributed,
      RexPlugin plugin,
      Class<?> type,
      Binding<?> binding) {
    Contribution earlier = contributed.get(type);
    if (earlier == null) {
      contributed.put(type, new Contribution(plugin.name(), binding, null));
    } else if (earlier.rival() == null && !earlier.plugin().equals(plugin.name())) {
      contributed.put(type, new Contribution(earlier.plugin(), earlier.binding(), plugin.name()));
    }
  }

  private static List<TypeBinding<?>> bindingsOf(RexPlugin plugin) {
    List<TypeBinding<?>> bindings;
    try {
      bindings = plugin.bindings();
    } catch (RuntimeException e) {
      throw new PluginException(
          "The plugin '" + plugin.name() + "' failed to list its bindings: " + e.getMessage(), e);
    }
    if (bindings == null || bindings.stream().anyMatch(Objects::isNull)) {
      throw new PluginException(
          "The plugin '" + plugin.name() + "' listed no binding or a null one in bindings().",
          null);
    }
    return bindings;
  }

  /**
   * {@code configured} with every contributed binding, then the application's own {@code explicit}
   * ones again, so that no plugin replaces them.
   */
  @SuppressWarnings("unchecked")
  private static RexSettings withBindings(
      RexSettings configured,
      Map<Class<?>, Contribution> contributed,
      Map<Class<?>, Binding<?>> explicit) {
    RexSettings result = configured;
    for (Map.Entry<Class<?>, Contribution> entry : contributed.entrySet()) {
      Class<Object> type = (Class<Object>) entry.getKey();
      if (explicit.containsKey(type)) {
        continue;
      }
      Contribution contribution = entry.getValue();
      String rival = contribution.rival();
      if (rival != null) {
        throw new BindingConflictException(type, contribution.plugin(), rival);
      }
      result = result.withBinding(type, (Binding<Object>) contribution.binding());
    }
    for (Map.Entry<Class<?>, Binding<?>> entry : explicit.entrySet()) {
      result =
          result.withBinding((Class<Object>) entry.getKey(), (Binding<Object>) entry.getValue());
    }
    return result;
  }

  /** Starts every plugin in order; if one fails, closes those started and throws. */
  void start(Rex db) {
    for (int i = 0; i < plugins.size(); i++) {
      RexPlugin plugin = plugins.get(i);
      try {
        plugin.start(db);
      } catch (RuntimeException e) {
        close(db, i);
        throw new PluginException(
            "The plugin '" + plugin.name() + "' failed to start: " + e.getMessage(), e);
      }
    }
  }

  /** Closes every plugin, last first. */
  void close(Rex db) {
    close(db, plugins.size());
  }

  private void close(Rex db, int started) {
    for (int i = started - 1; i >= 0; i--) {
      RexPlugin plugin = plugins.get(i);
      try {
        plugin.close(db);
      } catch (RuntimeException e) {
        LOG.warn("The plugin '{}' failed to close", plugin.name(), e);
      }
    }
  }
}
