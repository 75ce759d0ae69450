package dev.rex.examples.function;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rex.Rex;
import dev.rex.RexEnvironment;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The function on a migrated Chinook SQLite file: in process, then cold in fresh JVMs as a platform
 * runs it, with and without an AppCDS archive, checking that the archive's classes are used.
 */
class AlbumFunctionTest {

  private static String chinook() throws IOException {
    Path file = Files.createTempDirectory("rex-function-").resolve("chinook.db");
    String url = "jdbc:sqlite:" + file;
    try (Rex db = Rex.connect(url)) {
      db.migrate("classpath:db/migration/sqlite");
    }
    return url;
  }

  @Test
  void answersAnAlbumAMissingOneAndABadRequest() throws IOException {
    String url = chinook();
    AlbumFunction function =
        new AlbumFunction(
            RexEnvironment.of(Map.of("REX_URL", url, "REX_SERVERLESS", "true"), Map.of()));
    AlbumFunction.Response found = function.apply(new AlbumFunction.Request(Map.of("album", "1")));
    assertThat(found.status()).isEqualTo(200);
    assertThat(found.body())
        .isEqualTo(
            "{\"title\":\"For Those About To Rock We Salute You\",\"artist\":\"AC/DC\",\"tracks\":10}");
    assertThat(function.apply(new AlbumFunction.Request(Map.of("album", "99999"))).status())
        .isEqualTo(404);
    assertThat(function.apply(new AlbumFunction.Request(Map.of("album", "1;drop"))).status())
        .isEqualTo(400);
    assertThat(function.apply(new AlbumFunction.Request(Map.of())).status()).isEqualTo(400);
  }

  @Test
  void runsColdInAFreshJvmAndAnAppCdsArchiveServesItsClasses() throws Exception {
    String url = chinook();
    Path work = Files.createTempDirectory("rex-function-cds-");
    String classPath = jarsOnly(work);
    Path archive = work.resolve("app.jsa");

    Run plain = run(url, classPath, List.of());
    assertThat(plain.output).contains("200 {\"title\":\"For Those About To Rock We Salute You\"");
    Run dump = run(url, classPath, List.of("-XX:ArchiveClassesAtExit=" + archive));
    assertThat(dump.output).contains("200 ");
    assertThat(archive).exists();

    Path log = work.resolve("classes.log");
    Run shared =
        run(
            url,
            classPath,
            List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:class+load=info:file=" + log));
    assertThat(shared.output).contains("200 ");
    String loaded = Files.readString(log);
    assertThat(loaded)
        .as("Rex's classes come from the dynamic archive")
        .containsPattern("dev\\.rex\\.Rex source: shared objects file \\(top\\)")
        .containsPattern("dev\\.rex\\.dsl\\.impl\\.SelectImpl source: shared objects file");
    System.out.printf(
        "AlbumFunction cold start: %d ms plain, %d ms with the AppCDS archive%n",
        plain.millis, shared.millis);
  }

  private record Run(String output, long millis) {}

  private static Run run(String url, String classPath, List<String> options) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xshare:auto");
    command.addAll(options);
    command.add("-cp");
    command.add(classPath);
    command.add(AlbumFunction.class.getName());
    command.add("1");
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("REX_URL", url);
    builder.environment().put("REX_SERVERLESS", "true");
    builder.environment().put("REX_LOGGING", "false");
    long started = System.nanoTime();
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    assertThat(process.exitValue()).as(output).isZero();
    return new Run(output, millis);
  }

  /**
   * The test's class path with every directory packed into a jar: a CDS archive holds classes from
   * jars only.
   */
  private static String jarsOnly(Path work) throws IOException {
    List<String> entries = new ArrayList<>();
    int n = 0;
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path path = Path.of(entry);
      if (Files.isDirectory(path)) {
        Path jar = work.resolve("dir" + (n++) + ".jar");
        pack(path, jar);
        entries.add(jar.toString());
      } else if (Files.exists(path)) {
        entries.add(entry);
      }
    }
    return String.join(File.pathSeparator, entries);
  }

  private static void pack(Path directory, Path jar) throws IOException {
    try (OutputStream out = Files.newOutputStream(jar);
        JarOutputStream packed = new JarOutputStream(out);
        Stream<Path> files = Files.walk(directory)) {
      for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        packed.putNextEntry(
            new JarEntry(directory.relativize(file).toString().replace(File.separatorChar, '/')));
        Files.copy(file, packed);
        packed.closeEntry();
      }
    }
  }
}
