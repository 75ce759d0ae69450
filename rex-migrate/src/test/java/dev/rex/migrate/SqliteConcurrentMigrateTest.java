package dev.rex.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two migrations of one SQLite file at once, as two processes would run them (separate Flyway
 * instances and connections): one applies, the other waits on SQLite's file lock and then finds
 * nothing to do.
 */
class SqliteConcurrentMigrateTest {

  @TempDir Path dir;

  @RepeatedTest(3)
  void oneAppliesTheOtherWaitsAndFindsNothingToDo() throws Exception {
    Path migrations = Files.createDirectories(dir.resolve("migration"));
    Files.writeString(
        migrations.resolve("V1__numbers.sql"),
        "create table numbers (n integer primary key);\n"
            + "insert into numbers with recursive r(n) as (select 1 union all select n + 1 from r"
            + " where n < 300000) select n from r;\n");
    String url = "jdbc:sqlite:" + dir.resolve("shared.db");
    CyclicBarrier start = new CyclicBarrier(2);
    Callable<Integer> migrate =
        () -> {
          start.await();
          return Migrations.of(url, null, null, "filesystem:" + migrations).migrate();
        };
    ExecutorService threads = Executors.newFixedThreadPool(2);
    List<Integer> applied = new ArrayList<>();
    try {
      List<Future<Integer>> results = threads.invokeAll(List.of(migrate, migrate));
      for (Future<Integer> result : results) {
        applied.add(result.get());
      }
    } finally {
      threads.shutdownNow();
    }

    assertThat(applied).containsExactlyInAnyOrder(1, 0);
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "select (select count(*) from numbers), (select count(*) from"
                    + " flyway_schema_history)")) {
      rows.next();
      assertThat(rows.getInt(1)).isEqualTo(300000);
      assertThat(rows.getInt(2)).isEqualTo(1);
    }
  }
}
