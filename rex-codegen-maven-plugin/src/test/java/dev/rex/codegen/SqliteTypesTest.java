package dev.rex.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rex.codegen.dialect.SqliteTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SQLite declared types, affinity fallbacks, rowid identities and unnamed keys. */
class SqliteTypesTest {

  @TempDir Path dir;

  @Test
  void mapsDeclaredTypesAndAffinitiesAndSplitsUnnamedForeignKeys() throws Exception {
    RecordingLog log = new RecordingLog();
    Path out = dir.resolve("generated");
    new CodeGenerator(log)
        .generate(
            GeneratorConfig.builder(SqliteTarget.INSTANCE, "types.sqlite")
                .migrations(TestResources.path("/types/sqlite"))
                .outputDirectory(out)
                .build());
    Path pkg = out.resolve("types/sqlite");

    assertThat(Files.readString(pkg.resolve("tables/Gadget.java")))
        .contains("createField(\"id\", SQLDataType.INTEGER.identity(true));")
        .contains("createField(\"name\", SQLDataType.VARCHAR.nullable(false).length(40));")
        .contains("createField(\"price\", SQLDataType.NUMERIC.precision(10, 2));")
        .contains("createField(\"weight\", SQLDataType.REAL);")
        .contains("createField(\"ratio\", SQLDataType.DOUBLE);")
        .contains("createField(\"flag\", SQLDataType.BOOLEAN);")
        .contains("createField(\"born\", SQLDataType.DATE);")
        .contains("createField(\"seen\", SQLDataType.TIMESTAMP);")
        .contains("createField(\"data\", SQLDataType.BLOB);")
        .contains("createField(\"notes\", SQLDataType.TEXT);")
        .contains("createField(\"code\", SQLDataType.CHAR.length(2));")
        .contains("createField(\"big\", SQLDataType.BIGINT);")
        .contains("createField(\"tiny\", SQLDataType.SMALLINT);")
        .contains("createField(\"amount\", SQLDataType.NUMERIC);")
        .contains("createField(\"label\", SQLDataType.VARCHAR.length(10).defaultValue(\"'x'\"));")
        .contains("createField(\"anything\", SQLDataType.other(\"any\"));");
    assertThat(log.warnings)
        .containsExactly(
            "Table gadget, column anything: no declared type has no Rex mapping;"
                + " it is generated as SQLDataType.other (Java Object).");

    assertThat(Files.readString(pkg.resolve("tables/Keyed.java")))
        .contains("createField(\"id\", SQLDataType.INTEGER.nullable(false).identity(true));");
    assertThat(Files.readString(pkg.resolve("tables/Pair.java")))
        .contains("createField(\"a\", SQLDataType.INTEGER.nullable(false));");
    assertThat(Files.readString(pkg.resolve("Keys.java")))
        .contains("UniqueKey.primaryKey(\"keyed_pk\", Keyed.KEYED, Keyed.KEYED.ID);")
        .contains("UniqueKey.primaryKey(\"pk_pair\", Pair.PAIR, Pair.PAIR.A, Pair.PAIR.B);")
        .contains("PART_GADGET_A_GADGET_B_KEY =")
        .contains(
            "ForeignKey.of(\"fk_part_gadget_a\", Part.PART, Keys.GADGET_PKEY, Part.PART.GADGET_A);")
        .contains(
            "ForeignKey.of(\"fk_part_gadget_b\", Part.PART, Keys.GADGET_PKEY, Part.PART.GADGET_B);");

    GeneratedSources.compile(dir.resolve("classes"), out).assertClean();
  }
}
