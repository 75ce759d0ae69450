package dev.rex.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rex.Rex;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The testcontainers backend, with the image of {@code REX_TESTING_IMAGE} (CI points it at the
 * locally built {@code rex-local/postgres:15}, as no registry is reachable there). Skipped, by the
 * extension, with a message naming why, when there is no Docker daemon.
 */
@RexTest(backend = Backend.TESTCONTAINERS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TestcontainersBackendTest {

  Rex db;

  @Test
  @Order(1)
  void runsInAContainerAndCommits() {
    assertThat((String) db.fetchValue("select version()")).startsWith("PostgreSQL");
    assertThat(Chinook.count(db, "artist")).isEqualTo(Chinook.ARTISTS);
    db.transaction(tx -> Chinook.addArtist(tx, "In a container"));
    assertThat(Chinook.artistsNamed(db, "In a container")).isEqualTo(1);
  }

  @Test
  @Order(2)
  void nextTestDoesNotSeeIt() {
    assertThat(Chinook.artistsNamed(db, "In a container")).isZero();
  }
}
