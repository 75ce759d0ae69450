package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;

import ${package}.db.tables.records.TaskRecord;
import dev.rex.Rex;
import dev.rex.testing.Backend;
import dev.rex.testing.RexTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The typed queries of {@link Tasks}. {@code @RexTest} migrates a temporary SQLite database with
 * src/main/resources/db/migration once, gives each test its {@code Rex}, and rolls back what a test
 * wrote when it ends.
 */
@RexTest(backend = Backend.SQLITE)
class TasksTest {

  @Test
  void finishedTasksAreNoLongerOpen(Rex db) {
    Tasks tasks = new Tasks(db);
    TaskRecord first = tasks.add("first");
    tasks.add("second");

    tasks.finish(first);

    assertEquals(List.of("second"), tasks.open());
  }

  @Test
  void eachTestStartsFromTheMigratedDatabase(Rex db) {
    assertEquals(List.of(), new Tasks(db).open());
  }
}
