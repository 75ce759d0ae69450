package dev.rex.codegen.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rex.codegen.GeneratedSources;
import dev.rex.codegen.JdbcTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rex:subscribe} on one dialect, in a project set up as a user sets one up: its migrations
 * plus the one {@code rex:realtime} writes, applied by {@code rex:migrate}, and its code generated
 * by {@code rex:generate} and compiled, which the goal loads from the project's classpath. A
 * subclass supplies the database.
 */
abstract class SubscribeGoalContract {

  @TempDir Path dir;
  final RecordingMavenLog log = new RecordingMavenLog();
  private final ExecutorService background = Executors.newSingleThreadExecutor();

  /** The database under test, empty. */
  abstract JdbcTarget database();

  /** {@code postgres} or {@code sqlite}. */
  abstract String dialect();

  @BeforeEach
  void setUpProject() throws Exception {
    Path migrations = Files.createDirectories(dir.resolve("migration"));
    Files.writeString(
        migrations.resolve("V1__music.sql"),
        "create table artist (id integer primary key, name text not null);\n"
            + "create table album (id integer primary key,"
            + " artist_id integer not null references artist (id), title text);");
    RealtimeMojo realtime = new RealtimeMojo();
    realtime.setLog(log);
    realtime.dialect = dialect();
    realtime.migrations = migrations.toFile();
    realtime.tables = List.of("album");
    realtime.execute();
    MigrateMojo migrate = new MigrateMojo();
    migrate.setLog(log);
    migrate.url = database().url();
    migrate.user = database().user();
    migrate.password = database().password();
    migrate.migrations = migrations.toFile();
    migrate.execute();
    GenerateMojo generate = new GenerateMojo();
    generate.setLog(log);
    generate.dialect = dialect();
    generate.packageName = "com.example.db";
    generate.migrations = migrations.toFile();
    generate.outputDirectory = dir.resolve("generated").toFile();
    generate.resourcesDirectory = dir.resolve("resources").toFile();
    generate.execute();
    GeneratedSources.compile(dir.resolve("classes"), dir.resolve("generated")).assertClean();
    execute("insert into artist (id, name) values (1, 'AC/DC'), (2, 'Accept')");
    log.infos.clear();
  }

  @AfterEach
  void stopBackground() {
    background.shutdownNow();
  }

  @Test
  void printsTheChangesCommittedByAnotherThreadThenStopsAfterTheCount() throws Exception {
    SubscribeMojo mojo = subscribe();
    mojo.count = 2;
    mojo.timeout = "60s";

    Future<?> run = startInBackground(mojo);
    awaitLog("Following album after position 0 for 2 change(s); Ctrl-C stops.");
    execute("insert into album (id, artist_id, title) values (1, 1, 'Back in Black')");
    execute("update album set title = 'Highway to Hell' where id = 1");
    run.get(60, TimeUnit.SECONDS);

    assertThat(log.infos)
        .containsSubsequence(
            "1 INSERT album new={id=1, artist_id=1, title=\"Back in Black\"}",
            "2 UPDATE album old={id=1, artist_id=1, title=\"Back in Black\"}"
                + " new={id=1, artist_id=1, title=\"Highway to Hell\"}",
            "Printed 2 change(s).");
  }

  @Test
  void replaysTheLoggedChangesThatMatchTheTypedFilter() throws Exception {
    writeFourChanges();
    SubscribeMojo mojo = subscribe();
    mojo.after = "0";
    mojo.where = "artist_id=1";
    mojo.count = 3;
    mojo.timeout = "60s";

    mojo.execute();

    assertThat(log.infos)
        .containsExactly(
            "Following album after position 0 for 3 change(s); Ctrl-C stops.",
            "1 INSERT album new={id=1, artist_id=1, title=\"Back in Black\"}",
            "3 UPDATE album old={id=1, artist_id=1, title=\"Back in Black\"}"
                + " new={id=1, artist_id=1, title=\"Highway to Hell\"}",
            "4 DELETE album old={id=1, artist_id=1, title=\"Highway to Hell\"}",
            "Printed 3 change(s).");
  }

  /** Album changes 1 to 4; the second is of another artist. */
  void writeFourChanges() throws SQLException {
    execute("insert into album (id, artist_id, title) values (1, 1, 'Back in Black')");
    execute("insert into album (id, artist_id, title) values (2, 2, 'Balls to the Wall')");
    execute("update album set title = 'Highway to Hell' where id = 1");
    execute("delete from album where id = 1");
  }

  SubscribeMojo subscribe() {
    SubscribeMojo mojo = new SubscribeMojo();
    mojo.setLog(log);
    mojo.url = database().url();
    mojo.table = "album";
    mojo.packageName = "com.example.db";
    mojo.classpathElements = List.of(dir.resolve("classes").toString());
    return mojo;
  }

  private Future<?> startInBackground(SubscribeMojo mojo) {
    return background.submit(
        () -> {
          mojo.execute();
          return null;
        });
  }

  private void awaitLog(String line) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!log.infos.contains(line)) {
      assertThat(System.nanoTime()).as("waiting for: " + line).isLessThan(deadline);
      Thread.sleep(20);
    }
  }

  void execute(String sql) throws SQLException {
    try (Connection connection = database().connect();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
