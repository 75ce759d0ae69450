package dev.rex.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rex.Rex;
import dev.rex.testing.impl.EmbeddedServer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The url backend on the server of REX_TEST_POSTGRES_URL (else the embedded one): each database is
 * a schema, dropped after the run; the URL comes from the configuration parameter.
 */
class UrlBackendTest {

  static final List<String> SCHEMAS = new CopyOnWriteArrayList<>();

  static String serverUrl() {
    String url = System.getenv("REX_TEST_POSTGRES_URL");
    return url == null || url.isBlank() ? EmbeddedServer.adminUrl() : url;
  }

  @Test
  void rollingBackAndPerClassDatabasesAreSchemasOnTheServer() {
    Runs.Outcome outcome =
        Runs.run(Map.of("rex.testing.url", serverUrl()), OnUrl.class, OwnSchema.class);

    assertThat(outcome.failure()).isNull();
    assertThat(outcome.succeededTests()).isEqualTo(3);
    assertThat(SCHEMAS).hasSize(3).allMatch(name -> name.startsWith("rex_test_"));
    assertThat(SCHEMAS.get(0)).isEqualTo(SCHEMAS.get(1)).isNotEqualTo(SCHEMAS.get(2));
    try (Rex server = Rex.connect(serverUrl())) {
      assertThat(
              server.fetchValue(
                  "select count(*) from information_schema.schemata where schema_name in (?, ?)",
                  SCHEMAS.get(0),
                  SCHEMAS.get(2)))
          .isEqualTo(0L);
    }
  }

  @RexTest(backend = Backend.URL)
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class OnUrl {
    @Test
    @Order(1)
    void writes(Rex db) {
      SCHEMAS.add((String) db.fetchValue("select current_schema()"));
      db.transaction(tx -> Chinook.addArtist(tx, "On the server"));
      assertThat(Chinook.artistsNamed(db, "On the server")).isEqualTo(1);
    }

    @Test
    @Order(2)
    void rolledBack(Rex db) {
      SCHEMAS.add((String) db.fetchValue("select current_schema()"));
      assertThat(Chinook.artistsNamed(db, "On the server")).isZero();
      assertThat(Chinook.count(db, "artist")).isEqualTo(Chinook.ARTISTS);
    }
  }

  @RexTest(backend = Backend.URL, isolation = TestIsolation.DATABASE_PER_CLASS)
  static class OwnSchema {
    @Test
    void hasASchemaOfItsOwn(Rex db) {
      SCHEMAS.add((String) db.fetchValue("select current_schema()"));
      assertThat(Chinook.count(db, "artist")).isEqualTo(Chinook.ARTISTS);
    }
  }
}
