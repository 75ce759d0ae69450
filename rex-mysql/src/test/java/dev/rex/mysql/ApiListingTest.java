package dev.rex.mysql;

import dev.rex.build.api.ApiListing;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The public API of rex-mysql is exactly what {@code api/rex-mysql.api} lists. A change to it fails
 * here until the listing is rewritten ({@code mvn test -pl rex-mysql -Dtest=ApiListingTest
 * -Drex.api.update=true}) and the new listing is reviewed and committed with the change.
 */
class ApiListingTest {

  @Test
  void publicApiIsTheCommittedListing() {
    ApiListing.in(Path.of("api", "rex-mysql.api"))
        .api("dev.rex.mysql")
        .api("dev.rex.mysql.codegen")
        .verify(MysqlDialect.class);
  }
}
