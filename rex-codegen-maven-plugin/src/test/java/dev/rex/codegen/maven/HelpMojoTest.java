package dev.rex.codegen.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rex.codegen.maven.help.HelpMojo;
import java.lang.reflect.Field;
import org.junit.jupiter.api.Test;

/** {@code mvn rex:help}: maven-plugin-plugin's help goal lists every goal and its parameters. */
class HelpMojoTest {

  @Test
  void listsEveryGoalAndWithDetailTheirParameters() throws Exception {
    RecordingMavenLog log = new RecordingMavenLog();
    HelpMojo help = new HelpMojo();
    help.setLog(log);
    set(help, "detail", true);
    set(help, "lineLength", 120);
    set(help, "indentSize", 2);
    help.execute();

    String text = String.join("\n", log.infos);
    for (String goal :
        new String[] {
          "add-plugin",
          "baseline",
          "generate",
          "graphql",
          "help",
          "info",
          "migrate",
          "new",
          "realtime",
          "repair",
          "subscribe",
          "undo",
          "validate"
        }) {
      assertThat(text).contains("rex:" + goal);
    }
    assertThat(text).contains("columns").contains("User property: rex.columns");
    assertThat(text).contains("User property: rex.target");
  }

  private static void set(Object target, String name, Object value) throws Exception {
    Field field = target.getClass().getDeclaredField(name);
    field.setAccessible(true);
    field.set(target, value);
  }
}
