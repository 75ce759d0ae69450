package dev.rex.graphql;

import dev.rex.realtime.RealtimeSchema;
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
 * A fresh Chinook database whose changes to some tables rex-realtime captures, set up as a user
 * does it: the migration {@link RealtimeSchema} writes is saved as the next Flyway script and
 * applied after Chinook's.
 */
public final class RealtimeChinook {

  private RealtimeChinook() {}

  /** The URL of a new Chinook database of {@code dialect} whose {@code tables} are captured. */
  public static String create(String dialect, String... tables) {
    String url =
        dialect.equals("postgres")
            ? TestDatabases.newPostgresDatabase()
            : TestDatabases.newSqliteDatabase();
    if (dialect.equals("postgres") && TestDatabases.externalPostgres()) {
      Runtime.getRuntime()
          .addShutdownHook(new Thread(() -> TestDatabases.dropPostgresDatabase(url)));
    }
    String chinook = "classpath:db/migration/" + dialect;
    Flyway.configure().dataSource(url, null, null).locations(chinook).load().migrate();
    try (Connection connection = DriverManager.getConnection(url)) {
      Path scripts = Files.createTempDirectory("rex-graphql-realtime");
      Files.writeString(
          scripts.resolve("V2__realtime.sql"),
          RealtimeSchema.migration(connection, List.of(tables)));
      Flyway.configure()
          .dataSource(url, null, null)
          .locations(chinook, "filesystem:" + scripts)
          .load()
          .migrate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return url;
  }
}
