package dev.rex.micrometer;

import dev.rex.build.api.ApiListing;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The public API of rex-micrometer is exactly what {@code api/rex-micrometer.api} lists; rewrite it
 * with {@code -Drex.api.update=true} and commit it with the change.
 */
class ApiListingTest {

  @Test
  void publicApiIsTheCommittedListing() {
    ApiListing.in(Path.of("api", "rex-micrometer.api"))
        .api("dev.rex.micrometer")
        .verify(RexMetrics.class);
  }
}
