package dev.rex.contract;

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
 * rex-runtime's main code names no database and no JDBC driver: everything that differs by database
 * is a method of {@code dev.rex.dsl.spi.Dialect}, so a dialect added by a plugin needs no change
 * here. The rule is checked on the source text with comments removed: code and string literals may
 * not contain any of the words below, in any case; comments and Javadoc may name a database as an
 * example.
 */
class NoDialectNamesTest {

  /** Database names, driver vendors and driver packages. */
  private static final List<String> WORDS =
      List.of(
          "sqlite",
          "postgres",
          "pgjdbc",
          "mysql",
          "mariadb",
          "xerial",
          "oracle",
          "sqlserver",
          "mssql",
          "hsqldb",
          "h2database",
          "derby",
          "db2");

  private static final Path MAIN = Path.of("src", "main", "java");

  @Test
  void mainCodeNamesNoDatabaseAndNoDriver() throws IOException {
    List<Path> sources;
    try (Stream<Path> files = Files.walk(MAIN)) {
      sources = files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    }
    assertThat(sources)
        .as("rex-runtime's main sources under %s", MAIN.toAbsolutePath())
        .isNotEmpty();

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
        .as("database or driver names in rex-runtime's main code; ask the Dialect instead")
        .isEmpty();
  }

  @Test
  void commentsAreRemovedButStringsAndLinesAreKept() {
    String source =
        "a = \"x // y\"; // postgres\n"
            + "/* sqlite\n * more */ b = '\\''; c = \"/* z */\";\n"
            + "d = \"\"\"\n  mysql \"\" \\\" \"\"\" // end\n";

    assertThat(withoutComments(source))
        .isEqualTo(
            "a = \"x // y\"; \n\n b = '\\''; c = \"/* z */\";\nd = \"\"\"\n  mysql \"\" \\\" \"\"\" \n");
  }

  /**
   * The source with {@code //} and {@code /* … *}{@code /} comments removed; string, text-block and
   * character literals are kept, and so is every line break, so that line numbers still match.
   */
  static String withoutComments(String source) {
    StringBuilder code = new StringBuilder(source.length());
    int i = 0;
    int n = source.length();
    while (i < n) {
      char c = source.charAt(i);
      if (c == '/' && i + 1 < n && source.charAt(i + 1) == '/') {
        while (i < n && source.charAt(i) != '\n') {
          i++;
        }
      } else if (c == '/' && i + 1 < n && source.charAt(i + 1) == '*') {
        int end = source.indexOf("*/", i + 2);
        end = end < 0 ? n : end + 2;
        source.substring(i, end).chars().filter(ch -> ch == '\n').forEach(ch -> code.append('\n'));
        i = end;
      } else if (source.startsWith("\"\"\"", i)) {
        int end = i + 3;
        while (end < n && !source.startsWith("\"\"\"", end)) {
          end += source.charAt(end) == '\\' ? 2 : 1;
        }
        end = Math.min(n, end + 3);
        code.append(source, i, end);
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
