package dev.rex.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rex.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The live albums page in a real browser: headless Chromium loads it, then rows written by plain
 * JDBC — another writer than the example — must appear, change and disappear on the page without a
 * reload. Skipped, saying so, when Chromium or its driver is not installed. Leaves a screenshot in
 * {@code target/live-albums.png}.
 */
class LiveAlbumsInChromiumTest {

  @Test
  void rowsWrittenElsewhereAppearChangeAndDisappear() throws Exception {
    String url = TestDatabases.newSqliteDatabase();
    try (LiveAlbumsExample example = LiveAlbumsExample.start(url, 0)) {
      ChromeDriver browser = Chromium.start();
      try {
        browser.get(example.page().toString());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(driver -> driver.findElement(By.id("status")).getText().startsWith("live"));
        assertThat(albumsText(browser)).contains("Nielsen: The Six Symphonies");

        TestDatabases.execute(
            url,
            "insert into Album (AlbumId, Title, ArtistId) values (9001, 'Written by JDBC', 1)");
        wait.until(driver -> row(browser, "9001").contains("Written by JDBC"));
        assertThat(row(browser, "9001")).contains("insert at");

        TestDatabases.execute(
            url, "update Album set Title = 'Renamed by JDBC' where AlbumId = 9001");
        wait.until(driver -> row(browser, "9001").contains("Renamed by JDBC"));
        Files.write(
            Path.of("target", "live-albums.png"), browser.getScreenshotAs(OutputType.BYTES));

        TestDatabases.execute(url, "delete from Album where AlbumId = 9001");
        wait.until(driver -> row(browser, "9001").isEmpty());
      } finally {
        browser.quit();
      }
    }
  }

  private static String albumsText(ChromeDriver browser) {
    return browser.findElement(By.id("albums")).getText();
  }

  /**
   * The text of the page's row for album {@code id}, or "" when there is none. Read in one script:
   * the page replaces rows as changes arrive, so an element found first may be gone when read.
   */
  private static String row(ChromeDriver browser, String id) {
    Object text =
        ((JavascriptExecutor) browser)
            .executeScript(
                "const row = document.querySelector(\"tr[data-id='\" + arguments[0] + \"']\");"
                    + " return row ? row.innerText : '';",
                id);
    return String.valueOf(text);
  }
}
