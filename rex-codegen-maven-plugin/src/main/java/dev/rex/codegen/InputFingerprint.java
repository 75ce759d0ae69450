package dev.rex.codegen;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Decides whether generated sources are up to date without starting a database.
 *
 * <p>The fingerprint is a SHA-256 over the generator version, every configuration value that
 * changes the output (the GraphQL naming overrides in sorted order), and the relative path and
 * bytes of every file below the migrations directory (in sorted path order, each length-prefixed so
 * that no two inputs hash alike). It is stored in {@value #STAMP} in the output directory after a
 * successful generation, and removed before a new one starts, so an interrupted run never looks up
 * to date.
 */
final class InputFingerprint {

  static final String STAMP = ".rex-codegen.sha256";

  /**
   * Bumped whenever the shape of generated code changes, so that snapshot builds of the generator
   * regenerate too.
   */
  private static final int OUTPUT_REVISION = 1;

  private InputFingerprint() {}

  /** The fingerprint of {@code config} and its migrations. */
  static String compute(GeneratorConfig config) throws IOException {
    MessageDigest digest = sha256();
    update(digest, "generator=" + generatorVersion() + "/" + OUTPUT_REVISION);
    update(digest, "dialect=" + config.dialect().configName());
    update(digest, "package=" + config.packageName());
    update(digest, "schemas=" + config.schemas());
    update(digest, "includes=" + config.includes());
    update(digest, "partitions=" + config.includePartitions());
    update(digest, "excludes=" + config.excludes());
    update(digest, "naming=" + config.naming().getClass().getName());
    GraphQLOptions graphql = config.graphql();
    update(
        digest,
        "graphql="
            + (graphql == null
                ? "off"
                : String.join("", GraphQLFiles.overrideCalls(graphql.overrides()))));
    Path root = config.migrations();
    if (Files.isDirectory(root)) {
      for (Path file : files(root)) {
        update(digest, "file=" + root.relativize(file).toString().replace('\\', '/'));
        byte[] content = Files.readAllBytes(file);
        update(digest, "length=" + content.length);
        digest.update(content);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /**
   * Whether the output holds sources generated from inputs with {@code fingerprint}, and the
   * GraphQL schema resource is where the configuration expects it.
   */
  static boolean isCurrent(GeneratorConfig config, String fingerprint) throws IOException {
    Path stamp = config.outputDirectory().resolve(STAMP);
    String pkg = GraphQLFiles.packagePath(config.packageName());
    Path tables = config.outputDirectory().resolve(pkg + "Tables.java");
    GraphQLOptions graphql = config.graphql();
    if (graphql != null
        && !Files.isRegularFile(
            graphql.resourcesDirectory().resolve(pkg + GraphQLOptions.SCHEMA_FILE))) {
      return false;
    }
    return Files.isRegularFile(stamp)
        && Files.isRegularFile(tables)
        && Files.readString(stamp, StandardCharsets.US_ASCII).strip().equals(fingerprint);
  }

  /** Records that the output now matches {@code fingerprint}. */
  static void store(GeneratorConfig config, String fingerprint) throws IOException {
    Files.createDirectories(config.outputDirectory());
    Files.writeString(
        config.outputDirectory().resolve(STAMP), fingerprint + "\n", StandardCharsets.US_ASCII);
  }

  /** Forgets the stored fingerprint. */
  static void clear(GeneratorConfig config) throws IOException {
    Files.deleteIfExists(config.outputDirectory().resolve(STAMP));
  }

  private static List<Path> files(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    }
  }

  private static void update(MessageDigest digest, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
    digest.update((byte) ':');
    digest.update(bytes);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256.", e);
    }
  }

  /**
   * The plugin version, from a resource Maven filters at build time, plus a hash of the generator's
   * own code: a rebuilt SNAPSHOT of the generator keeps its version but may write different
   * sources, so its output must not count as up to date.
   */
  static String generatorVersion() {
    return declaredVersion() + "#" + CodeHash.VALUE;
  }

  private static String declaredVersion() {
    try (InputStream in = InputFingerprint.class.getResourceAsStream("version.properties")) {
      Properties properties = new Properties();
      if (in != null) {
        properties.load(in);
      }
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The hash of the jar or class folder the generator was loaded from, computed once. */
  private static final class CodeHash {
    static final String VALUE = compute();

    private static String compute() {
      try {
        CodeSource source = InputFingerprint.class.getProtectionDomain().getCodeSource();
        if (source == null) {
          return "unknown";
        }
        Path location = Path.of(source.getLocation().toURI());
        MessageDigest digest = sha256();
        if (Files.isDirectory(location)) {
          try (var files = Files.walk(location)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
              digest.update(location.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
              digest.update(Files.readAllBytes(file));
            }
          }
        } else {
          digest.update(Files.readAllBytes(location));
        }
        return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
      } catch (IOException | URISyntaxException | RuntimeException e) {
        return "unknown";
      }
    }
  }
}
