package ${package};

import dev.rex.Rex;
import java.nio.file.Path;

/** Opens the SQLite file given as the first argument (default {@code app.db}) and lists tasks. */
public final class App {

  private App() {}

  public static void main(String[] args) {
    Path file = Path.of(args.length > 0 ? args[0] : "app.db").toAbsolutePath();
    try (Rex db = Rex.connect("jdbc:sqlite:" + file)) {
      db.migrate();
      Tasks tasks = new Tasks(db);
      if (tasks.open().isEmpty()) {
        tasks.add("Write the next migration: mvn rex:new -Drex.table=... -Drex.columns=...");
      }
      tasks.open().forEach(title -> System.out.println("[ ] " + title));
    }
  }
}
