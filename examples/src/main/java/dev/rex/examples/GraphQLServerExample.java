package dev.rex.examples;

import static graphql.Scalars.GraphQLString;
import static graphql.schema.GraphQLFieldDefinition.newFieldDefinition;

import dev.rex.Rex;
import dev.rex.examples.chinook.GraphQLCatalog;
import dev.rex.examples.chinook.Tables;
import dev.rex.graphql.Catalog;
import dev.rex.graphql.RexGraphQL;
import dev.rex.graphql.SchemaExtensions;
import dev.rex.graphql.http.GraphQLServer;
import graphql.schema.GraphQLFieldDefinition;
import java.io.PrintStream;
import java.net.URI;
import java.util.concurrent.CountDownLatch;

/**
 * A GraphQL server on the Chinook music store, with GraphiQL. It migrates Chinook at start-up —
 * into an embedded SQLite file by default, or into the PostgreSQL database of a {@code
 * jdbc:postgresql:} URL — and serves the API that rex-graphql derives from the generated tables,
 * plus one field of the application's own: {@code Track.duration}, the track's length as {@code
 * m:ss}. Run it with the README's GraphQL command; it serves until stopped (Ctrl-C).
 */
public final class GraphQLServerExample implements AutoCloseable {

  /** The port {@link #main} listens on when none is given. */
  public static final int DEFAULT_PORT = 8080;

  private static final GraphQLFieldDefinition DURATION =
      newFieldDefinition()
          .name("duration")
          .description("The track's length as minutes and seconds, e.g. 5:43.")
          .type(GraphQLString)
          .build();

  private final Rex db;
  private final GraphQLServer server;

  private GraphQLServerExample(Rex db, GraphQLServer server) {
    this.db = db;
    this.server = server;
  }

  /**
   * Migrates Chinook at {@code jdbcUrl} (SQLite or PostgreSQL) and starts the server on {@code
   * port} of 127.0.0.1; port 0 picks a free one.
   */
  public static GraphQLServerExample start(String jdbcUrl, int port) {
    Rex db = Rex.connect(jdbcUrl);
    try {
      String dialect = db.dialect().name();
      db.migrate("classpath:db/migration/" + dialect);
      RexGraphQL graphql = api(db, dialect.equals("postgres"));
      GraphQLServer server = GraphQLServer.builder(graphql).port(port).build().start();
      return new GraphQLServerExample(db, server);
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
  }

  /**
   * The API of the generated Chinook tables with the added {@code duration} field. SQLite's Chinook
   * spells its names in camel case and PostgreSQL's in snake case, so each has its generated
   * package; their GraphQL schemas are the same.
   */
  static RexGraphQL api(Rex db, boolean postgres) {
    Catalog catalog;
    SchemaExtensions extensions;
    if (postgres) {
      catalog = dev.rex.examples.chinook.snakecase.GraphQLCatalog.catalog();
      extensions =
          SchemaExtensions.none()
              .field(
                  dev.rex.examples.chinook.snakecase.Tables.TRACK,
                  DURATION,
                  (track, env) -> minutesAndSeconds(track.getMilliseconds()));
    } else {
      catalog = GraphQLCatalog.catalog();
      extensions =
          SchemaExtensions.none()
              .field(
                  Tables.TRACK,
                  DURATION,
                  (track, env) -> minutesAndSeconds(track.getMilliseconds()));
    }
    return RexGraphQL.builder(db, catalog).extensions(extensions).build();
  }

  static String minutesAndSeconds(int milliseconds) {
    int seconds = milliseconds / 1000;
    return String.format("%d:%02d", seconds / 60, seconds % 60);
  }

  /** The GraphQL endpoint, e.g. {@code http://127.0.0.1:8080/graphql}. */
  public URI endpoint() {
    return server.uri();
  }

  /** The GraphiQL page, e.g. {@code http://127.0.0.1:8080/graphiql}. */
  public URI graphiql() {
    return server.uri().resolve("/graphiql");
  }

  /** Stops the server and closes the database's pool. */
  @Override
  public void close() {
    try {
      server.close();
    } finally {
      db.close();
    }
  }

  void printWelcome(PrintStream out) {
    out.println("Rex GraphQL on Chinook (" + db.dialect().name() + ")");
    out.println("  GraphiQL: " + graphiql());
    out.println("  endpoint: " + endpoint());
    out.println("Stop it with Ctrl-C.");
  }

  /**
   * Serves Chinook until the JVM stops. Arguments: the JDBC URL (default {@code
   * jdbc:sqlite:chinook-graphql.db}) and the port (default {@value #DEFAULT_PORT}).
   */
  public static void main(String[] args) throws InterruptedException {
    String url = args.length > 0 ? args[0] : "jdbc:sqlite:chinook-graphql.db";
    int port = args.length > 1 ? Integer.parseInt(args[1]) : DEFAULT_PORT;
    GraphQLServerExample example = start(url, port);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  example.close();
                  stopped.countDown();
                }));
    example.printWelcome(System.out);
    stopped.await();
  }
}
