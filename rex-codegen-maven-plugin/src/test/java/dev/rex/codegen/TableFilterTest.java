package dev.rex.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rex.codegen.dialect.SqliteTarget;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableFilterTest {

  @TempDir Path dir;

  @Test
  void includesAndExcludesMatchWholeTableOrQualifiedNames() {
    TableFilter filter =
        new TableFilter(List.of("invoice.*", "public\\.track"), List.of(".*_line"));

    assertThat(filter.includes("public", "invoice")).isTrue();
    assertThat(filter.includes("public", "invoice_line")).isFalse();
    assertThat(filter.includes("public", "track")).isTrue();
    assertThat(filter.includes("audit", "track")).isFalse();
    assertThat(filter.includes("public", "album")).isFalse();
  }

  @Test
  void theRealtimeChangeLogIsAlwaysExcluded() {
    TableFilter all = new TableFilter(List.of(".*"), List.of());

    assertThat(all.includes("public", "rex_change_log")).isFalse();
    assertThat(all.includes("main", "rex_change_head")).isFalse();
    assertThat(all.includes("public", "rex_change_logs")).isTrue();
  }

  @Test
  void flywayHistoryIsAlwaysExcluded() {
    assertThat(new TableFilter(List.of(), List.of()).includes("public", "album")).isTrue();
    assertThat(
            new TableFilter(List.of(".*"), List.of()).includes("public", "flyway_schema_history"))
        .isFalse();
  }

  @Test
  void generatesOnlyTheIncludedChinookTables() throws Exception {
    Path out = dir.resolve("out");
    RecordingLog log = new RecordingLog();
    GenerationResult result =
        new CodeGenerator(log)
            .generate(
                GeneratorConfig.builder(SqliteTarget.INSTANCE, "chinook.part")
                    .migrations(TestResources.chinook("sqlite"))
                    .outputDirectory(out)
                    .includes(List.of("Album", "Artist", "Track", "(?i)invoice.*"))
                    .excludes(List.of("Invoice"))
                    .build());

    assertThat(result.tables()).isEqualTo(4);
    assertThat(out.resolve("chinook/part/tables/InvoiceLine.java")).exists();
    assertThat(out.resolve("chinook/part/tables/Invoice.java")).doesNotExist();
    assertThat(out.resolve("chinook/part/tables/Genre.java")).doesNotExist();
    assertThat(log.warnings)
        .contains(
            "Foreign key fk_InvoiceLine_InvoiceId of table InvoiceLine is left out:"
                + " it references Invoice, which is not generated.",
            "Foreign key fk_Track_GenreId of table Track is left out:"
                + " it references Genre, which is not generated.");
    GeneratedSources.compile(dir.resolve("classes"), out).assertClean();
  }
}
