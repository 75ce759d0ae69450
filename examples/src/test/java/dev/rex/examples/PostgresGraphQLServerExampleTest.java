package dev.rex.examples;

import dev.rex.testing.TestDatabases;
import org.jspecify.annotations.Nullable;

/**
 * The GraphQL server example on PostgreSQL ({@code REX_TEST_POSTGRES_URL}, else embedded), as
 * {@code -Drex.url=jdbc:postgresql:...} runs it: the same answers as on SQLite.
 */
class PostgresGraphQLServerExampleTest extends GraphQLServerExampleSuite {

  private @Nullable String url;

  @Override
  protected String newDatabase() {
    url = TestDatabases.newPostgresDatabase();
    return url;
  }

  @Override
  protected void dropDatabase() {
    if (url != null) {
      TestDatabases.dropPostgresDatabase(url);
    }
  }
}
