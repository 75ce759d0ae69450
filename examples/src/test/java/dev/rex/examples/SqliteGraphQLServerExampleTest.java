package dev.rex.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rex.testing.TestDatabases;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The GraphQL server example on a temporary SQLite file, as the README's command runs it. */
class SqliteGraphQLServerExampleTest extends GraphQLServerExampleSuite {

  @Override
  protected String newDatabase() {
    return TestDatabases.newSqliteDatabase();
  }

  @Test
  void printsWhereGraphiQLIs() {
    String url = TestDatabases.newSqliteDatabase();
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try (GraphQLServerExample example = GraphQLServerExample.start(url, 0)) {
      example.printWelcome(new PrintStream(printed, true, StandardCharsets.UTF_8));
      assertThat(printed.toString(StandardCharsets.UTF_8))
          .contains("Rex GraphQL on Chinook (sqlite)")
          .contains("GraphiQL: http://127.0.0.1:" + example.endpoint().getPort() + "/graphiql")
          .contains("Ctrl-C");
    }
  }
}
