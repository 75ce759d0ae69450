package dev.rex.codegen.maven;

import dev.rex.codegen.PomEditor;
import dev.rex.codegen.RexPlugins;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.jspecify.annotations.Nullable;

/**
 * {@code mvn rex:add-plugin -Drex.plugins=mysql}: adds each named Rex plugin to the project's
 * {@code pom.xml} as a dependency and, when the pom declares the Rex Maven plugin, to that plugin's
 * dependencies too, so that both the application and {@code rex:generate} find it. The pom keeps
 * its formatting; a plugin already there is not added again.
 */
@Mojo(name = "add-plugin", threadSafe = true)
public class AddPluginMojo extends AbstractMojo {

  /** The plugins to add, comma-separated: {@code mysql}. */
  @Parameter(property = "rex.plugins")
  @Nullable List<String> plugins;

  /** The pom to edit. */
  @Parameter(defaultValue = "${project.file}", readonly = true)
  @Nullable File pom;

  /** The version the plugins are added in: this plugin's own. */
  @Parameter(defaultValue = "${plugin.version}", readonly = true)
  @Nullable String version;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    List<String> names =
        GeneratorMojo.orEmpty(plugins).stream()
            .map(String::strip)
            .filter(n -> !n.isEmpty())
            .toList();
    if (names.isEmpty() || pom == null || version == null) {
      throw new MojoExecutionException(
          "rex:add-plugin needs the plugins to add: -Drex.plugins=NAME; known plugins: "
              + String.join(", ", RexPlugins.names())
              + ".");
    }
    Path file = pom.toPath();
    try {
      String original = Files.readString(file, StandardCharsets.UTF_8);
      String edited = original;
      for (String name : names) {
        PomEditor.Coordinates coordinates = RexPlugins.coordinates(name, version);
        String before = edited;
        edited = PomEditor.addDependency(edited, coordinates);
        for (PomEditor.Coordinates extra : RexPlugins.generatorDependencies(name)) {
          edited = PomEditor.addPluginDependency(edited, extra);
        }
        getLog()
            .info(
                before.equals(edited)
                    ? coordinates.groupId()
                        + ":"
                        + coordinates.artifactId()
                        + " is already in "
                        + file
                        + "."
                    : "Added "
                        + coordinates.groupId()
                        + ":"
                        + coordinates.artifactId()
                        + ":"
                        + version
                        + " to "
                        + file
                        + ".");
      }
      if (!edited.equals(original)) {
        Files.writeString(file, edited, StandardCharsets.UTF_8);
      }
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException("rex:add-plugin failed: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new MojoExecutionException("rex:add-plugin failed: " + e.getMessage(), e);
    }
  }
}
