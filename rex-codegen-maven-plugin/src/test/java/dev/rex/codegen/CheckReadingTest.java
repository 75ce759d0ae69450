package dev.rex.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rex.codegen.dialect.PostgresTarget;
import dev.rex.codegen.dialect.SqliteTarget;
import dev.rex.dsl.Check;
import dev.rex.dsl.Violation;
import dev.rex.dsl.gen.AbstractTable;
import dev.rex.dsl.gen.AbstractTableRecord;
import java.math.BigDecimal;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Check constraints are read on both dialects; the understood ones become {@code getChecks()}. */
class CheckReadingTest {

  private static final List<String> UNDERSTOOD =
      List.of(
          "price >= 0",
          "qty > 0",
          "qty <= 100",
          "kind in ('a', 'b''s')",
          "length(code) <= 5",
          "size >= 1",
          "size <= 9",
          "w > 0",
          "t > -1",
          "label <> ''");

  @TempDir Path dir;

  @Test
  void readsPostgresChecksAndLeavesTheRestToTheDatabase() throws Exception {
    try (PostgresServer.TestDatabase database = PostgresServer.get().createDatabase()) {
      Path migrations = TestResources.path("/checks/postgres");
      Migrator.migrate(database.target(), migrations);
      generate(PostgresTarget.INSTANCE, "checks.pg", migrations, database.target());
    }
    String gizmo = Files.readString(dir.resolve("generated/checks/pg/tables/Gizmo.java"));

    assertThat(gizmo)
        .contains(
            "Check.compare(\"gizmo_price_check\", PRICE, Check.Operator.GE, new BigDecimal(\"0\")),")
        .contains("Check.in(\"gizmo_kind_check\", KIND, List.of(\"a\", \"b's\")),")
        .contains("Check.length(\"gizmo_code_check\", CODE, Check.Operator.LE, 5),")
        .contains("Check.length(\"gizmo_nick_check\", NICK, Check.Operator.GE, 2),")
        .contains(
            "Left to the database: gizmo_check: ((c &lt; d)); gizmo_z_check: (((z &lt;&gt; 3) OR"
                + " (z IS NULL))).");
    List<Check> checks = checksOf(compile(), "checks.pg");
    assertThat(checks).extracting(Check::condition).containsAll(UNDERSTOOD).hasSize(11);
  }

  @Test
  void readsSqliteChecksFromTheCreateTableStatement() throws Exception {
    generate(SqliteTarget.INSTANCE, "checks.sqlite", TestResources.path("/checks/sqlite"), null);
    String gizmo = Files.readString(dir.resolve("generated/checks/sqlite/tables/Gizmo.java"));

    assertThat(gizmo)
        .contains(
            "Check.compare(\"gizmo_price_check\", PRICE, Check.Operator.GE, new BigDecimal(\"0\")),")
        .contains("Check.compare(\"w_pos\", W, Check.Operator.GT, new BigDecimal(\"0\")),")
        .contains("Left to the database: check: z &lt;&gt; 3 or z is null; check: c &lt; d.");
    URLClassLoader classes = compile();
    List<Check> checks = checksOf(classes, "checks.sqlite");
    assertThat(checks).extracting(Check::condition).containsExactlyInAnyOrderElementsOf(UNDERSTOOD);

    AbstractTable<?> table = table(classes, "checks.sqlite");
    AbstractTableRecord<?> record = (AbstractTableRecord<?>) table.newRecord();
    record.set(field(table, "price"), new BigDecimal("-1"));
    record.set(field(table, "kind"), "c");
    record.set(field(table, "code"), "toolong");
    assertThat(record.validate())
        .extracting(Violation::constraint)
        .containsExactly("gizmo_price_check", "gizmo_kind_check", "gizmo_code_check");
  }

  @SuppressWarnings("unchecked")
  private static dev.rex.dsl.Field<Object> field(AbstractTable<?> table, String name) {
    return (dev.rex.dsl.Field<Object>) table.field(name);
  }

  private void generate(
      TargetDialect dialect,
      String pkg,
      Path migrations,
      @org.jspecify.annotations.Nullable JdbcTarget target)
      throws Exception {
    GeneratorConfig.Builder config =
        GeneratorConfig.builder(dialect, pkg)
            .migrations(migrations)
            .outputDirectory(dir.resolve("generated"));
    if (target != null) {
      config.database(target);
    }
    new CodeGenerator(new RecordingLog()).generate(config.build());
  }

  private URLClassLoader compile() {
    return GeneratedSources.compile(dir.resolve("classes"), dir.resolve("generated"))
        .assertClean()
        .classLoader();
  }

  private static AbstractTable<?> table(URLClassLoader classes, String pkg) throws Exception {
    return (AbstractTable<?>) classes.loadClass(pkg + ".tables.Gizmo").getField("GIZMO").get(null);
  }

  private static List<Check> checksOf(URLClassLoader classes, String pkg) throws Exception {
    return table(classes, pkg).getChecks();
  }
}
