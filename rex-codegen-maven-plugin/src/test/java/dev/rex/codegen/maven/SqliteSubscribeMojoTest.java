package dev.rex.codegen.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.codegen.JdbcTarget;
import java.time.Duration;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

/** {@code rex:subscribe} on an SQLite file, with the goal's error cases. */
class SqliteSubscribeMojoTest extends SubscribeGoalContract {

  @Override
  JdbcTarget database() {
    return JdbcTarget.of("jdbc:sqlite:" + dir.resolve("app.db"));
  }

  @Override
  String dialect() {
    return "sqlite";
  }

  @Test
  void resumesAfterAPosition() throws Exception {
    writeFourChanges();
    SubscribeMojo mojo = subscribe();
    mojo.after = "2";
    mojo.count = 2;
    mojo.timeout = "60s";

    mojo.execute();

    assertThat(log.infos)
        .containsExactly(
            "Following album after position 2 for 2 change(s); Ctrl-C stops.",
            "3 UPDATE album old={id=1, artist_id=1, title=\"Back in Black\"}"
                + " new={id=1, artist_id=1, title=\"Highway to Hell\"}",
            "4 DELETE album old={id=1, artist_id=1, title=\"Highway to Hell\"}",
            "Printed 2 change(s).");
  }

  @Test
  void stopsAtTheTimeoutWhenNothingChanges() throws Exception {
    SubscribeMojo mojo = subscribe();
    mojo.timeout = "300ms";

    mojo.execute();

    assertThat(log.infos).last().isEqualTo("Printed 0 change(s).");
  }

  @Test
  void failsNamingAnUnknownTableAndListingTheGeneratedOnes() {
    SubscribeMojo mojo = subscribe();
    mojo.table = "albums";

    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessage(
            "rex:subscribe: There is no table 'albums' in com.example.db.Tables; it has"
                + " album, artist.");
  }

  @Test
  void refusesToRunWithoutATableOrUrl() {
    SubscribeMojo noTable = subscribe();
    noTable.table = null;
    assertThatThrownBy(noTable::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessage("rex:subscribe needs a table: -Drex.table=album.");

    SubscribeMojo noUrl = subscribe();
    noUrl.url = null;
    assertThatThrownBy(noUrl::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("-Drex.url=");
  }

  @Test
  void reportsFiltersThatDoNotFitTheTable() {
    SubscribeMojo unknownColumn = subscribe();
    unknownColumn.where = "artist=1";
    assertThatThrownBy(unknownColumn::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining(
            "Table album has no column 'artist'; its columns are id, artist_id," + " title.");

    SubscribeMojo wrongType = subscribe();
    wrongType.where = "artist_id=AC/DC";
    assertThatThrownBy(wrongType::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("Cannot filter on artist_id='AC/DC'");

    SubscribeMojo noEquals = subscribe();
    noEquals.where = "artist_id";
    assertThatThrownBy(noEquals::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("A filter is column=value[,column=value], not 'artist_id'.");
  }

  @Test
  void failsWithoutTheCompiledTablesOrWithABadPosition() {
    SubscribeMojo notCompiled = subscribe();
    notCompiled.classpathElements = List.of();
    assertThatThrownBy(notCompiled::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("no compiled class com.example.db.Tables");

    SubscribeMojo badPosition = subscribe();
    badPosition.after = "latest";
    assertThatThrownBy(badPosition::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("Not a change position: 'latest'");
  }

  @Test
  void readsTimeoutsWithAUnit() {
    assertThat(SubscribeMojo.duration("500ms")).isEqualTo(Duration.ofMillis(500));
    assertThat(SubscribeMojo.duration("30s")).isEqualTo(Duration.ofSeconds(30));
    assertThat(SubscribeMojo.duration("45")).isEqualTo(Duration.ofSeconds(45));
    assertThat(SubscribeMojo.duration("5m")).isEqualTo(Duration.ofMinutes(5));
    assertThat(SubscribeMojo.duration("2h")).isEqualTo(Duration.ofHours(2));
    assertThat(SubscribeMojo.duration("pt1m")).isEqualTo(Duration.ofMinutes(1));
    assertThat(SubscribeMojo.duration(null)).isNull();
    assertThatThrownBy(() -> SubscribeMojo.duration("5 weeks"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A timeout is like 30s, 5m, 500ms or PT1M, not '5 weeks'.");
  }
}
