package dev.rex.dsl;

import dev.rex.build.api.ApiListing;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The public API of rex-dsl is exactly what {@code api/rex-dsl.api} lists. A change to it fails
 * here until the listing is rewritten ({@code mvn test -pl rex-dsl -Dtest=ApiListingTest
 * -Drex.api.update=true}) and the new listing is reviewed and committed with the change.
 */
class ApiListingTest {

  @Test
  void publicApiIsTheCommittedListing() {
    ApiListing.in(Path.of("api", "rex-dsl.api"))
        // API packages: every public or protected type in them is listed.
        .api("dev.rex.dsl")
        .api("dev.rex.dsl.dialect")
        .api("dev.rex.dsl.exception")
        .api("dev.rex.dsl.function")
        .api("dev.rex.dsl.gen")
        .api("dev.rex.dsl.spi")
        // Internal packages: implementation, free to change.
        .internal("dev.rex.dsl.impl")
        .verify(DSL.class);
  }
}
