package dev.rex.realtime;

import dev.rex.testing.TestDatabases;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.flywaydb.core.Flyway;

/**
 * A fresh Chinook database of one dialect with change capture on some tables, set up the way a user
 * does it: the migration {@link RealtimeSchema} writes is saved as the next Flyway script and
 * applied with the others.
 */
public final class RealtimeDatabase {

  private RealtimeDatabase() {}

  /** The URL of a new Chinook database whose {@code tables} are captured. */
  public static String create(String dialect, String... tables) {
    String url =
        dialect.equals("postgres")
            ? TestDatabases.newPostgresDatabase()
            : TestDatabases.newSqliteDatabase();
    if (dialect.equals("postgres") && TestDatabases.externalPostgres()) {
      Runtime.getRuntime()
          .addShutdownHook(new Thread(() -> TestDatabases.dropPostgresDatabase(url)));
    }
    if (dialect.equals("sqlite")) {
      // WAL, as docs/realtime.md advises: the reader never blocks a writer's commit.
      TestDatabases.execute(url, "pragma journal_mode = wal");
    }
    migrate(url, "classpath:db/migration/" + dialect);
    try (Connection connection = DriverManager.getConnection(url)) {
      Path scripts = Files.createTempDirectory("rex-realtime-migration");
      Files.writeString(
          scripts.resolve("V2__realtime.sql"),
          RealtimeSchema.migration(connection, List.of(tables)));
      migrate(url, "classpath:db/migration/" + dialect, "filesystem:" + scripts);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return url;
  }

  private static void migrate(String url, String... locations) {
    Flyway.configure().dataSource(url, null, null).locations(locations).load().migrate();
  }
}
