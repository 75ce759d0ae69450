package dev.rex;

import dev.rex.build.api.ApiListing;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The public API of rex-runtime is exactly what {@code api/rex-runtime.api} lists. A change to it
 * fails here until the listing is rewritten ({@code mvn test -pl rex-runtime -Dtest=ApiListingTest
 * -Drex.api.update=true}) and the new listing is reviewed and committed with the change.
 */
class ApiListingTest {

  @Test
  void publicApiIsTheCommittedListing() {
    ApiListing.in(Path.of("api", "rex-runtime.api"))
        // API packages: every public or protected type in them is listed.
        .api("dev.rex")
        .api("dev.rex.cache")
        .api("dev.rex.listener")
        .api("dev.rex.plugin")
        // Internal packages: implementation, free to change.
        .internal("dev.rex.runtime")
        .verify(Rex.class);
  }
}
