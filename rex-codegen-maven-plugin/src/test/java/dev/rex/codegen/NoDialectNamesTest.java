package dev.rex.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The generator's core (every main source outside {@code dev/rex/codegen/dialect}) names no
 * database and no JDBC driver in code or string literals: what differs by database is a method of
 * {@link TargetDialect}, so a dialect added by another artifact needs no change here. Comments may
 * name a database as an example.
 */
class NoDialectNamesTest {

  private static final List<String> WORDS =
      List.of(
          "sqlite",
          "postgres",
          "pg_catalog",
          "mysql",
          "mariadb",
          "xerial",
          "zonky",
          "oracle",
          "sqlserver",
          "h2database",
          "derby",
          "db2");

  private static final Path MAIN = Path.of("src", "main", "java");
  private static final Path DIALECTS = MAIN.resolve(Path.of("dev", "rex", "codegen", "dialect"));

  @Test
  void coreCodeNamesNoDatabaseAndNoDriver() throws IOException {
    List<Path> sources;
    try (Stream<Path> files = Files.walk(MAIN)) {
      sources =
          files
              .filter(f -> f.toString().endsWith(".java") && !f.startsWith(DIALECTS))
              .sorted()
              .toList();
    }
    assertThat(sources).hasSizeGreaterThan(20);

    List<String> found = new ArrayList<>();
    for (Path source : sources) {
      String[] lines = withoutComments(Files.readString(source)).split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        String line = lines[i].toLowerCase(Locale.ROOT);
        for (String word : WORDS) {
          if (line.contains(word)) {
            found.add(MAIN.relativize(source) + ":" + (i + 1) + ": " + lines[i].trim());
          }
        }
      }
    }
    assertThat(found)
        .as("database or driver names in the generator's core; ask the TargetDialect instead")
        .isEmpty();
  }

  @Test
  void commentsAreRemovedButStringsAreKept() {
    assertThat(withoutComments("a = \"x // y\"; // sqlite\n/* mysql\n */ b = '/';\n"))
        .isEqualTo("a = \"x // y\"; \n\n b = '/';\n");
  }

  /** The source without {@code //} and block comments; literals and line breaks are kept. */
  static String withoutComments(String source) {
    StringBuilder code = new StringBuilder(source.length());
    int i = 0;
    int n = source.length();
    while (i < n) {
      char c = source.charAt(i);
      if (source.startsWith("//", i)) {
        while (i < n && source.charAt(i) != '\n') {
          i++;
        }
      } else if (source.startsWith("/*", i)) {
        int end = source.indexOf("*/", i + 2);
        end = end < 0 ? n : end + 2;
        source.substring(i, end).chars().filter(ch -> ch == '\n').forEach(ch -> code.append('\n'));
        i = end;
      } else if (c == '"' || c == '\'') {
        int end = i + 1;
        while (end < n && source.charAt(end) != c && source.charAt(end) != '\n') {
          end += source.charAt(end) == '\\' ? 2 : 1;
        }
        end = Math.min(n, end + 1);
        code.append(source, i, end);
        i = end;
      } else {
        code.append(c);
        i++;
      }
    }
    return code.toString();
  }
}
