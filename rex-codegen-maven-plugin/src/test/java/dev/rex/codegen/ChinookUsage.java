package dev.rex.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rex.Rex;
import dev.rex.dsl.DataType;
import dev.rex.dsl.Record;
import dev.rex.dsl.Result;
import dev.rex.dsl.ResultQuery;
import dev.rex.dsl.SqlType;
import dev.rex.dsl.Table;
import dev.rex.dsl.TableField;
import dev.rex.dsl.spi.Dialect;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * What both dialects' generated Chinook must support: {@code usage/ChinookQueries.java.txt}
 * compiles against it with {@code -Xlint:all -Werror}, {@code usage/WrongType.java.txt} does not,
 * {@code INVOICE_LINE.UNIT_PRICE} is a {@code NUMERIC(10, 2)}, and the queries run on a migrated
 * Chinook database: once over plain JDBC with the dialect's bindings and once through rex-runtime,
 * which must hand back the generated record classes.
 */
final class ChinookUsage {

  private ChinookUsage() {}

  /** Compiles the generated sources in {@code generated} with the usage source. */
  static GeneratedSources.Compilation compileWithUsage(Path dir, Path generated, String packageName)
      throws IOException {
    assertUsesOnlyThePublicContract(generated, packageName);
    Path usage = dir.resolve("usage");
    GeneratedSources.writeTemplate(
        "/usage/ChinookQueries.java.txt", packageName, usage.resolve("ChinookQueries.java"));
    Path wrong = dir.resolve("wrong");
    GeneratedSources.writeTemplate(
        "/usage/WrongType.java.txt", packageName, wrong.resolve("WrongType.java"));
    GeneratedSources.Compilation rejected =
        GeneratedSources.compile(dir.resolve("wrong-classes"), generated, wrong);
    assertThat(rejected.success()).isFalse();
    assertThat(rejected.diagnostics())
        .singleElement()
        .asString()
        .contains("WrongType.java:11")
        .contains("eq");
    return GeneratedSources.compile(dir.resolve("classes"), generated, usage).assertClean();
  }

  /**
   * Generated sources import Rex types only from the API ({@code dev.rex.dsl}, its {@code spi}),
   * the generated-code package {@code dev.rex.dsl.gen} and rex-graphql's public packages, never
   * from an implementation.
   */
  static void assertUsesOnlyThePublicContract(Path generated, String packageName)
      throws IOException {
    List<Path> sources;
    try (Stream<Path> walk = Files.walk(generated)) {
      sources = walk.filter(p -> p.toString().endsWith(".java")).toList();
    }
    assertThat(sources).isNotEmpty();
    for (Path source : sources) {
      for (String line : Files.readAllLines(source)) {
        if (line.startsWith("import ") && line.contains("dev.rex.")) {
          String imported = line.replaceFirst("^import (static )?", "");
          assertThat(imported)
              .as("an import of %s", source.getFileName())
              .matches(
                  "(dev\\.rex\\.dsl\\.(gen\\.|spi\\.)?[A-Z].*|"
                      + "dev\\.rex\\.graphql\\.(model\\.)?[A-Z].*|"
                      + java.util.regex.Pattern.quote(packageName)
                      + "\\..*)");
        }
      }
      assertThat(Files.readString(source))
          .doesNotContain("dev.rex.dsl.impl")
          .doesNotContain("dev.rex.graphql.internal");
    }
  }

  /** The unit price column of {@code Tables.INVOICE_LINE}, checked to be a NUMERIC(10, 2). */
  static Table<?> assertInvoiceLine(ClassLoader loader, String packageName) throws Exception {
    Class<?> tables = loader.loadClass(packageName + ".Tables");
    Table<?> invoiceLine = (Table<?>) tables.getField("INVOICE_LINE").get(null);
    TableField<?, ?> unitPrice =
        (TableField<?, ?>) invoiceLine.getClass().getField("UNIT_PRICE").get(invoiceLine);
    DataType<?> type = unitPrice.getDataType();
    assertThat(type.getType()).isEqualTo(BigDecimal.class);
    assertThat(type.getSqlType()).isEqualTo(SqlType.DECIMAL);
    assertThat(type.getPrecision()).isEqualTo(10);
    assertThat(type.getScale()).isEqualTo(2);
    assertThat(type.isNullable()).isFalse();
    assertThat(invoiceLine.getSchema()).isNull();
    return invoiceLine;
  }

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
