package dev.rex.codegen.maven;

import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.jspecify.annotations.Nullable;

/**
 * The dialect a project's build configures for the Rex plugin, so that a goal run from the command
 * line ({@code mvn rex:new}) uses the database {@code rex:generate} uses without being told: the
 * {@code <dialect>} of the plugin's configuration or of any of its executions.
 */
final class ConfiguredDialect {

  private ConfiguredDialect() {}

  /**
   * The dialect named on the command line, else the one the build configures, else null (the
   * default dialect).
   *
   * @throws MojoFailureException when the build configures several and none was named
   */
  static @Nullable String of(@Nullable String named, @Nullable MavenProject project, String goal)
      throws MojoFailureException {
    if (named != null && !named.isBlank()) {
      return named;
    }
    Set<String> configured = new LinkedHashSet<>();
    if (project != null) {
      for (Plugin plugin : project.getBuildPlugins()) {
        if ("dev.rex".equals(plugin.getGroupId())
            && "rex-codegen-maven-plugin".equals(plugin.getArtifactId())) {
          add(configured, plugin.getConfiguration());
          for (PluginExecution execution : plugin.getExecutions()) {
            add(configured, execution.getConfiguration());
          }
        }
      }
    }
    if (configured.size() > 1) {
      throw new MojoFailureException(
          "The build configures the Rex plugin for several dialects ("
              + String.join(", ", configured)
              + "); choose one: mvn rex:"
              + goal
              + " -Drex.dialect="
              + configured.iterator().next()
              + ".");
    }
    return configured.isEmpty() ? null : configured.iterator().next();
  }

  private static void add(Set<String> dialects, @Nullable Object configuration) {
    if (configuration instanceof Xpp3Dom dom) {
      Xpp3Dom dialect = dom.getChild("dialect");
      if (dialect != null && dialect.getValue() != null && !dialect.getValue().isBlank()) {
        dialects.add(dialect.getValue().strip());
      }
    }
  }
}
