package dev.rex.examples;

import java.io.File;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium for the example pages' browser tests: Debian's {@code chromium} and {@code
 * chromium-driver} (or the programs named by {@code REX_CHROMIUM} and {@code REX_CHROMEDRIVER}). A
 * test that asks for it is skipped, saying so, when either is missing.
 */
final class Chromium {

  private Chromium() {}

  /** A new headless browser; quit it when done. */
  static ChromeDriver start() {
    File chromium = executable("REX_CHROMIUM", "chromium", "chromium-browser", "google-chrome");
    File chromedriver = executable("REX_CHROMEDRIVER", "chromedriver");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium);
    // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(chromedriver)
            .usingAnyFreePort()
            .build();
    return new ChromeDriver(service, options);
  }

  /** The program named by {@code variable}, else the first of {@code names} on the PATH. */
  private static File executable(String variable, String... names) {
    Optional<File> found =
        Optional.ofNullable(System.getenv(variable))
            .map(File::new)
            .filter(File::canExecute)
            .or(() -> onPath(names));
    Assumptions.assumeTrue(
        found.isPresent(),
        "Skipped: no "
            + String.join(" or ", names)
            + " on the PATH (nor "
            + variable
            + "); on Debian `apt-get install chromium chromium-driver` provides both.");
    return found.orElseThrow();
  }

  private static Optional<File> onPath(String... names) {
    String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
    return Stream.of(names)
        .flatMap(name -> Stream.of(path.split(File.pathSeparator)).map(dir -> new File(dir, name)))
        .filter(File::canExecute)
        .findFirst();
  }
}
