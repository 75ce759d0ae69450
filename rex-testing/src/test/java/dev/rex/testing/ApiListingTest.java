package dev.rex.testing;

import dev.rex.build.api.ApiListing;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The public API of rex-testing is exactly what {@code api/rex-testing.api} lists; rewrite it with
 * {@code -Drex.api.update=true} and commit it with the change.
 */
class ApiListingTest {

  @Test
  void publicApiIsTheCommittedListing() {
    ApiListing.in(Path.of("api", "rex-testing.api"))
        .api("dev.rex.testing")
        .internal("dev.rex.testing.impl")
        .verify(RexExtension.class);
  }
}
