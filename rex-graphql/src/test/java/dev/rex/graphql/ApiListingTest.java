package dev.rex.graphql;

import dev.rex.build.api.ApiListing;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The public API of rex-graphql — including what generated {@code GraphQLCatalog} classes call — is
 * exactly what {@code api/rex-graphql.api} lists. A change fails here until the listing is
 * rewritten ({@code mvn test -pl rex-graphql -Dtest=ApiListingTest -Drex.api.update=true}) and
 * reviewed and committed with the change.
 */
class ApiListingTest {

  @Test
  void publicApiIsTheCommittedListing() {
    ApiListing.in(Path.of("api", "rex-graphql.api"))
        .api("dev.rex.graphql")
        .api("dev.rex.graphql.model")
        .api("dev.rex.graphql.http")
        .api("dev.rex.graphql.safety")
        .internal("dev.rex.graphql.internal")
        .internal("dev.rex.graphql.http.internal")
        .internal("dev.rex.graphql.safety.internal")
        .verify(RexGraphQL.class);
  }
}
