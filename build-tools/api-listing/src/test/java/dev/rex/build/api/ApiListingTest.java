package dev.rex.build.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.build.api.fixture.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check itself: it passes on a matching listing and fails, saying what changed, otherwise. */
class ApiListingTest {

  @TempDir Path dir;

  /**
   * The classes of this module's tests: test code here, the fixture as API, and an internal one.
   */
  private ApiListing listing() {
    return ApiListing.in(dir.resolve("api/fixture.api"))
        .api("dev.rex.build.api.fixture")
        .internal("dev.rex.build.api", "dev.rex.build.api.fixture.internal");
  }

  @AfterEach
  void clearUpdate() {
    System.clearProperty(ApiListing.UPDATE_PROPERTY);
  }

  @Test
  void passesWhenTheListingMatches() throws Exception {
    Files.createDirectories(dir.resolve("api"));
    Files.writeString(dir.resolve("api/fixture.api"), ApiDumpTest.FIXTURE_LISTING);

    listing().verify(Color.class);
  }

  @Test
  void failsNamingTheMemberThatIsNotInTheListing() throws Exception {
    Files.createDirectories(dir.resolve("api"));
    Files.writeString(
        dir.resolve("api/fixture.api"),
        ApiDumpTest.FIXTURE_LISTING.replace(
            "  public int y() erased ()I\n", "  public long y() erased ()J\n"));

    assertThatThrownBy(() -> listing().verify(Color.class))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("The public API differs from " + dir.resolve("api/fixture.api"))
        .hasMessageContaining(
            "  dev.rex.build.api.fixture.Point\n"
                + "    - public long y() erased ()J\n"
                + "    + public int y() erased ()I\n")
        .hasMessageContaining("-Drex.api.update=true");
  }

  @Test
  void failsNamingTypesAddedOrRemoved() throws Exception {
    Files.createDirectories(dir.resolve("api"));
    String withoutColor =
        ApiDumpTest.FIXTURE_LISTING.substring(ApiDumpTest.FIXTURE_LISTING.indexOf("public record"));
    Files.writeString(
        dir.resolve("api/fixture.api"),
        withoutColor + "public final class dev.rex.build.api.fixture.Gone\n  public Gone()\n");

    assertThatThrownBy(() -> listing().verify(Color.class))
        .hasMessageContaining("+ public enum dev.rex.build.api.fixture.Color\n")
        .hasMessageContaining("- public final class dev.rex.build.api.fixture.Gone\n");
  }

  @Test
  void failsWhenThereIsNoListingYet() {
    assertThatThrownBy(() -> listing().verify(Color.class))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("No API listing at " + dir.resolve("api/fixture.api"));
  }

  @Test
  void writesTheListingWhenAnUpdateIsRequested() throws Exception {
    System.setProperty(ApiListing.UPDATE_PROPERTY, "true");

    listing().verify(Color.class);

    assertThat(dir.resolve("api/fixture.api")).hasContent(ApiDumpTest.FIXTURE_LISTING);
    System.clearProperty(ApiListing.UPDATE_PROPERTY);
    listing().verify(Color.class);
  }

  @Test
  void failsOnAPackageThatIsNeitherApiNorInternal() {
    ApiListing unclassified =
        ApiListing.in(dir.resolve("api/fixture.api"))
            .api("dev.rex.build.api.fixture")
            .internal("dev.rex.build.api");

    assertThatThrownBy(() -> unclassified.verify(Color.class))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(
            "Packages that are neither API nor internal: [dev.rex.build.api.fixture.internal]");
  }

  @Test
  void readsClassesOnlyFromADirectory() {
    assertThatThrownBy(() -> listing().verify(Test.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("was not loaded from a directory of classes");
  }

  @Test
  void findsTheTypeNameInAHeader() {
    assertThat(ApiListing.typeName("public interface a.B<T extends a.C> : a.D<T>"))
        .isEqualTo("a.B");
    assertThat(ApiListing.typeName("public static final class a.B$C")).isEqualTo("a.B$C");
    assertThat(ApiListing.typeName("not a header")).isEqualTo("not a header");
  }
}
