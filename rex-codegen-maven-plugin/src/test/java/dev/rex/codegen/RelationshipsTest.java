package dev.rex.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rex.codegen.dialect.SqliteTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The navigation generated for every kind of relationship, and that it compiles cleanly. */
class RelationshipsTest {

  @TempDir Path dir;

  @Test
  void namesEveryRelationshipKindAndCompilesWithoutWarnings() throws Exception {
    Path out = dir.resolve("generated");
    new CodeGenerator(new RecordingLog())
        .generate(
            GeneratorConfig.builder(SqliteTarget.INSTANCE, "rel")
                .migrations(TestResources.path("/relations/sqlite"))
                .outputDirectory(out)
                .build());
    Path tables = out.resolve("rel/tables");
    Path records = tables.resolve("records");

    assertThat(Files.readString(records.resolve("AccountRecord.java")))
        .contains("public @Nullable ProfileRecord fetchProfile() {")
        .contains("return fetchChild(Keys.FK_PROFILE_ACCOUNT_ID);")
        .contains("public Result<TransferRecord> fetchTransfersByFromAccount() {")
        .contains("public Result<TransferRecord> fetchTransfersByToAccount() {")
        .contains("public Result<AccountTagRecord> fetchAccountTags() {")
        .contains("public Result<TagRecord> fetchTags() {")
        .contains("fetchThrough(Keys.FK_ACCOUNT_TAG_ACCOUNT_ID, Keys.FK_ACCOUNT_TAG_TAG_ID)");
    assertThat(Files.readString(records.resolve("ProfileRecord.java")))
        .contains("public @Nullable AccountRecord fetchAccount() {");
    assertThat(Files.readString(records.resolve("TransferRecord.java")))
        .contains("public @Nullable AccountRecord fetchFromAccount() {")
        .contains("public @Nullable AccountRecord fetchToAccount() {")
        .contains("public @Nullable TransferRecord fetchReverses() {")
        .contains("public Result<TransferRecord> fetchTransfersByReverses() {");
    assertThat(Files.readString(records.resolve("TagRecord.java")))
        .contains("public Result<AccountRecord> fetchAccounts() {");
    assertThat(Files.readString(tables.resolve("Transfer.java")))
        .contains("public Account fromAccount() {")
        .contains("return new Account(this, Keys.FK_TRANSFER_FROM_ACCOUNT_ID, \"fromAccount\");")
        .contains("public Account toAccount() {")
        .contains("public Transfer reverses() {");

    GeneratedSources.Compilation compiled = GeneratedSources.compile(dir.resolve("classes"), out);
    assertThat(compiled.diagnostics()).isEmpty();
    assertThat(compiled.success()).isTrue();
  }
}
