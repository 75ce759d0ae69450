package dev.rex.testing.impl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rex.RexSettings;
import dev.rex.testing.Backend;
import dev.rex.testing.RexTest;
import dev.rex.testing.TestIsolation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Attributes win; then configuration parameters; then environment variables; then defaults. */
class TestSettingsTest {

  @RexTest
  static class Defaults {}

  @RexTest(
      backend = Backend.URL,
      url = "jdbc:postgresql://db/app",
      image = "postgres:16",
      isolation = TestIsolation.DATABASE_PER_CLASS,
      migrations = {"classpath:a", "classpath:b"})
  static class Explicit {}

  private static RexTest of(Class<?> type) {
    return type.getAnnotation(RexTest.class);
  }

  @Test
  void defaultsAreEmbeddedRollbackAndTheOfficialImage() {
    TestSettings settings = TestSettings.of(of(Defaults.class), name -> null, name -> null);
    assertThat(settings)
        .isEqualTo(
            new TestSettings(
                Backend.EMBEDDED,
                TestIsolation.ROLLBACK,
                List.of("classpath:db/migration"),
                null,
                "postgres:17",
                RexSettings.defaults()));
  }

  @Test
  void environmentVariablesFillWhatParametersLeaveUnset() {
    Map<String, String> environment =
        Map.of(
            "REX_TESTING_BACKEND", "url",
            "REX_TESTING_URL", "jdbc:postgresql://env/db",
            "REX_TESTING_IMAGE", "rex-local/postgres:15");
    TestSettings settings =
        TestSettings.of(
            of(Defaults.class),
            name -> name.equals("rex.testing.url") ? "jdbc:postgresql://param/db" : " ",
            environment::get);
    assertThat(settings.backend()).isEqualTo(Backend.URL);
    assertThat(settings.url()).isEqualTo("jdbc:postgresql://param/db");
    assertThat(settings.image()).isEqualTo("rex-local/postgres:15");
  }

  @Test
  void attributesWin() {
    TestSettings settings =
        TestSettings.of(of(Explicit.class), name -> "sqlite", name -> "jdbc:postgresql://other/db");
    assertThat(settings)
        .isEqualTo(
            new TestSettings(
                Backend.URL,
                TestIsolation.DATABASE_PER_CLASS,
                List.of("classpath:a", "classpath:b"),
                "jdbc:postgresql://db/app",
                "postgres:16",
                RexSettings.defaults()));
  }

  @Test
  void urlsAreRewrittenForDatabasesAndSchemas() {
    assertThat(Urls.withDatabase("jdbc:postgresql://h:5/test?user=root", "x"))
        .isEqualTo("jdbc:postgresql://h:5/x?user=root");
    assertThat(Urls.withDatabase("jdbc:postgresql://h:5?user=root", "x"))
        .isEqualTo("jdbc:postgresql://h:5/x?user=root");
    assertThat(Urls.withDatabase("jdbc:postgresql://h:5", "x"))
        .isEqualTo("jdbc:postgresql://h:5/x");
    assertThat(Urls.withParameter("jdbc:postgresql://h/d", "currentSchema", "s"))
        .isEqualTo("jdbc:postgresql://h/d?currentSchema=s");
    assertThat(PostgresServer.Names.last("jdbc:postgresql://h/d?currentSchema=rex_test_1&a=b"))
        .isEqualTo("rex_test_1");
    assertThat(PostgresServer.Names.last("jdbc:postgresql://h/rex_test_2?user=u"))
        .isEqualTo("rex_test_2");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> PostgresServer.Names.last("jdbc:postgresql://h/production"))
        .hasMessage("Refusing to drop production: Rex's tests did not create it.");
  }
}
