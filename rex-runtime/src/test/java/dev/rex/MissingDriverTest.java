package dev.rex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.dsl.DataType;
import dev.rex.dsl.dialect.PostgresDialect;
import dev.rex.dsl.dialect.SqliteDialect;
import dev.rex.dsl.exception.ConnectionException;
import dev.rex.dsl.spi.Binding;
import dev.rex.dsl.spi.Dialect;
import dev.rex.plugin.RexPlugin;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** A URL that no JDBC driver on the class path accepts gets an error naming what to add. */
class MissingDriverTest {

  @Test
  void theErrorNamesTheDriverArtifactOfTheDialect() {
    RexSettings settings = RexSettings.defaults().withPlugin(plugin("com.example:acme-jdbc"));

    assertThatThrownBy(() -> Rex.connect("jdbc:acme://db.example/shop", settings))
        .isInstanceOf(ConnectionException.class)
        .hasMessage(
            "Could not connect to jdbc:acme://db.example/shop: no JDBC driver on the class path"
                + " accepts this URL; add the dependency com.example:acme-jdbc (the acme JDBC"
                + " driver).");
  }

  @Test
  void aDialectThatNamesNoArtifactStillSaysADriverIsMissing() {
    RexSettings settings = RexSettings.serverless().withPlugin(plugin(null));

    assertThatThrownBy(() -> Rex.connect("jdbc:acme:memory", settings))
        .isInstanceOf(ConnectionException.class)
        .hasMessageEndingWith(
            "no JDBC driver on the class path accepts this URL; add the driver of the acme"
                + " database to the dependencies.");
  }

  @Test
  void aFailureWithADriverPresentKeepsTheDriversOwnMessage() {
    String nowhere = "jdbc:postgresql://127.0.0.1:1/nowhere?user=root&connectTimeout=2";

    assertThatThrownBy(() -> Rex.connect(nowhere))
        .isInstanceOf(ConnectionException.class)
        .hasMessageContaining("Could not connect")
        .hasMessageNotContaining("no JDBC driver");
  }

  @Test
  void theBuiltInDialectsNameTheirDrivers() {
    assertThat(PostgresDialect.INSTANCE.driverArtifact()).isEqualTo("org.postgresql:postgresql");
    assertThat(SqliteDialect.INSTANCE.driverArtifact()).isEqualTo("org.xerial:sqlite-jdbc");
  }

  private static RexPlugin plugin(@Nullable String artifact) {
    Dialect acme = new AcmeDialect(artifact);
    return new RexPlugin() {
      @Override
      public String name() {
        return "acme";
      }

      @Override
      public List<Dialect> dialects() {
        return List.of(acme);
      }
    };
  }

  /** A dialect whose driver is nowhere: SQLite's bindings under another URL prefix. */
  private record AcmeDialect(@Nullable String artifact) implements Dialect {
    @Override
    public String name() {
      return "acme";
    }

    @Override
    public boolean acceptsUrl(String jdbcUrl) {
      return jdbcUrl.startsWith("jdbc:acme:");
    }

    @Override
    public <T> Binding<T> binding(DataType<T> type) {
      return SqliteDialect.INSTANCE.binding(type);
    }

    @Override
    public @Nullable String driverArtifact() {
      return artifact;
    }
  }
}
