package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;

import ${package}.db.tables.records.TaskRecord;
import dev.rex.Rex;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The typed queries of {@link Tasks}, on a migrated SQLite file of their own. */
class TasksTest {

  @TempDir Path dir;

  @Test
  void finishedTasksAreNoLongerOpen() {
    try (Rex db = Rex.connect("jdbc:sqlite:" + dir.resolve("test.db"))) {
      db.migrate();
      Tasks tasks = new Tasks(db);
      TaskRecord first = tasks.add("first");
      tasks.add("second");

      tasks.finish(first);

      assertEquals(List.of("second"), tasks.open());
    }
  }
}
