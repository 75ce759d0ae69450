package ${package};

import static ${package}.db.Tables.TASK;

import ${package}.db.tables.records.TaskRecord;
import dev.rex.Rex;
import java.util.List;

/** Tasks, through the typed classes rex:generate writes from the migrations. */
public final class Tasks {

  private final Rex db;

  public Tasks(Rex db) {
    this.db = db;
  }

  /** Adds an open task; the record read back carries its generated id. */
  public TaskRecord add(String title) {
    return db.insertInto(TASK).set(TASK.TITLE, title).returning().fetchSingle();
  }

  /** Marks a task done. */
  public void finish(TaskRecord task) {
    db.update(TASK).set(TASK.DONE, true).where(TASK.ID.eq(task.getId())).execute();
  }

  /** The titles of the open tasks, oldest first. */
  public List<String> open() {
    return db.select(TASK.TITLE)
        .from(TASK)
        .where(TASK.DONE.eq(false))
        .orderBy(TASK.ID)
        .fetch(row -> row.value1());
  }
}
