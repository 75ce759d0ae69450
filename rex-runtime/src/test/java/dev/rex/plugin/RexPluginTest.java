package dev.rex.plugin;

import static dev.rex.fixtures.Artist.ARTIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.Rex;
import dev.rex.RexSettings;
import dev.rex.dsl.DataType;
import dev.rex.dsl.spi.Binding;
import dev.rex.dsl.spi.Dialect;
import dev.rex.fixtures.Schema;
import dev.rex.listener.ExecuteListener;
import dev.rex.testing.TestDatabases;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plugins: their order, what they contribute, their lifecycle, discovery and their failures. */
class RexPluginTest {

  private final String url = TestDatabases.newSqliteDatabase();
  private final List<String> events = new CopyOnWriteArrayList<>();

  /** A plugin that records its lifecycle and counts the statements of the Rex it configured. */
  private final class Recording implements RexPlugin {
    final String name;
    final int order;
    final AtomicInteger statements = new AtomicInteger();

    Recording(String name, int order) {
      this.name = name;
      this.order = order;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public int order() {
      return order;
    }

    @Override
    public RexSettings configure(RexSettings settings) {
      events.add("configure " + name);
      return settings.withListener(ExecuteListener.onExecuteEnd(c -> statements.incrementAndGet()));
    }

    @Override
    public void start(Rex db) {
      events.add("start " + name);
    }

    @Override
    public void close(Rex db) {
      events.add("close " + name);
    }
  }

  @Test
  void pluginsRunByOrderThenNameAndCloseInReverse() {
    TestDatabases.executeScript(url, Schema.ddl("sqlite"));
    Recording metrics = new Recording("metrics", 10);
    Recording audit = new Recording("audit", 10);
    Recording first = new Recording("zz-first", -5);
    RexSettings settings =
        RexSettings.defaults().withPlugin(metrics).withPlugin(audit).withPlugin(first);
    try (Rex db = Rex.connect(url, settings)) {
      db.insertInto(ARTIST).set(ARTIST.NAME, "Nina").execute();
      assertThat(db.fetchCount(ARTIST)).isEqualTo(1);
      assertThat(metrics.statements).hasValue(2);
      assertThat(audit.statements).hasValue(2);
      assertThat(db.settings().listeners()).hasSize(3);
    }
    assertThat(events)
        .containsExactly(
            "configure zz-first",
            "configure audit",
            "configure metrics",
            "start zz-first",
            "start audit",
            "start metrics",
            "close metrics",
            "close audit",
            "close zz-first");
  }

  @Test
  void aPluginDialectIsTriedBeforeTheInstalledOnes() {
    TestDatabases.executeScript(url, Schema.ddl("sqlite"));
    Dialect sqlite = dev.rex.dsl.dialect.SqliteDialect.INSTANCE;
    Dialect own =
        new Dialect() {
          @Override
          public String name() {
            return "sqlite-by-plugin";
          }

          @Override
          public boolean acceptsUrl(String jdbcUrl) {
            return sqlite.acceptsUrl(jdbcUrl);
          }

          @Override
          public <T> Binding<T> binding(DataType<T> type) {
            return sqlite.binding(type);
          }
        };
    RexPlugin plugin =
        new RexPlugin() {
          @Override
          public String name() {
            return "dialect";
          }

          @Override
          public List<Dialect> dialects() {
            return List.of(own);
          }
        };
    try (Rex db = Rex.connect(url, RexSettings.defaults().withPlugin(plugin))) {
      assertThat(db.dialect().name()).isEqualTo("sqlite-by-plugin");
      db.insertInto(ARTIST).set(ARTIST.NAME, "Nina").execute();
      assertThat(db.fetchCount(ARTIST)).isEqualTo(1);
    }
    try (Rex db = Rex.using(dataSource(), RexSettings.defaults().withPlugin(plugin))) {
      assertThat(db.dialect().name()).isEqualTo("sqlite-by-plugin");
    }
  }

  private javax.sql.DataSource dataSource() {
    org.sqlite.SQLiteDataSource dataSource = new org.sqlite.SQLiteDataSource();
    dataSource.setUrl(url);
    return dataSource;
  }

  @Test
  void aPluginThatFailsToStartStopsTheStartAndTheStartedOnesClose() {
    Recording started = new Recording("a-started", 0);
    RexPlugin failing =
        new RexPlugin() {
          @Override
          public String name() {
            return "b-broken";
          }

          @Override
          public void start(Rex db) {
            throw new IllegalStateException("no licence key");
          }
        };
    RexSettings settings = RexSettings.defaults().withPlugin(started).withPlugin(failing);
    assertThatThrownBy(() -> Rex.connect(url, settings))
        .isInstanceOf(PluginException.class)
        .hasMessage("The plugin 'b-broken' failed to start: no licence key");
    assertThat(events).containsExactly("configure a-started", "start a-started", "close a-started");
  }

  @Test
  void aPluginThatFailsToConfigureOrHasNoNameIsNamedInTheError() {
    RexPlugin failing =
        new RexPlugin() {
          @Override
          public String name() {
            return "strict";
          }

          @Override
          public RexSettings configure(RexSettings settings) {
            return settings.withMaximumPoolSize(0);
          }
        };
    assertThatThrownBy(() -> Rex.connect(url, RexSettings.defaults().withPlugin(failing)))
        .isInstanceOf(PluginException.class)
        .hasMessageContaining("'strict' failed to configure Rex")
        .hasMessageContaining("at least one connection");
    RexPlugin nameless = () -> " ";
    assertThatThrownBy(() -> Rex.connect(url, RexSettings.defaults().withPlugin(nameless)))
        .isInstanceOf(PluginException.class)
        .hasMessageContaining("has no name()");
  }

  @Test
  void pluginsOnTheClassPathAreFoundUnlessDiscoveryIsOff(@TempDir Path dir) throws IOException {
    Path services = dir.resolve("META-INF/services/" + RexPlugin.class.getName());
    Files.createDirectories(services.getParent());
    Files.writeString(services, DiscoveredPlugin.class.getName() + "\n");
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, previous)) {
      thread.setContextClassLoader(loader);
      DiscoveredPlugin.STARTS.set(0);
      try (Rex db = Rex.connect(url)) {
        assertThat(DiscoveredPlugin.STARTS).hasValue(1);
        assertThat(db.settings().listeners()).hasSize(1);
      }
      try (Rex db = Rex.connect(url, RexSettings.defaults().withPluginDiscovery(false))) {
        assertThat(DiscoveredPlugin.STARTS).hasValue(1);
        assertThat(db.settings().listeners()).isEmpty();
      }
      Recording replacement = new Recording("discovered", 0);
      try (Rex db = Rex.connect(url, RexSettings.defaults().withPlugin(replacement))) {
        assertThat(DiscoveredPlugin.STARTS).as("replaced by name").hasValue(1);
        assertThat(events).contains("start discovered");
      }
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  /** Found through the service file the test writes. */
  public static final class DiscoveredPlugin implements RexPlugin {
    static final AtomicInteger STARTS = new AtomicInteger();

    @Override
    public String name() {
      return "discovered";
    }

    @Override
    public RexSettings configure(RexSettings settings) {
      return settings.withListener(ExecuteListener.onExecuteEnd(c -> {}));
    }

    @Override
    public void start(Rex db) {
      STARTS.incrementAndGet();
    }
  }
}
