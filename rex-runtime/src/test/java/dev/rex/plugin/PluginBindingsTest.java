package dev.rex.plugin;

import static dev.rex.fixtures.Release.RELEASE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.Rex;
import dev.rex.RexSettings;
import dev.rex.dsl.Record2;
import dev.rex.dsl.spi.Binding;
import dev.rex.fixtures.Release;
import dev.rex.fixtures.ReleaseRecord;
import dev.rex.testing.Pools;
import dev.rex.testing.TestDatabases;
import java.net.URI;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Year;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bindings for Java types that no dialect binds, contributed by plugins and by the application, on
 * SQLite and PostgreSQL: written and read through the DSL, records, streams and transactions; the
 * application's binding first, then a plugin's, then the dialect's; two plugins for one type fail.
 */
class PluginBindingsTest {

  /** {@link Year} as its number, in an integer column. */
  static final Binding<Year> YEAR_AS_NUMBER =
      new Binding<>() {
        @Override
        public void set(PreparedStatement statement, int index, @Nullable Year value)
            throws SQLException {
          if (value == null) {
            statement.setNull(index, Types.INTEGER);
          } else {
            statement.setInt(index, value.getValue());
          }
        }

        @Override
        public @Nullable Year get(ResultSet resultSet, int index) throws SQLException {
          int year = resultSet.getInt(index);
          return resultSet.wasNull() ? null : Year.of(year);
        }
      };

  /** {@link URI} as its text, counting the values it moves. */
  static final class UriAsText implements Binding<URI> {
    final AtomicInteger calls = new AtomicInteger();

    @Override
    public void set(PreparedStatement statement, int index, @Nullable URI value)
        throws SQLException {
      calls.incrementAndGet();
      statement.setString(index, value == null ? null : value.toString());
    }

    @Override
    public @Nullable URI get(ResultSet resultSet, int index) throws SQLException {
      calls.incrementAndGet();
      String text = resultSet.getString(index);
      return text == null ? null : URI.create(text);
    }
  }

  /** A plugin that only brings bindings. */
  record BindingPlugin(String name, List<TypeBinding<?>> bindings) implements RexPlugin {}

  private static String newDatabase(String dialect) {
    String url =
        dialect.equals("postgres")
            ? TestDatabases.newPostgresDatabase()
            : TestDatabases.newSqliteDatabase();
    TestDatabases.execute(url, Release.ddl(dialect));
    return url;
  }

  private static void drop(String dialect, String url) {
    if (dialect.equals("postgres")) {
      TestDatabases.dropPostgresDatabase(url);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgres"})
  void aPluginsBindingsWriteAndReadThroughTheDslAndRecords(String dialect) {
    String url = newDatabase(dialect);
    UriAsText uris = new UriAsText();
    RexPlugin values =
        new BindingPlugin(
            "values",
            List.of(TypeBinding.of(Year.class, YEAR_AS_NUMBER), TypeBinding.of(URI.class, uris)));
    URI homepage = URI.create("https://example.com/kind-of-blue?take=2#side-a");
    try (Rex db =
        Rex.connect(url, RexSettings.defaults().withPluginDiscovery(false).withPlugin(values))) {
      db.insertInto(RELEASE)
          .set(RELEASE.TITLE, "Kind of Blue")
          .set(RELEASE.YEAR, Year.of(1959))
          .set(RELEASE.HOMEPAGE, homepage)
          .execute();

      Object stored = db.fetchValue("select year from release where title = 'Kind of Blue'");
      assertThat(((Number) stored).intValue()).isEqualTo(1959);
      Record2<Year, URI> row =
          db.select(RELEASE.YEAR, RELEASE.HOMEPAGE)
              .from(RELEASE)
              .where(RELEASE.YEAR.eq(Year.of(1959)))
              .fetchSingle();
      assertThat(row.value1()).isEqualTo(Year.of(1959));
      assertThat(row.value2()).isEqualTo(homepage);

      ReleaseRecord record =
          db.newRecord(RELEASE).setTitle("A Love Supreme").setYear(Year.of(1965)).setHomepage(null);
      record.store();
      record.setYear(Year.of(1964));
      record.store();
      ReleaseRecord back = db.fetchById(RELEASE, record.getId()).orElseThrow();
      assertThat(back.getYear()).isEqualTo(Year.of(1964));
      assertThat(back.getHomepage()).isNull();

      db.transaction(
          tx ->
              tx.insertInto(RELEASE)
                  .set(RELEASE.TITLE, "Blue Train")
                  .set(RELEASE.YEAR, Year.of(1957))
                  .set(RELEASE.HOMEPAGE, URI.create("urn:isbn:0451450523"))
                  .execute());
      try (Stream<ReleaseRecord> all = db.selectFrom(RELEASE).orderBy(RELEASE.YEAR).stream()) {
        assertThat(all.map(ReleaseRecord::getYear))
            .containsExactly(Year.of(1957), Year.of(1959), Year.of(1964));
      }
      assertThat(db.fetch(RELEASE, RELEASE.YEAR.gt(Year.of(1958))))
          .extracting(ReleaseRecord::getHomepage)
          .containsExactlyInAnyOrder(homepage, null);
      assertThat(uris.calls).hasPositiveValue();
      assertThat(db.settings().bindings())
          .containsEntry(Year.class, YEAR_AS_NUMBER)
          .containsEntry(URI.class, uris);
      Pools.assertNoActiveConnections(db);
    } finally {
      drop(dialect, url);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgres"})
  void theApplicationsBindingWinsOverEveryPlugins(String dialect) {
    String url = newDatabase(dialect);
    UriAsText own = new UriAsText();
    UriAsText listed = new UriAsText();
    UriAsText configured = new UriAsText();
    RexPlugin lister =
        new BindingPlugin(
            "lister",
            List.of(TypeBinding.of(URI.class, listed), TypeBinding.of(Year.class, YEAR_AS_NUMBER)));
    RexPlugin configurer =
        new RexPlugin() {
          @Override
          public String name() {
            return "configurer";
          }

          @Override
          public RexSettings configure(RexSettings settings) {
            return settings.withBinding(URI.class, configured);
          }
        };
    RexSettings settings =
        RexSettings.defaults()
            .withPluginDiscovery(false)
            .withPlugin(lister)
            .withPlugin(configurer)
            .withBinding(URI.class, own);
    try (Rex db = Rex.connect(url, settings)) {
      URI homepage = URI.create("https://example.com/giant-steps");
      db.insertInto(RELEASE)
          .set(RELEASE.TITLE, "Giant Steps")
          .set(RELEASE.YEAR, Year.of(1960))
          .set(RELEASE.HOMEPAGE, homepage)
          .execute();

      assertThat(db.selectFrom(RELEASE).fetchSingle().getHomepage()).isEqualTo(homepage);
      assertThat(db.selectFrom(RELEASE).fetchSingle().getYear()).isEqualTo(Year.of(1960));
      assertThat(own.calls).hasValue(3);
      assertThat(listed.calls).hasValue(0);
      assertThat(configured.calls).hasValue(0);
      assertThat(db.settings().bindings()).containsEntry(URI.class, own);
    } finally {
      drop(dialect, url);
    }
  }

  @Test
  void twoPluginsBindingOneTypeFailNamingBothUnlessTheApplicationChooses() {
    String url = newDatabase("sqlite");
    RexPlugin first =
        new BindingPlugin("first", List.of(TypeBinding.of(Year.class, YEAR_AS_NUMBER)));
    RexPlugin second =
        new BindingPlugin(
            "second",
            List.of(
                TypeBinding.of(URI.class, new UriAsText()),
                TypeBinding.of(Year.class, YEAR_AS_NUMBER)));
    RexSettings both =
        RexSettings.defaults().withPluginDiscovery(false).withPlugin(second).withPlugin(first);

    assertThatThrownBy(() -> Rex.connect(url, both))
        .isInstanceOf(BindingConflictException.class)
        .hasMessage(
            "The plugins 'first' and 'second' both bind java.time.Year; choose one with"
                + " RexSettings.withBinding(Year.class, …), which wins over the plugins'"
                + " bindings.")
        .satisfies(
            e -> {
              BindingConflictException conflict = (BindingConflictException) e;
              assertThat(conflict.typeName()).isEqualTo("java.time.Year");
              assertThat(conflict.plugins()).containsExactly("first", "second");
            });

    AtomicInteger chosen = new AtomicInteger();
    Binding<Year> counting =
        new Binding<>() {
          @Override
          public void set(PreparedStatement statement, int index, @Nullable Year value)
              throws SQLException {
            chosen.incrementAndGet();
            YEAR_AS_NUMBER.set(statement, index, value);
          }

          @Override
          public @Nullable Year get(ResultSet resultSet, int index) throws SQLException {
            chosen.incrementAndGet();
            return YEAR_AS_NUMBER.get(resultSet, index);
          }
        };
    try (Rex db = Rex.connect(url, both.withBinding(Year.class, counting))) {
      db.insertInto(RELEASE)
          .set(RELEASE.TITLE, "Mingus Ah Um")
          .set(RELEASE.YEAR, Year.of(1959))
          .execute();
      assertThat(db.select(RELEASE.YEAR).from(RELEASE).fetchSingle().value1())
          .isEqualTo(Year.of(1959));
      assertThat(chosen).hasValue(2);
    }
  }

  @Test
  void aBindingSetInConfigureIsThePluginsOwnAndConflictsLikeAListedOne() {
    String url = newDatabase("sqlite");
    RexPlugin configurer =
        new RexPlugin() {
          @Override
          public String name() {
            return "a-configurer";
          }

          @Override
          public RexSettings configure(RexSettings settings) {
            return settings.withBinding(Year.class, YEAR_AS_NUMBER);
          }
        };
    RexPlugin lister =
        new BindingPlugin("b-lister", List.of(TypeBinding.of(Year.class, YEAR_AS_NUMBER)));

    assertThatThrownBy(
            () ->
                Rex.connect(
                    url,
                    RexSettings.defaults()
                        .withPluginDiscovery(false)
                        .withPlugin(lister)
                        .withPlugin(configurer)))
        .isInstanceOf(BindingConflictException.class)
        .hasMessageStartingWith(
            "The plugins 'a-configurer' and 'b-lister' both bind java.time.Year");
  }

  @Test
  void aPluginWhoseBindingsCannotBeListedFailsNamingIt() {
    String url = newDatabase("sqlite");
    RexPlugin broken =
        new RexPlugin() {
          @Override
          public String name() {
            return "broken";
          }

          @Override
          public List<TypeBinding<?>> bindings() {
            throw new IllegalStateException("no licence key");
          }
        };
    RexPlugin empty = new BindingPlugin("empty", null);
    RexSettings settings = RexSettings.defaults().withPluginDiscovery(false);

    assertThatThrownBy(() -> Rex.connect(url, settings.withPlugin(broken)))
        .isExactlyInstanceOf(PluginException.class)
        .hasMessage("The plugin 'broken' failed to list its bindings: no licence key");
    assertThatThrownBy(() -> Rex.connect(url, settings.withPlugin(empty)))
        .isExactlyInstanceOf(PluginException.class)
        .hasMessage("The plugin 'empty' listed no binding or a null one in bindings().");
  }

  @Test
  void aPrimitiveTypeIsRefusedForTheWrapperFieldsHold() {
    Binding<Integer> ints =
        new Binding<>() {
          @Override
          public void set(PreparedStatement statement, int index, @Nullable Integer value) {}

          @Override
          public @Nullable Integer get(ResultSet resultSet, int index) {
            return null;
          }
        };

    assertThatThrownBy(() -> TypeBinding.of(int.class, ints))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Fields hold boxed values: bind the wrapper class instead of int");
    assertThatThrownBy(() -> RexSettings.defaults().withBinding(int.class, ints))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Fields hold boxed values: bind the wrapper class instead of int");
  }
}
