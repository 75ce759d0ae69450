package dev.rex.coldstart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rex.testing.TestDatabases;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Cold start: a fresh JVM that runs {@link FirstQuery} (connect with the defaults, one typed query)
 * logs the classes it loads, and the classes that the first row does not need are not among them.
 * Each assertion names a class that used to be loaded: Caffeine (the result cache builds it on
 * first use), the bindings of types the query does not read (one small class per type), the other
 * dialect's bindings, the step interfaces of INSERT, UPDATE, DELETE and WITH, the exceptions of
 * rarely taken paths (the verifier loaded them with the classes that throw them), and the lambdas
 * that connect used to spin up. It fails when any of them comes back.
 */
class FirstQueryClassesTest {

  private static final String LOADED = "[class,load] ";

  private static final String ARTIST =
      "create table artist (artist_id integer primary key, name varchar(120) not null)";

  @Test
  void onSqliteTheFirstRowLoadsOnlyWhatItUses() throws Exception {
    String url = TestDatabases.newSqliteDatabase();
    TestDatabases.execute(url, ARTIST);
    TestDatabases.execute(url, "insert into artist values (1, 'AC/DC')");

    List<String> loaded = loadedClasses(url);

    assertThat(loaded)
        .as("the run logged its classes")
        .contains(
            "dev.rex.dsl.dialect.SqliteDialect",
            "dev.rex.dsl.dialect.SqliteBindings$Integers",
            "dev.rex.dsl.dialect.Scalars$Strings");
    assertCommonCuts(loaded);
    assertThat(loaded)
        .doesNotContain(
            "dev.rex.dsl.dialect.SqliteBindings",
            "dev.rex.dsl.dialect.SqliteBindings$Decimals",
            "dev.rex.dsl.dialect.SqliteBindings$Doubles",
            "dev.rex.dsl.dialect.SqliteTimeBindings");
    assertThat(loaded).noneMatch(name -> name.startsWith("dev.rex.dsl.dialect.PostgresBindings"));
  }

  @Test
  void onPostgresTheFirstRowLoadsOnlyWhatItUses() throws Exception {
    String url = TestDatabases.newPostgresDatabase();
    try {
      TestDatabases.execute(url, ARTIST);
      TestDatabases.execute(url, "insert into artist values (1, 'AC/DC')");

      List<String> loaded = loadedClasses(url);

      assertThat(loaded)
          .as("the run logged its classes")
          .contains(
              "dev.rex.dsl.dialect.PostgresDialect",
              "dev.rex.dsl.dialect.Scalars$Integers",
              "dev.rex.dsl.dialect.PostgresBindings$Strings");
      assertCommonCuts(loaded);
      assertThat(loaded)
          .doesNotContain(
              "dev.rex.dsl.dialect.PostgresBindings", "dev.rex.dsl.dialect.SqliteTimeBindings");
      assertThat(loaded).noneMatch(name -> name.startsWith("dev.rex.dsl.dialect.SqliteBindings"));
    } finally {
      TestDatabases.dropPostgresDatabase(url);
    }
  }

  private static void assertCommonCuts(List<String> loaded) {
    assertThat(loaded)
        .as("classes the first row does not need")
        .doesNotContain(
            "dev.rex.dsl.dialect.Scalars$Shorts",
            "dev.rex.dsl.dialect.Scalars$Decimals",
            "dev.rex.dsl.dialect.Scalars$Bytes",
            "dev.rex.dsl.dialect.Scalars$Objects",
            "dev.rex.dsl.Insert",
            "dev.rex.dsl.UpdateSetFirstStep",
            "dev.rex.dsl.DeleteWhereStep",
            "dev.rex.dsl.WithStep",
            "dev.rex.dsl.CaseWhenStep",
            "dev.rex.dsl.exception.DetachedException",
            "dev.rex.dsl.exception.TooManyRowsException",
            "dev.rex.dsl.exception.NoDataFoundException");
    for (String prefix :
        List.of(
            "com.github.benmanes.caffeine.",
            "dev.rex.dsl.dialect.StandardBindings",
            "dev.rex.Plugins$$Lambda",
            "dev.rex.PoolFactory$$Lambda",
            "dev.rex.dsl.spi.Dialects$Loaded$$Lambda",
            "dev.rex.dsl.impl.ImplicitJoins$$Lambda",
            "dev.rex.dsl.impl.SelectModel$$Lambda")) {
      assertThat(loaded).as("no class starting " + prefix).noneMatch(n -> n.startsWith(prefix));
    }
  }

  /**
   * The names of the classes {@link FirstQuery} loads on {@code url} in a fresh JVM, read from its
   * {@code -Xlog:class+load} log.
   */
  private static List<String> loadedClasses(String url) throws Exception {
    Path log = Files.createTempFile("rex-first-query-", ".log");
    try {
      List<String> command =
          List.of(
              Path.of(System.getProperty("java.home"), "bin", "java").toString(),
              "-Xshare:auto",
              "-Xlog:class+load=info:file=" + log,
              "-cp",
              System.getProperty("java.class.path"),
              FirstQuery.class.getName(),
              url);
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
      assertThat(process.exitValue()).as(output).isZero();
      assertThat(output).contains("name=AC/DC");
      List<String> names = new ArrayList<>();
      for (String line : Files.readAllLines(log)) {
        int start = line.indexOf(LOADED);
        int end = line.indexOf(" source:");
        if (start >= 0 && end > start) {
          names.add(line.substring(start + LOADED.length(), end));
        }
      }
      return names;
    } finally {
      Files.deleteIfExists(log);
    }
  }
}
