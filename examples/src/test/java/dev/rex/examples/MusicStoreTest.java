package dev.rex.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MusicStoreTest {

  @Test
  void runsOnAFreshSqliteFileAndAgainOnTheSameFile() throws IOException {
    Path file = Files.createTempDirectory("rex-example-").resolve("store.db");
    PrintStream original = System.out;
    ByteArrayOutputStream first = new ByteArrayOutputStream();
    ByteArrayOutputStream second = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(first, true, StandardCharsets.UTF_8));
      MusicStore.main(new String[] {file.toString()});
      System.setOut(new PrintStream(second, true, StandardCharsets.UTF_8));
      MusicStore.main(new String[] {file.toString()});
    } finally {
      System.setOut(original);
    }

    String output = first.toString(StandardCharsets.UTF_8);
    assertThat(output)
        .contains("Rex music store on sqlite")
        .contains("Signed Nina Simone as artist #276")
        .contains("276 artists, 349 albums, 3503 tracks")
        .contains("Iron Maiden")
        .contains("Best-selling genres:")
        .contains("Rock")
        .contains("Total revenue: 2328.6");
    assertThat(second.toString(StandardCharsets.UTF_8)).contains("276 artists, 349 albums");
  }
}
