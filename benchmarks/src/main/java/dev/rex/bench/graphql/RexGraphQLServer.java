package dev.rex.bench.graphql;

import dev.rex.Rex;
import dev.rex.RexSettings;
import dev.rex.bench.pg.GraphQLCatalog;
import dev.rex.graphql.RexGraphQL;
import dev.rex.graphql.http.GraphQLServer;
import java.util.concurrent.CountDownLatch;

/**
 * The Rex side of the GraphQL benchmark against PostGraphile: the API that {@code rex:generate}
 * derived from the Chinook PostgreSQL migrations ({@link GraphQLCatalog}), served by {@link
 * GraphQLServer} on {@code 127.0.0.1} with GraphiQL off and the default {@code GraphQLLimits}.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.rex.bench.graphql.RexGraphQLServer \
 *     jdbc:postgresql://127.0.0.1:5432/chinook?user=root 5100 20 [threads]
 * </pre>
 *
 * <p>Arguments: the JDBC URL of a database holding Chinook, the port, the HikariCP pool size
 * (PostGraphile runs 10 connections per worker, so 20 matches its two workers) and, optionally, the
 * most HTTP threads (default: {@link GraphQLServer}'s own default). It prints {@code listening on
 * URI} once it answers and runs until the process is stopped (SIGTERM closes the server and the
 * pool).
 */
public final class RexGraphQLServer {

  private RexGraphQLServer() {}

  /** Starts the server; see the class comment for the arguments. */
  public static void main(String[] args) throws InterruptedException {
    if (args.length < 3 || args.length > 4) {
      System.err.println(
          "usage: RexGraphQLServer JDBC_URL PORT POOL_SIZE [HTTP_THREADS]\n"
              + "  e.g. jdbc:postgresql://127.0.0.1:5432/chinook?user=root 5100 20");
      System.exit(2);
    }
    String url = args[0];
    int port = Integer.parseInt(args[1]);
    int poolSize = Integer.parseInt(args[2]);
    Rex rex = Rex.connect(url, RexSettings.defaults().withMaximumPoolSize(poolSize));
    RexGraphQL graphql = RexGraphQL.builder(rex, GraphQLCatalog.catalog()).build();
    graphql.schema(); // builds the anonymous role's schema before the first request
    GraphQLServer.Builder builder = GraphQLServer.builder(graphql).port(port).graphiql(false);
    if (args.length == 4) {
      builder.threads(Integer.parseInt(args[3]));
    }
    GraphQLServer server = builder.build().start();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  rex.close();
                  stopped.countDown();
                },
                "rex-graphql-bench-shutdown"));
    System.out.println("listening on " + server.uri() + " (pool " + poolSize + ", GraphiQL off)");
    stopped.await();
  }
}
