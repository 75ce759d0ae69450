package dev.rex.testing.impl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rex.testing.Backend;
import dev.rex.testing.RexTestConfigurationException;
import dev.rex.testing.TestIsolation;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The optional backends name the dependency to add when it is missing: checked in a fresh JVM whose
 * class path is this one's without sqlite-jdbc and Testcontainers.
 */
class MissingDependencyTest {

  /** Asks for each optional backend's server and prints what it threw. */
  public static void main(String[] args) {
    for (Backend backend : List.of(Backend.SQLITE, Backend.TESTCONTAINERS)) {
      try {
        Servers.of(
            new TestSettings(
                backend,
                TestIsolation.ROLLBACK,
                List.of(),
                null,
                "postgres:17",
                dev.rex.RexSettings.defaults()));
        System.out.println(backend + ": no failure");
      } catch (RexTestConfigurationException e) {
        System.out.println(backend + ": " + e.getMessage());
      }
    }
  }

  @Test
  void sqliteAndTestcontainersNameTheirCoordinates() throws Exception {
    String classPath =
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
            .filter(entry -> !entry.contains("sqlite-jdbc") && !entry.contains("testcontainers"))
            .collect(Collectors.joining(File.pathSeparator));
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                classPath,
                MissingDependencyTest.class.getName())
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(output)
        .contains(
            "SQLITE: The sqlite backend needs the SQLite JDBC driver: add the test dependency"
                + " org.xerial:sqlite-jdbc.")
        .contains(
            "TESTCONTAINERS: The testcontainers backend needs the test dependency"
                + " org.testcontainers:postgresql (1.21.4 is the version Rex is tested with).");
  }
}
