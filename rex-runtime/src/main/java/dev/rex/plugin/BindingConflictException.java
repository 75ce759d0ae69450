package dev.rex.plugin;

import java.util.List;

/**
 * Two plugins contribute a binding for the same Java type and the application gave none: Rex does
 * not pick one by order. The application chooses with {@link dev.rex.RexSettings#withBinding},
 * which wins over every plugin's.
 */
public final class BindingConflictException extends PluginException {

  private static final long serialVersionUID = 1L;

  private final String typeName;
  private final List<String> plugins;

  public BindingConflictException(Class<?> type, String firstPlugin, String secondPlugin) {
    super(
        "The plugins '"
            + firstPlugin
            + "' and '"
            + secondPlugin
            + "' both bind "
            + type.getName()
            + "; choose one with RexSettings.withBinding("
            + type.getSimpleName()
            + ".class, …), which wins over the plugins' bindings.",
        null);
    this.typeName = type.getName();
    this.plugins = List.of(firstPlugin, secondPlugin);
  }

  /** The name of the Java type both plugins bind. */
  public String typeName() {
    return typeName;
  }

  /** The two plugins, in plugin order. */
  public List<String> plugins() {
    return plugins;
  }
}
