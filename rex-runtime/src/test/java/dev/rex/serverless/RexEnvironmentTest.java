package dev.rex.serverless;

import static dev.rex.fixtures.Artist.ARTIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.ConfigurationException;
import dev.rex.PoolSettings;
import dev.rex.Rex;
import dev.rex.RexEnvironment;
import dev.rex.RexSettings;
import dev.rex.fixtures.Schema;
import dev.rex.testing.TestDatabases;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Configuration from environment variables and system properties, and its errors. */
class RexEnvironmentTest {

  private static RexEnvironment env(Map<String, String> variables) {
    return RexEnvironment.of(variables, Map.of());
  }

  @Test
  void connectsToTheUrlItNamesWithTheSettingsItNames() {
    String url = TestDatabases.newSqliteDatabase();
    TestDatabases.executeScript(url, Schema.ddl("sqlite"));
    RexEnvironment environment =
        env(Map.of("REX_URL", url, "REX_POOL_SIZE", "3", "REX_LOGGING", "off"));
    try (Rex db = environment.connect()) {
      db.insertInto(ARTIST).set(ARTIST.NAME, "Nina").execute();
      assertThat(db.fetchCount(ARTIST)).isEqualTo(1);
      assertThat(db.settings().maximumPoolSize()).isEqualTo(3);
      assertThat(db.settings().logging()).isFalse();
    }
  }

  @Test
  void readsTheReplicasAndRefusesAPartThatIsNoUrlWithoutQuotingIt() {
    RexSettings settings =
        env(Map.of("REX_REPLICAS", "jdbc:postgresql://r1/app, jdbc:postgresql://r2/app"))
            .settings();
    assertThat(settings.replicas().urls())
        .containsExactly("jdbc:postgresql://r1/app", "jdbc:postgresql://r2/app");

    assertThatThrownBy(
            () ->
                env(Map.of("REX_REPLICAS", "jdbc:postgresql://r1/app,r2?password=s3cret"))
                    .settings())
        .isInstanceOf(ConfigurationException.class)
        .hasMessage(
            "REX_REPLICAS (rex.replicas) takes JDBC URLs separated by commas, but part 2 is not"
                + " one.");
  }

  @Test
  void readsEverySettingAndAPropertyWinsOverAVariable() {
    RexEnvironment environment =
        RexEnvironment.of(
            Map.ofEntries(
                Map.entry("REX_POOL_SIZE", "8"),
                Map.entry("REX_POOL_MIN_IDLE", "1"),
                Map.entry("REX_POOL_IDLE_TIMEOUT", "45s"),
                Map.entry("REX_POOL_MAX_LIFETIME", "PT10M"),
                Map.entry("REX_CONNECT_ON_START", "false"),
                Map.entry("REX_POOL_START_TIMEOUT", "15s"),
                Map.entry("REX_TRANSACTION_POOLER", "yes"),
                Map.entry("REX_CONNECTION_TIMEOUT", "1500ms"),
                Map.entry("REX_QUERY_TIMEOUT", "2m"),
                Map.entry("REX_SLOW_QUERY_THRESHOLD", "1h"),
                Map.entry("REX_STATEMENT_CACHE_SIZE", "0"),
                Map.entry("REX_PLUGIN_DISCOVERY", "0"),
                Map.entry("REX_USER", "app"),
                Map.entry("REX_PASSWORD", "s3cret")),
            Map.of("rex.pool.size", "4"));
    RexSettings settings = environment.settings();
    PoolSettings pool = settings.pool();
    assertThat(pool.startTimeout()).isEqualTo(Duration.ofSeconds(15));
    assertThat(settings.maximumPoolSize()).as("the property wins").isEqualTo(4);
    assertThat(pool.minimumIdle()).isEqualTo(1);
    assertThat(pool.idleTimeout()).isEqualTo(Duration.ofSeconds(45));
    assertThat(pool.maxLifetime()).isEqualTo(Duration.ofMinutes(10));
    assertThat(pool.connectOnStart()).isFalse();
    assertThat(pool.transactionPooler()).isTrue();
    assertThat(settings.connectionTimeout()).isEqualTo(Duration.ofMillis(1500));
    assertThat(settings.queryTimeout()).isEqualTo(Duration.ofMinutes(2));
    assertThat(settings.slowQueryThreshold()).isEqualTo(Duration.ofHours(1));
    assertThat(settings.statementCacheSize()).isZero();
    assertThat(settings.pluginDiscovery()).isFalse();
    assertThat(pool.user()).isEqualTo("app");
    assertThat(pool.password()).isEqualTo("s3cret");
    assertThat(pool.toString()).contains("user=app").doesNotContain("s3cret");
  }

  @Test
  void serverlessStartsFromTheServerlessPoolAndLaterSettingsStillApply() {
    RexSettings settings =
        env(Map.of("REX_SERVERLESS", "true", "REX_POOL_MAX_LIFETIME", "2m")).settings();
    assertThat(settings.maximumPoolSize()).isEqualTo(2);
    assertThat(settings.pool().minimumIdle()).isZero();
    assertThat(settings.pool().connectOnStart()).isFalse();
    assertThat(settings.pool().idleTimeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(settings.pool().maxLifetime()).isEqualTo(Duration.ofMinutes(2));
    assertThat(env(Map.of()).settings().pool()).isSameAs(PoolSettings.defaults());
  }

  @Test
  void aMissingUrlOrABadValueNamesTheVariableAndWhatIsExpected() {
    assertThatThrownBy(() -> env(Map.of()).url())
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("REX_URL")
        .hasMessageContaining("rex.url");
    assertThatThrownBy(() -> env(Map.of("REX_POOL_SIZE", "ten")).settings())
        .isInstanceOf(ConfigurationException.class)
        .hasMessage(
            "the environment variable REX_POOL_SIZE is 'ten': expected a whole number of at"
                + " least 1");
    assertThatThrownBy(() -> env(Map.of("REX_POOL_SIZE", "0")).settings())
        .hasMessageContaining("at least 1");
    assertThatThrownBy(() -> RexEnvironment.of(Map.of(), Map.of("rex.logging", "maybe")).settings())
        .hasMessage("the system property rex.logging is 'maybe': expected true or false");
    assertThatThrownBy(() -> env(Map.of("REX_QUERY_TIMEOUT", "soon")).settings())
        .hasMessageContaining("REX_QUERY_TIMEOUT is 'soon': expected a duration such as 30s");
    assertThatThrownBy(() -> env(Map.of("REX_POOL_IDLE_TIMEOUT", "5s")).settings())
        .hasMessageContaining("REX_POOL_IDLE_TIMEOUT is '5s'")
        .hasMessageContaining("at least 10 s");
    assertThatThrownBy(() -> env(Map.of("REX_SERVERLESS", "sure")).settings())
        .hasMessageContaining("REX_SERVERLESS is 'sure'");
    assertThatThrownBy(() -> env(Map.of("REX_POOL_MIN_IDLE", "-1")).settings())
        .hasMessageContaining("0 or more");
  }

  @Test
  void theSystemEnvironmentReadsRexPropertiesOnly() {
    System.setProperty("rex.pool.size", "5");
    try {
      assertThat(RexEnvironment.system().settings().maximumPoolSize()).isEqualTo(5);
    } finally {
      System.clearProperty("rex.pool.size");
    }
  }
}
