package dev.rex.migrate;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Creates the files of a new migration: {@code V<version>__<name>.sql} and its undo script {@code
 * U<version>__<name>.sql}, side by side in a migrations directory.
 */
public final class MigrationFiles {

  /** How a new migration's version is chosen. */
  public enum Versioning {
    /**
     * One more than the first part of the highest existing version: {@code V7} after {@code V6}.
     */
    SEQUENTIAL,
    /** The current UTC time, {@code yyyyMMddHHmmss}: no clashes between branches. */
    TIMESTAMP;

    /**
     * {@code sequential} or {@code timestamp}, in any case.
     *
     * @throws IllegalArgumentException for any other name
     */
    public static Versioning fromName(String name) {
      try {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "Unknown versioning '" + name + "'; use 'sequential' or 'timestamp'.", e);
      }
    }
  }

  /**
   * The two files created.
   *
   * @param migration the {@code V} file
   * @param undo the {@code U} file
   */
  public record Created(Path migration, Path undo) {}

  private static final Pattern VERSIONED =
      Pattern.compile("^V(\\d+(?:[._]\\d+)*)__.*\\.sql$", Pattern.CASE_INSENSITIVE);
  private static final Pattern NAME = Pattern.compile("[a-z0-9]+(?:_[a-z0-9]+)*");
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

  private MigrationFiles() {}

  /**
   * Creates the next migration called {@code name} in {@code directory} (created if missing).
   *
   * @param name words such as {@code add_invoices} or {@code "Add invoices"}; lower-cased, with
   *     runs of other characters replaced by {@code _}
   * @throws IllegalArgumentException when the name has no letters or digits
   * @throws IllegalStateException when a file of that version already exists
   */
  public static Created create(Path directory, String name, Versioning versioning, Clock clock)
      throws IOException {
    return create(
        directory,
        name,
        versioning,
        clock,
        "-- " + description(name).replace('_', ' ') + "\n",
        null);
  }

  /**
   * Creates the next migration called {@code name} in {@code directory} (created if missing), with
   * {@code sql} as its text, and its undo script with {@code undoSql} (or, when null, a comment
   * saying what to write). When the undo script cannot be written, the migration is deleted again:
   * either both files exist afterwards or neither.
   *
   * @throws IllegalArgumentException when the name has no letters or digits
   * @throws IllegalStateException when a file of that version already exists
   */
  public static Created create(
      Path directory,
      String name,
      Versioning versioning,
      Clock clock,
      String sql,
      @Nullable String undoSql)
      throws IOException {
    Path migration = createMigration(directory, name, versioning, clock, sql);
    String version = version(migration.getFileName().toString()).orElseThrow();
    Path undo =
        migration.resolveSibling(
            "U" + version + migration.getFileName().toString().substring(1 + version.length()));
    try {
      Files.writeString(
          undo,
          undoSql != null
              ? undoSql
              : "-- Undoes "
                  + migration.getFileName()
                  + ": reverse its statements, last first. Run by rex:undo.\n",
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE_NEW);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(migration);
      throw e;
    }
    return new Created(migration, undo);
  }

  /**
   * Creates the next migration called {@code name} in {@code directory} (created if missing), with
   * {@code sql} as its text and no undo script: {@code V<next version>__<name>.sql}, versioned and
   * named as {@link #create} does.
   *
   * @return the file written
   * @throws IllegalArgumentException when the name has no letters or digits
   * @throws IllegalStateException when a file of that version already exists
   */
  public static Path createMigration(
      Path directory, String name, Versioning versioning, Clock clock, String sql)
      throws IOException {
    String description = description(name);
    Files.createDirectories(directory);
    String version =
        versioning == Versioning.TIMESTAMP
            ? TIMESTAMP.format(clock.instant())
            : highestMajor(directory).add(BigInteger.ONE).toString();
    if (hasVersion(directory, version)) {
      throw new IllegalStateException(
          "A migration of version " + version + " already exists in " + directory + ".");
    }
    Path migration = directory.resolve("V" + version + "__" + description + ".sql");
    Files.writeString(migration, sql, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
    return migration;
  }

  static String description(String name) {
    String description =
        name.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    if (!NAME.matcher(description).matches()) {
      throw new IllegalArgumentException(
          "A migration name needs letters or digits, such as add_invoices; got '" + name + "'.");
    }
    return description;
  }

  private static BigInteger highestMajor(Path directory) throws IOException {
    return versions(directory)
        .map(MigrationFiles::major)
        .max(BigInteger::compareTo)
        .orElse(BigInteger.ZERO);
  }

  /** The major version: {@code 12} of {@code 12.3} or {@code 12_3}. */
  private static BigInteger major(String version) {
    int end = 0;
    while (end < version.length() && version.charAt(end) != '.' && version.charAt(end) != '_') {
      end++;
    }
    return new BigInteger(version.substring(0, end));
  }

  private static boolean hasVersion(Path directory, String version) throws IOException {
    return versions(directory).anyMatch(v -> v.replaceFirst("^0+(?=\\d)", "").equals(version));
  }

  private static Stream<String> versions(Path directory) throws IOException {
    List<String> versions;
    try (Stream<Path> files = Files.walk(directory)) {
      versions =
          files.map(p -> version(p.getFileName().toString())).flatMap(Optional::stream).toList();
    }
    return versions.stream();
  }

  private static Optional<String> version(String fileName) {
    Matcher matcher = VERSIONED.matcher(fileName);
    return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
  }
}
