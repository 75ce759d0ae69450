package dev.rex.realtime;

import dev.rex.build.api.ApiListing;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The public API of rex-realtime is exactly what {@code api/rex-realtime.api} lists. A change fails
 * here until the listing is rewritten ({@code mvn test -pl rex-realtime -Dtest=ApiListingTest
 * -Drex.api.update=true}) and reviewed and committed with the change.
 */
class ApiListingTest {

  @Test
  void publicApiIsTheCommittedListing() {
    ApiListing.in(Path.of("api", "rex-realtime.api"))
        .api("dev.rex.realtime")
        .api("dev.rex.realtime.http")
        .internal("dev.rex.realtime.internal")
        .internal("dev.rex.realtime.http.internal")
        .verify(Realtime.class);
  }
}
