package dev.rex.codegen.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The descriptor Maven reads: goal prefix {@code rex}, goals and the default phase. */
class PluginDescriptorTest {

  @Test
  void declaresTheRexPrefixAndEveryGoal() throws Exception {
    String descriptor;
    try (InputStream in = getClass().getResourceAsStream("/META-INF/maven/plugin.xml")) {
      assertThat(in).isNotNull();
      descriptor = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    assertThat(descriptor)
        .contains("<goalPrefix>rex</goalPrefix>")
        .contains("<goal>migrate</goal>")
        .contains("<goal>generate</goal>")
        .contains("<goal>info</goal>")
        .contains("<goal>validate</goal>")
        .contains("<goal>undo</goal>")
        .contains("<goal>new</goal>")
        .contains("<goal>repair</goal>")
        .contains("<goal>baseline</goal>")
        .contains("<goal>graphql</goal>")
        .contains("<goal>realtime</goal>")
        .contains("<goal>subscribe</goal>")
        .contains("<goal>add-plugin</goal>")
        .contains("<goal>help</goal>")
        .contains("<requiresDependencyResolution>runtime</requiresDependencyResolution>")
        .contains("<implementation>dev.rex.codegen.maven.GraphqlMojo</implementation>")
        .contains("<phase>generate-sources</phase>")
        .contains("<implementation>dev.rex.codegen.maven.GenerateMojo</implementation>");
  }
}
