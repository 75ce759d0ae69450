package dev.rex.codegen.dialect;

import dev.rex.codegen.JdbcTarget;
import dev.rex.codegen.ThrowawayDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** An SQLite database in a temporary file that is deleted on close. */
final class TemporarySqliteDatabase implements ThrowawayDatabase {

  private final Path file;

  private TemporarySqliteDatabase(Path file) {
    this.file = file;
  }

  /** Creates an empty database file in the temporary directory. */
  static TemporarySqliteDatabase create() throws IOException {
    return new TemporarySqliteDatabase(Files.createTempFile("rex-codegen-", ".db"));
  }

  @Override
  public JdbcTarget target() {
    return JdbcTarget.of("jdbc:sqlite:" + file.toAbsolutePath());
  }

  @Override
  public void close() throws IOException {
    Files.deleteIfExists(file);
    Files.deleteIfExists(Path.of(file + "-journal"));
  }
}
