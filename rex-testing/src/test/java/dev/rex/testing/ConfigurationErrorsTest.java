package dev.rex.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.Rex;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bad configuration fails the class with a typed error that says what to change. */
class ConfigurationErrorsTest {

  @Test
  void unknownBackendFromTheConfigurationParameter() {
    Throwable failure = Runs.run(Map.of("rex.testing.backend", "mongodb"), Plain.class).failure();
    assertThat(failure)
        .isInstanceOf(RexTestConfigurationException.class)
        .hasMessage(
            "Unknown Rex test backend 'mongodb': use embedded, sqlite, url or testcontainers.");
  }

  @Test
  void systemPropertiesAreConfigurationParameters() {
    System.setProperty("rex.testing.backend", "cassandra");
    try {
      assertThat(Runs.run(Map.of(), Plain.class).failure())
          .isInstanceOf(RexTestConfigurationException.class)
          .hasMessageStartingWith("Unknown Rex test backend 'cassandra'");
    } finally {
      System.clearProperty("rex.testing.backend");
    }
  }

  @Test
  void backendNamesAreCaseInsensitive() {
    assertThat(Backend.named(" TestContainers ")).isEqualTo(Backend.TESTCONTAINERS);
    assertThatThrownBy(() -> Backend.named("default"))
        .isInstanceOf(RexTestConfigurationException.class);
  }

  @Test
  void missingMigrations() {
    Throwable failure = Runs.run(Map.of(), NoMigrations.class).failure();
    assertThat(failure)
        .isInstanceOf(RexTestConfigurationException.class)
        .hasMessageStartingWith("No migrations at classpath:no/such/migrations: put the Flyway");
    Throwable onDisk = Runs.run(Map.of(), NoMigrationsOnDisk.class).failure();
    assertThat(onDisk)
        .isInstanceOf(RexTestConfigurationException.class)
        .hasMessageStartingWith("No migrations at filesystem:/no/such/dir");
  }

  @Test
  void urlBackendWithoutAUrl() {
    Throwable failure = Runs.run(Map.of("rex.testing.backend", "url"), Plain.class).failure();
    assertThat(failure)
        .isInstanceOf(RexTestConfigurationException.class)
        .hasMessageContaining("needs a PostgreSQL JDBC URL")
        .hasMessageContaining("REX_TESTING_URL");
  }

  @Test
  void urlBackendOnAnotherDatabaseRedactsThePassword() {
    Throwable failure =
        Runs.run(
                Map.of(
                    "rex.testing.backend",
                    "url",
                    "rex.testing.url",
                    "jdbc:mariadb://localhost/test?user=root&password=secret"),
                Plain.class)
            .failure();
    assertThat(failure)
        .isInstanceOf(RexTestConfigurationException.class)
        .hasMessageContaining("jdbc:mariadb://localhost/test?user=root&password=***")
        .hasMessageNotContaining("secret");
  }

  @Test
  void unreachableServerNamesTheUrl() {
    Throwable failure =
        Runs.run(
                Map.of(
                    "rex.testing.backend",
                    "url",
                    "rex.testing.url",
                    "jdbc:postgresql://127.0.0.1:1/none?user=x&password=hidden"),
                Plain.class)
            .failure();
    assertThat(failure)
        .isInstanceOf(dev.rex.dsl.exception.RexException.class)
        .hasMessageContaining("create schema rex_test_")
        .hasMessageContaining("password=***")
        .hasMessageNotContaining("hidden");
  }

  @Test
  void brokenMigrationFailsTheClassAndDropsItsDatabase() {
    long before = testDatabases();
    Throwable failure = Runs.run(Map.of(), BrokenMigration.class).failure();
    assertThat(failure)
        .isInstanceOf(dev.rex.migrate.MigrationException.class)
        .hasMessageContaining("no_such_table");
    Throwable shared = Runs.run(Map.of(), BrokenSharedMigration.class).failure();
    assertThat(shared).isInstanceOf(dev.rex.migrate.MigrationException.class);
    assertThat(testDatabases()).isEqualTo(before);
  }

  private static long testDatabases() {
    try (Rex admin = Rex.connect(dev.rex.testing.impl.EmbeddedServer.adminUrl())) {
      return ((Number)
              admin.fetchValue("select count(*) from pg_database where datname like 'rex_test_%'"))
          .longValue();
    }
  }

  @Test
  void settingsClassWithoutANoArgumentConstructor() {
    assertThat(Runs.run(Map.of(), BadSettings.class).failure())
        .isInstanceOf(RexTestConfigurationException.class)
        .hasMessageStartingWith(
            "@RexTest(settings = dev.rex.testing.ConfigurationErrorsTest$NeedsAnArgument.class)"
                + " cannot be used: it needs a no-argument constructor");
  }

  static final class NeedsAnArgument implements RexTestSettings {
    private final int size;

    NeedsAnArgument(int size) {
      this.size = size;
    }

    @Override
    public dev.rex.RexSettings settings() {
      return dev.rex.RexSettings.defaults().withMaximumPoolSize(size);
    }
  }

  @RexTest(settings = NeedsAnArgument.class)
  static class BadSettings extends Plain {}

  @RexTest
  static class Plain {
    @Test
    void runs(Rex db) {
      assertThat(db).isNotNull();
    }
  }

  @RexTest(migrations = "classpath:no/such/migrations")
  static class NoMigrations extends Plain {}

  @RexTest(migrations = "filesystem:/no/such/dir")
  static class NoMigrationsOnDisk extends Plain {}

  @RexTest(migrations = "classpath:broken", isolation = TestIsolation.DATABASE_PER_CLASS)
  static class BrokenMigration extends Plain {}

  @RexTest(migrations = "classpath:broken")
  static class BrokenSharedMigration extends Plain {}
}
