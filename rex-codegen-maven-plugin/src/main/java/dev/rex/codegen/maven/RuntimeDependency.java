package dev.rex.codegen.maven;

import java.util.Set;
import org.apache.maven.artifact.Artifact;
import org.jspecify.annotations.Nullable;

/**
 * What {@code rex:generate} checks before it writes: that the project can compile the classes it
 * writes, which need {@code dev.rex:rex-runtime}. Without the check a newcomer's first build fails
 * later, in the compiler, with {@code package dev.rex.dsl does not exist}.
 */
final class RuntimeDependency {

  private static final Set<String> COMPILE_SCOPES = Set.of("compile", "provided", "system");

  private RuntimeDependency() {}

  /**
   * Null when {@code artifacts} (a project's resolved dependencies) put rex-runtime on the compile
   * class path, directly or through another Rex module; else the message that says what to add.
   */
  static @Nullable String missingFrom(
      Set<Artifact> artifacts, String version, @Nullable String driverArtifact) {
    for (Artifact artifact : artifacts) {
      if ("dev.rex".equals(artifact.getGroupId())
          && "rex-runtime".equals(artifact.getArtifactId())
          && (artifact.getScope() == null || COMPILE_SCOPES.contains(artifact.getScope()))) {
        return null;
      }
    }
    return "The classes rex:generate writes need dev.rex:rex-runtime on the compile class path,"
        + " and this project does not depend on it. Add to <dependencies>:\n"
        + "    <dependency>\n"
        + "      <groupId>dev.rex</groupId>\n"
        + "      <artifactId>rex-runtime</artifactId>\n"
        + "      <version>"
        + version
        + "</version>\n"
        + "    </dependency>\n"
        + "with the JDBC driver of your database"
        + (driverArtifact == null ? "" : " (" + driverArtifact + ")")
        + ", and dev.rex:rex-migrate to migrate at start-up. docs/getting-started.md lists every"
        + " dependency.";
  }
}
