package dev.rex.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rex.Rex;
import dev.rex.dsl.Record;
import dev.rex.dsl.Result;
import dev.rex.dsl.ResultQuery;
import dev.rex.dsl.spi.Dialect;
import java.math.BigDecimal;
import java.sql.Connection;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs the queries of {@code usage/ChinookQueries.java.txt}, compiled against generated Chinook
 * code, on a migrated Chinook database: once over plain JDBC with the dialect's bindings and once
 * through rex-runtime, which must hand back the generated record classes.
 */
final class ChinookUsage {

  private ChinookUsage() {}

  static void assertQueriesRun(
      ClassLoader loader, String packageName, JdbcTarget database, Dialect dialect)
      throws Exception {
    List<ResultQuery<?>> queries = queries(loader, packageName);
    try (Connection connection = database.connect()) {
      List<List<Object>> expensive = QueryRunner.fetch(connection, dialect, queries.get(0));
      assertThat(expensive).hasSize(111);
      assertThat(expensive.get(0).get(3)).isEqualTo(new BigDecimal("1.99"));
      assertThat(QueryRunner.fetch(connection, dialect, queries.get(1)))
          .containsExactly(
              List.of("For Those About To Rock We Salute You", "AC/DC"),
              List.of("Let There Be Rock", "AC/DC"));
    }
    try (Rex db = Rex.connect(database.url())) {
      Result<?> lines = db.fetch(queries.get(0));
      assertThat(lines).hasSize(111);
      Record first = lines.get(0);
      assertThat(first.getClass().getName())
          .isEqualTo(packageName + ".tables.records.InvoiceLineRecord");
      assertThat(first.getClass().getMethod("getUnitPrice").invoke(first))
          .isEqualTo(new BigDecimal("1.99"));
      assertThat(db.fetch(queries.get(1))).hasSize(2);
    }
  }

  @SuppressWarnings("unchecked")
  private static List<ResultQuery<?>> queries(ClassLoader loader, String packageName)
      throws ReflectiveOperationException {
    Class<?> type = loader.loadClass(packageName + ".usage.ChinookQueries");
    return ((Supplier<List<ResultQuery<?>>>) type.getConstructor().newInstance()).get();
  }
}
