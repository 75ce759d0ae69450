package dev.rex.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rex.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * GraphiQL of the GraphQL server example in a real browser: headless Chromium (Debian's {@code
 * chromium} and {@code chromium-driver}) loads the page, a query is typed into the editor, the run
 * button is clicked and the response pane must show Chinook's answer. Skipped, saying so, when
 * Chromium or its driver is not installed. Leaves a screenshot in {@code target/graphiql.png}.
 */
class GraphiQLInChromiumTest {

  private static final String QUERY =
      "{ album(albumId: 1) { title artist { name } tracks(limit: 1) { name duration } } }";

  @Test
  void runsATypedQueryAndShowsTheResponse() throws Exception {
    try (GraphQLServerExample example =
        GraphQLServerExample.start(TestDatabases.newSqliteDatabase(), 0)) {
      ChromeDriver browser = Chromium.start();
      try {
        browser.get(example.graphiql().toString());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        WebElement editor =
            wait.until(
                ExpectedConditions.elementToBeClickable(
                    By.cssSelector(".graphiql-query-editor .CodeMirror")));
        editor.click();
        // Select what GraphiQL put there, then type over it as a person would.
        new Actions(browser)
            .keyDown(Keys.CONTROL)
            .sendKeys("a")
            .keyUp(Keys.CONTROL)
            .sendKeys(Keys.DELETE)
            .perform();
        new Actions(browser).sendKeys(QUERY).perform();
        assertThat(editorText(browser, ".graphiql-query-editor")).isEqualTo(QUERY);

        browser.findElement(By.cssSelector(".graphiql-execute-button")).click();
        wait.until(driver -> editorText(browser, ".graphiql-response").contains("\"data\""));
        String response = editorText(browser, ".graphiql-response");
        Files.write(Path.of("target", "graphiql.png"), browser.getScreenshotAs(OutputType.BYTES));

        assertThat(ReadmeGraphQL.canonical(response))
            .isEqualTo(
                "{\"data\":{\"album\":{\"title\":\"For Those About To Rock We Salute You\","
                    + "\"artist\":{\"name\":\"AC/DC\"},"
                    + "\"tracks\":[{\"name\":\"For Those About To Rock (We Salute You)\","
                    + "\"duration\":\"5:43\"}]}}}");
        assertThat(browser.findElement(By.cssSelector(".graphiql-response")).getText())
            .contains("AC/DC", "5:43");
      } finally {
        browser.quit();
      }
    }
  }

  /** The whole text of the CodeMirror editor inside {@code container}. */
  private static String editorText(ChromeDriver browser, String container) {
    Object text =
        ((JavascriptExecutor) browser)
            .executeScript(
                "const e = document.querySelector(arguments[0] + ' .CodeMirror');"
                    + " return e ? e.CodeMirror.getValue() : '';",
                container);
    return String.valueOf(text);
  }
}
