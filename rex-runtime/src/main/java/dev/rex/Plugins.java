package dev.rex;

import dev.rex.dsl.spi.Dialect;
import dev.rex.dsl.spi.Dialects;
import dev.rex.plugin.PluginException;
import dev.rex.plugin.RexPlugin;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
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

  /** The settings after every plugin's {@link RexPlugin#configure}, in order. */
  RexSettings configure(RexSettings settings) {
    RexSettings configured = settings;
    for (RexPlugin plugin : plugins) {
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
    }
    return configured;
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
